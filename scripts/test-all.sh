#!/usr/bin/env bash
# The ONE command that runs every test of the Call Diagnostics Kit: `pnpm test`, `bash scripts/test-all.sh` on a machine
# without pnpm yet, and `.ci/run` (which calls this script directly for that reason).
#
# Made for a fresh Debian machine with Node 20 (>= 20.19), run as root: it installs pnpm 12.4.2 (npm -g) and the
# Debian packages `chromium` and `coturn` (apt-get) when they are missing. Without root/apt it prints what to
# install and exits non-zero. CHROMIUM_PATH may point at another Chromium (default /usr/bin/chromium).
#
# Steps run in order, fail fast, each announced and timed; the last line is always "N passed, M failed".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

PNPM_VERSION=12.4.2
MIN_NODE=20.19.0

# CI-friendly environment.
export CI="${CI:-true}"
export STORYBOOK_DISABLE_TELEMETRY=1
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export DEBIAN_FRONTEND=noninteractive
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=4096"

if [ -t 1 ]; then
  BOLD=$'\033[1m' RED=$'\033[31m' GREEN=$'\033[32m' YELLOW=$'\033[33m' RESET=$'\033[0m'
else
  BOLD='' RED='' GREEN='' YELLOW='' RESET=''
fi

NAMES=() RESULTS=() DURATIONS=()
PASSED=0 FAILED=0
TOTAL_START=$(date +%s)

now_ms() { date +%s%3N; }
fmt_ms() { printf '%d.%01ds' $(($1 / 1000)) $((($1 % 1000) / 100)); }

summary() {
  local i
  printf '\n%s==== Summary ====%s\n' "$BOLD" "$RESET"
  for i in "${!NAMES[@]}"; do
    printf '  %-8s %9s  %s\n' "${RESULTS[$i]}" "${DURATIONS[$i]}" "${NAMES[$i]}"
  done
  printf '  total    %8ss\n' "$(($(date +%s) - TOTAL_START))"
}

finish() {
  summary
  if [ "$FAILED" -gt 0 ]; then
    printf '%stest-all: FAILED at step "%s"%s\n' "$RED" "$FAILED_STEP" "$RESET"
  else
    printf '%stest-all: all steps passed%s\n' "$GREEN" "$RESET"
  fi
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
  exit $?
}

# run_step "name" command args...  (runs it, records time/result; stops everything on failure)
run_step() {
  local name="$1"
  shift
  printf '\n%s==== [%d] %s ====%s\n' "$BOLD" $((${#NAMES[@]} + 1)) "$name" "$RESET"
  printf '$ %s\n' "$*"
  local start rc
  start=$(now_ms)
  "$@"
  rc=$?
  NAMES+=("$name")
  DURATIONS+=("$(fmt_ms $(($(now_ms) - start)))")
  if [ "$rc" -eq 0 ]; then
    RESULTS+=("passed")
    PASSED=$((PASSED + 1))
    printf '%s---- %s: passed (%s)%s\n' "$GREEN" "$name" "${DURATIONS[-1]}" "$RESET"
  else
    RESULTS+=("FAILED")
    FAILED=$((FAILED + 1))
    FAILED_STEP="$name"
    printf '%s---- %s: FAILED with exit code %d (%s)%s\n' "$RED" "$name" "$rc" "${DURATIONS[-1]}" "$RESET" >&2
    finish
  fi
}

skip_step() {
  local name="$1" why="$2"
  printf '\n%s==== [-] %s: SKIPPED ====%s\n' "$YELLOW" "$name" "$RESET"
  printf '%sNOTICE: %s%s\n' "$YELLOW" "$why" "$RESET"
  NAMES+=("$name")
  RESULTS+=("skipped")
  DURATIONS+=("-")
}

# ---------------------------------------------------------------------------------------------------------------
# Prerequisites: Node >= 20.19, pnpm 12.4.2, Chromium, coturn
# ---------------------------------------------------------------------------------------------------------------
can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

chromium_path() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && echo "$CHROMIUM_PATH"
    return
  fi
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; else command -v chromium 2>/dev/null; fi
}

prerequisites() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js is not installed. Install Node 20 (>= $MIN_NODE), e.g. from https://nodejs.org or NodeSource." >&2
    return 1
  fi
  local node_version
  node_version="$(node -p 'process.versions.node')"
  if ! node -e "
    const [a, b] = [process.versions.node, '$MIN_NODE'].map((v) => v.split('.').map(Number));
    process.exit(a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2]))) ? 0 : 1);"; then
    echo "Node $node_version is too old: the workspace needs Node >= $MIN_NODE (Vite 8 needs ^20.19)." >&2
    return 1
  fi
  echo "node $node_version"

  if ! command -v pnpm >/dev/null 2>&1; then
    echo "pnpm is missing: npm i -g pnpm@$PNPM_VERSION"
    npm i -g "pnpm@$PNPM_VERSION" || {
      echo "Could not install pnpm. Install it yourself: npm i -g pnpm@$PNPM_VERSION" >&2
      return 1
    }
    hash -r
  fi
  local pnpm_version
  pnpm_version="$(pnpm --version)" || return 1
  echo "pnpm $pnpm_version"
  [ "$pnpm_version" = "$PNPM_VERSION" ] ||
    printf '%sNOTICE: pnpm %s is installed; this repo is tested with %s (npm i -g pnpm@%s).%s\n' \
      "$YELLOW" "$pnpm_version" "$PNPM_VERSION" "$PNPM_VERSION" "$RESET"

  if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; point it at a Chromium binary or unset it." >&2
    return 1
  fi
  local missing=()
  [ -n "$(chromium_path)" ] || missing+=(chromium)
  command -v turnserver >/dev/null 2>&1 || missing+=(coturn)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  if [ "${#missing[@]}" -gt 0 ]; then
    if can_apt; then
      echo "installing Debian packages: ${missing[*]}"
      apt-get update && apt-get install -y "${missing[@]}" || {
        echo "apt-get install ${missing[*]} failed" >&2
        return 1
      }
    else
      cat >&2 <<EOF
