#!/usr/bin/env bash
# The main job on a fresh machine (Node 20 >= 20.19): installs pnpm if missing and the workspace's dependencies, then
# serves Storybook (http://localhost:6006) and the demo on a simulated call (http://localhost:5173) together.
# No credentials needed. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export STORYBOOK_DISABLE_TELEMETRY=1

if ! command -v pnpm >/dev/null 2>&1; then
  echo "pnpm not found: installing pnpm@12.4.2 with npm -g"
  npm install -g pnpm@12.4.2
fi
pnpm install --frozen-lockfile

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

pnpm --filter @call-diagnostics/demo dev --host 127.0.0.1 &
pids+=($!)
pnpm storybook --host 127.0.0.1 &
pids+=($!)

echo
echo "Demo on a simulated call: http://localhost:5173   Storybook: http://localhost:6006   (Ctrl-C stops both)"
wait -n "${pids[@]}"
