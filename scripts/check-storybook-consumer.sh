#!/usr/bin/env bash
# The Storybook decorator as an app team meets it (issue 14): examples/storybook-consumer is a project of its own (not
# in the pnpm workspace) with its own CallScreen and stories that use @call-diagnostics/testing/storybook. This script
#   1. builds the three packages and packs them (`pnpm pack`: workspace:^ rewritten, "files" applied),
#   2. copies the example to a temp dir and installs it with pnpm from those tarballs (the rest from the registry, at
#      the versions of the root package.json, so the pnpm store is hit),
#   3. runs `storybook build --test` (a build for testing: no docs; checks the addon's preset and stories made it into the build),
#   4. runs every story as a Vitest browser test in Chromium with the a11y addon's axe check (a11y.test = 'error').
#
#   bash scripts/check-storybook-consumer.sh   # KEEP_TMP=1 keeps the temp project; CHROMIUM_PATH another Chromium;
#                                              # CDK_PACKAGES_BUILT=1 skips the build (dists already fresh)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false STORYBOOK_DISABLE_TELEMETRY=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

# shellcheck source=lib/example-from-tarballs.sh
. "$ROOT/scripts/lib/example-from-tarballs.sh"

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\n\033[31mcheck-storybook-consumer: FAILED: %s\033[0m\n' "$*" >&2
  exit 1
}
now_ms() { date +%s%3N; }
START="$(now_ms)"
lap() { printf '    (%d.%ds so far)\n' $((($(now_ms) - START) / 1000)) $(((($(now_ms) - START) % 1000) / 100)); }

[ -x "$CHROMIUM_PATH" ] || fail "no Chromium at $CHROMIUM_PATH (apt-get install -y chromium, or set CHROMIUM_PATH)"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/storybook-consumer.XXXXXX")"
cleanup() {
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "temp project kept in $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

log "build and pack @call-diagnostics/core, react, testing"
# CDK_PACKAGES_BUILT=1: the dists were just built (test-all runs this right after check-packages.sh, which builds them).
if [ "${CDK_PACKAGES_BUILT:-0}" != 1 ]; then
  pnpm -r --filter "./packages/**" build >/dev/null || fail "pnpm -r --filter ./packages/** build"
fi
pack_kit "$TMP/tarballs"
ls "$TMP/tarballs"
lap

log "copy examples/storybook-consumer and install it from the tarballs"
install_example examples/storybook-consumer "$TMP/app" "$TMP/tarballs" "allowBuilds:
  esbuild: true" storybook-static
cd "$TMP/app"
lap

log "storybook build"
pnpm exec storybook build --test -o storybook-static --quiet >storybook-build.log 2>&1 || {
  tail -40 storybook-build.log
  fail "storybook build"
}
grep -q '__CALL_DIAGNOSTICS_STORYBOOK__={"communicationReact":true}' storybook-static/iframe.html ||
  fail "the addon's preset did not reach the built preview (iframe.html has no __CALL_DIAGNOSTICS_STORYBOOK__)"
node -e "
  const index = require('./storybook-static/index.json');
  const ids = Object.keys(index.entries);
  for (const id of ['our-app-call-screen--ended-3112', 'our-app-call-page--ended-3112']) {
    if (!ids.includes(id)) throw new Error('story ' + id + ' missing from the build; have: ' + ids.join(', '));
  }
  console.log(ids.length + ' stories built');
" || fail "built stories"
lap

log "every story as a test in Chromium, with axe (vitest + @storybook/addon-vitest)"
pnpm exec vitest run >vitest.log 2>&1 || {
  tail -80 vitest.log
  fail "the example's story tests"
}
grep -E 'Test Files|Tests ' vitest.log
lap

log "check-storybook-consumer: the example's Storybook built and its stories passed as tests"