${RED}Missing system packages: ${missing[*]}${RESET}
Install them (Debian/Ubuntu, as root):
  apt-get update && apt-get install -y ${missing[*]}
chromium: the browser for Vitest browser mode, Storybook tests and Playwright (browsers are not downloaded).
          Any Chromium works: set CHROMIUM_PATH=/path/to/chromium to use one that is already installed.
coturn:   provides /usr/bin/turnserver, the TURN relay used by the end-to-end and relay probe tests.
openssl:  makes the relay probe tests' self-signed certificate for turns: (TLS).
EOF
      return 1
    fi
  fi
  CHROMIUM_PATH="$(chromium_path)"
  if [ -z "$CHROMIUM_PATH" ]; then
    echo "No Chromium found after installation; set CHROMIUM_PATH to a Chromium executable." >&2
    return 1
  fi
  export CHROMIUM_PATH
  command -v turnserver >/dev/null 2>&1 || {
    echo "turnserver (coturn) still not found on PATH" >&2
    return 1
  }
  echo "chromium: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -1))"
  echo "turnserver: $(command -v turnserver)"
}

# ---------------------------------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------------------------------
run_step "prerequisites (node, pnpm $PNPM_VERSION, chromium, coturn)" prerequisites
run_step "install (pnpm install --frozen-lockfile)" pnpm install --frozen-lockfile
run_step "typecheck" pnpm typecheck
run_step "lint" pnpm lint
run_step "no unused files, dependencies or exports (knip, knip.jsonc)" pnpm knip
run_step "codebase shape: no function over 100 lines, no mutation-only suites, ≤ 10 Stryker directives, no import cycles in core (scripts/check-structure.mjs --check)" \
  node scripts/check-structure.mjs --check
run_step "unit tests (core with the KQL check of docs/kql, react-jsdom, ssr, react19-jsdom)" \
  pnpm exec vitest run --project core --project react-jsdom --project ssr --project react19-jsdom
# Browser runs are split so that at most a few Chromium sessions start at once on a 2-core machine.
run_step "browser component tests + relay probe and readiness check vs a real coturn (react-browser, probe, readiness)" \
  pnpm exec vitest run --project react-browser --project probe --project readiness
run_step "Application Insights: the real SDK in Chromium sends a 410/3112 call to a local collector (app-insights)" \
  pnpm exec vitest run --project app-insights
# One theme after the other: three story projects at once on 2 cores blanked a whole project (66 stories) in one CI
# run and timed out the first panel stories in another; one at a time takes about as long.
story_projects_one_by_one() {
  local project
  for project in storybook storybook-dark-ltr storybook-highContrast-ltr; do
    echo "--- $project"
    pnpm exec vitest run --project "$project" || return 1
  done
}
run_step "every story as an axe test, light/dark/high contrast × LTR (storybook, storybook-dark-ltr, storybook-highContrast-ltr, one at a time)" \
  story_projects_one_by_one
run_step "every story as an axe test in RTL (storybook-light-rtl; axe's rules do not depend on the direction)" \
  pnpm exec vitest run --project storybook-light-rtl
run_step "storybook build" pnpm build-storybook
run_step "package checks (scripts/check-packages.sh)" bash scripts/check-packages.sh
run_step "Storybook consumer: examples/storybook-consumer from the tarballs, storybook build, its stories in Chromium with axe" \
  env CDK_PACKAGES_BUILT=1 bash scripts/check-storybook-consumer.sh
run_step "size budget (bytes the kit adds to the first load, scripts/bench-size.mjs --check)" node scripts/bench-size.mjs --check
run_step "Next.js example: packed tarballs, next build prerenders, hydration and the 410/3112 banner in Chromium" \
  env SKIP_BUILD=1 bash scripts/check-nextjs-example.sh

if [ -f e2e/playwright.config.ts ]; then
  run_step "e2e (playwright)" pnpm e2e
else
  skip_step "e2e (playwright)" "e2e/playwright.config.ts does not exist yet; skipping the end-to-end tests."
fi

if [ -f tsconfig.types.json ]; then
  run_step "type tests (tsc -p tsconfig.types.json)" pnpm test:types
else
  skip_step "type tests" "tsconfig.types.json does not exist yet; skipping the type tests."
fi

finish
