#!/usr/bin/env bash
# The Next.js (App Router) example, as a user gets it: examples/nextjs installed from the packed tarballs of
# @call-diagnostics/core, /react and /testing (with next 16, react 19, Fluent 9.74.11 and WITHOUT the optional peer
# @azure/communication-calling), then
#   1. `next build` must succeed and prerender `/` (a Server Component that wraps its children in
#      CallDiagnosticsProvider),
#   2. `next start` serves the prerendered HTML,
#   3. in Chromium (scripts/check-nextjs-example.mjs): hydration without a console error, then the fake call's
#      410/3112 end shows the kit's error banner.
#
#   bash scripts/check-nextjs-example.sh               # builds the packages first
#   SKIP_BUILD=1 bash scripts/check-nextjs-example.sh  # uses the packages' current dist
# Set KEEP_TMP=1 to keep the temp app.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export NEXT_TELEMETRY_DISABLED=1
SDK=@azure/communication-calling

# shellcheck source=lib/example-from-tarballs.sh
. "$ROOT/scripts/lib/example-from-tarballs.sh"

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\n\033[31mcheck-nextjs-example: FAILED: %s\033[0m\n' "$*" >&2
  exit 1
}

TMP="$(mktemp -d "${TMPDIR:-/tmp}/check-nextjs.XXXXXX")"
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "temp app kept in $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "build the packages"
  # One at a time, core first (react and testing compile against its dist).
  for p in core react testing; do
    pnpm --filter "@call-diagnostics/$p" build >/dev/null || fail "build of @call-diagnostics/$p"
  done
fi

log "pack the packages"
pack_kit "$TMP/tarballs"

log "install examples/nextjs from the tarballs ($TMP/app)"
# Peers are not auto-installed, so the optional SDK peer stays absent.
install_example examples/nextjs "$TMP/app" "$TMP/tarballs" "autoInstallPeers: false
allowBuilds:
  sharp: false
  unrs-resolver: false" .next next-env.d.ts
cd "$TMP/app"
[ ! -e "node_modules/$SDK" ] || fail "$SDK got installed; the example must build without the optional peer"
if ls node_modules/.pnpm | grep -q "^${SDK/\//+}@"; then fail "$SDK got installed as a dependency of a dependency"; fi

log "next build"
build_log="$TMP/next-build.log"
if ! pnpm exec next build 2>&1 | tee "$build_log"; then fail "next build"; fi
# `○ /` in the route table and the HTML file: the page was prerendered at build time.
grep -Eq '^[^[:alnum:]]*○ /[[:space:]]*$' "$build_log" || fail "next build did not prerender / as static (○)"
[ -f .next/server/app/index.html ] || fail "no prerendered .next/server/app/index.html"

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
log "next start on :$PORT"
pnpm exec next start -H 127.0.0.1 -p "$PORT" >"$TMP/next-start.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/next-start.log"; fail "next start exited"; }
  sleep 0.2
done

log "Chromium: prerendered HTML, hydration, the 410/3112 banner"
cd "$ROOT"
node scripts/check-nextjs-example.mjs "http://127.0.0.1:$PORT/" || {
  cat "$TMP/next-start.log"
  fail "browser check"
}
log "check-nextjs-example: all checks passed"
