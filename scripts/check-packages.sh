#!/usr/bin/env bash
# Pre-publish checks of the published packages (@call-diagnostics/core, /testing, /react).
#
#   bash scripts/check-packages.sh              # all three (react is skipped with a notice until its src exists)
#   bash scripts/check-packages.sh core testing # only these (short names, in the order given)
#
# Per package: build (react: then scripts/compile-styles.test.mjs over its dist), `publint --strict` (must print
# "All good!", i.e. no error, warning or suggestion), `attw --pack . --profile esm-only`, `api-extractor run`
# (non-local: fails when etc/<name>.api.md is out of date).
# Then, for all checked packages together:
#   * the tarballs made by `pnpm pack` (workspace:^ rewritten to real versions, "files" applied) are checked for
#     required/forbidden entries, installed with pnpm into a fresh project in a temp dir (with react, react-dom
#     18.3.1 and @fluentui/react-components 9.74.11 but WITHOUT the optional peer @azure/communication-calling),
#     and imported from plain Node: proves the tarballs are complete and importable outside a bundler/browser;
#   * the dist folders are grepped for ACS Calling SDK code (see check_no_sdk below).
# Set KEEP_TMP=1 to keep the temp project.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$PATH"
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

REACT_VERSION=18.3.1
FLUENT_VERSION=9.74.11
SDK=@azure/communication-calling

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\n\033[31mcheck-packages: FAILED: %s\033[0m\n' "$*" >&2
  exit 1
}

if [ "$#" -gt 0 ]; then
  REQUESTED=("$@")
else
  REQUESTED=(core react testing)
fi

for p in "${REQUESTED[@]}"; do
  case "$p" in core | testing | react) ;; *) fail "unknown package '$p' (expected core, testing or react)" ;; esac
done

# core first, then react, then testing: react compiles against core's dist, testing (its ./storybook subpath) against both.
PACKAGES=()
for want in core react testing; do
  for p in "${REQUESTED[@]}"; do
    [ "$p" = "$want" ] || continue
    if [ "$p" = react ] && [ ! -f packages/react/src/index.ts ]; then
      printf '\n\033[33mNOTICE: skipping @call-diagnostics/react: packages/react/src/index.ts does not exist yet.\033[0m\n'
      continue
    fi
    PACKAGES+=("$p")
  done
done
if [ "${#PACKAGES[@]}" -eq 0 ]; then
  echo "check-packages: nothing left to check."
  exit 0
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/check-packages.XXXXXX")"
cleanup() {
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "temp project kept in $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
mkdir -p "$TMP/tarballs" "$TMP/project"

# ---------------------------------------------------------------------------------------------------------------
# 1. Per package: build, publint, attw, api-extractor
# ---------------------------------------------------------------------------------------------------------------
for p in "${PACKAGES[@]}"; do
  dir="packages/$p"
  name="@call-diagnostics/$p"

  log "$name: build"
  pnpm --filter "$name" build || fail "$name: build"
  if [ "$p" = react ]; then
    log "$name: styles pre-compiled by @griffel/babel-preset, source maps intact (scripts/compile-styles.test.mjs)"
    node --test scripts/compile-styles.test.mjs || fail "$name: the pre-compiled styles (scripts/compile-styles.test.mjs)"
  fi

  log "$name: publint --strict"
  out="$(cd "$dir" && publint --strict 2>&1)" || {
    echo "$out"
    fail "$name: publint --strict exited non-zero"
  }
  echo "$out"
  grep -q 'All good!' <<<"$out" || fail "$name: publint reported something (expected 'All good!')"

  log "$name: attw --pack . --profile esm-only"
  (cd "$dir" && attw --pack . --profile esm-only) || fail "$name: attw"

  log "$name: api-extractor run (report must match $dir/etc/$p.api.md)"
  [ -f "$dir/etc/$p.api.md" ] || fail "$name: $dir/etc/$p.api.md is missing; create it with: pnpm --filter $name api:update"
  (cd "$dir" && api-extractor run) ||
    fail "$name: API report is out of date or has warnings; review, then run: pnpm --filter $name api:update"
  # A subpath with an API of its own (testing's ./storybook) has api-extractor.<entry>.json and etc/<p>-<entry>.api.md.
  for extra in "$dir"/api-extractor.*.json; do
    [ -e "$extra" ] || continue
    log "$name: api-extractor run -c $(basename "$extra")"
    (cd "$dir" && api-extractor run -c "$(basename "$extra")") ||
      fail "$name: API report of $(basename "$extra") is out of date; review, then run: pnpm --filter $name api:update"
  done

  log "$name: pnpm pack"
  (cd "$dir" && pnpm pack --pack-destination "$TMP/tarballs" >/dev/null) || fail "$name: pnpm pack"
done

# ---------------------------------------------------------------------------------------------------------------
# 2. Tarball contents
# ---------------------------------------------------------------------------------------------------------------
log "tarball contents"
for p in "${PACKAGES[@]}"; do
  tgz="$(ls "$TMP/tarballs"/call-diagnostics-"$p"-*.tgz)"
  list="$(tar -tzf "$tgz")"
  for required in package/package.json package/dist/index.js package/dist/index.d.ts; do
    grep -qx "$required" <<<"$list" || fail "$(basename "$tgz"): missing $required"
  done
  if bad="$(grep -E '\.(test|browser\.test|stories|test-d)\.(ts|tsx)$|\.tsbuildinfo$|(^|/)(node_modules|etc|coverage)/' <<<"$list")"; then
    fail "$(basename "$tgz") contains files that must not be published:"$'\n'"$bad"
  fi
  grep -q '"workspace:' <(tar -xOzf "$tgz" package/package.json) &&
    fail "$(basename "$tgz"): package.json still has workspace: ranges"
  # react's entry is a client boundary (Next.js App Router): its first line must stay the directive, which tsc keeps
  # only as the first statement and the style compilation (Babel) must not move.
  if [ "$p" = react ]; then
    # Read from a file, not a pipe into head or grep -q: they stop reading early, and once the entry outgrew the pipe's
    # buffer tar died of SIGPIPE (exit 141 under pipefail).
    tar -xOzf "$tgz" package/dist/index.js >"$TMP/react-index.js"
    first="$(head -1 "$TMP/react-index.js")"
    [ "$first" = "'use client';" ] ||
      fail "$(basename "$tgz"): dist/index.js must start with 'use client'; (the client entry point), starts with: $first"
    if grep -q '^export \*' "$TMP/react-index.js"; then
      fail "$(basename "$tgz"): dist/index.js uses 'export *', which Next.js refuses in a client boundary (name the exports)"
    fi
  fi
  # The size bench (scripts/bench-size.mjs) measures packages/<p>/dist: it must be, file for file, what the tarball
  # gives an app, so its figures are those of a fresh app that installs the packed packages.
  mkdir -p "$TMP/unpacked/$p"
  tar -xzf "$tgz" -C "$TMP/unpacked/$p"
  diff -rq "$TMP/unpacked/$p/package/dist" "packages/$p/dist" >/dev/null ||
    fail "$(basename "$tgz"): its dist differs from packages/$p/dist, which the size bench measures"
  echo "$(basename "$tgz"): $(wc -l <<<"$list") files, ok (dist as measured by the size bench)"
done

# ---------------------------------------------------------------------------------------------------------------
# 3. Fresh project with the tarballs (pnpm); plain-Node imports
# ---------------------------------------------------------------------------------------------------------------
log "pnpm install of the tarballs into a fresh project ($TMP/project)"
cd "$TMP/project"
# The consumer app is tests/pack-acceptance (its package.json, vitest config and tests), copied here.
cp "$ROOT"/tests/pack-acceptance/* .
# A project of its own (not part of this workspace). pnpm, not npm: it reuses the store the root install just filled
# (npm fetched the same 200 packages again, about 2 minutes), and its strict node_modules fails on any dependency a
# package uses without declaring it. react's and testing's dependency on @call-diagnostics/core ^x.y.z is pointed at
# the local core tarball (it is not on the registry yet); peers are not auto-installed, so an optional peer that got
# pulled in shows below.
core_tgz="$(ls "$TMP"/tarballs/call-diagnostics-core-*.tgz)"
cat >pnpm-workspace.yaml <<YAML
overrides:
  '@call-diagnostics/core': 'file:$core_tgz'
autoInstallPeers: false
YAML
pnpm add --prefer-offline --loglevel=error \
  "$TMP"/tarballs/*.tgz \
  "react@$REACT_VERSION" "react-dom@$REACT_VERSION" "@fluentui/react-components@$FLUENT_VERSION" \
  vitest@4.1.12 jsdom@29.1.1 @testing-library/react@16.3.3 @testing-library/dom@10.4.2 ||
  fail "pnpm install of the packed tarballs"

# The SDK is an optional peer: nothing may have pulled it in (directly or deep in .pnpm), so the imports below prove
# that the packages load without it.
[ ! -e "node_modules/$SDK" ] || fail "$SDK got installed into the consumer project; it must stay an optional peer"
if ls node_modules/.pnpm | grep -q "^${SDK/\//+}@"; then
  fail "$SDK got installed (as a dependency of a dependency); it must stay an optional peer"
fi

for p in "${PACKAGES[@]}"; do
  name="@call-diagnostics/$p"
  log "plain Node: import('$name')"
  node --input-type=module -e "
    const m = await import('$name');
    const names = Object.keys(m);
    if (names.length === 0) throw new Error('$name has no exports');
    console.log('$name: ' + names.length + ' exports: ' + names.join(', '));
  " || fail "plain-Node import of $name (from the installed tarball)"
done
if [[ " ${PACKAGES[*]} " == *" react "* ]]; then
  log "acceptance: an app using the installed tarballs with an SDK-shaped call (tests/pack-acceptance)"
  npx vitest run || fail "pack acceptance tests (tests/pack-acceptance) against the installed tarballs"
fi
cd "$ROOT"

# ---------------------------------------------------------------------------------------------------------------
# 4. No ACS Calling SDK code in any dist
# ---------------------------------------------------------------------------------------------------------------
# The kit talks to the SDK only through duck-typed interfaces. The SDK is an optional peer, so no bundler may be asked
# to resolve it (Turbopack, webpack, Vite and esbuild fail the app's build when it is absent): the single runtime
# reference allowed is core's loadSdkFeatures (dist/sources/sdkFeatures.js), a dynamic import of a variable marked
# `webpackIgnore: true` and `@vite-ignore`, which runs only when the app passes no `features`. Error messages and
# comments may *name* the package, so a plain grep for the name is not the test. The test is:
#   a) no static import / re-export / side-effect import / require() of the SDK (or a subpath) in any dist .js
#      (`import type` in .d.ts is allowed: it is erased and the SDK is a declared optional peer);
#   b) no dynamic import of the SDK's name as a literal in any dist .js, and exactly one bundler-ignored dynamic
#      import (`import(/* webpackIgnore: true */ /* @vite-ignore */ …)`) across all dist .js, in core's sdkFeatures.js;
#   c) no SDK internals: no definition of the SDK's classes (`class CallClient`, `class CallAgent`,
#      `class TeamsCallAgent`, `class DeviceManager`), no SDK license banner ("Microsoft Software License Terms"),
#      and no import of the SDK's own runtime deps (@azure/logger, @azure/communication-common), which would only
#      appear if the SDK bundle (7 MB sdk.bundle.js) had been inlined;
#   d) no dist .js file over 256 KB (ours are a few KB each; the SDK bundle is megabytes).
check_no_sdk() {
  local dists=() p
  for p in "${PACKAGES[@]}"; do dists+=("packages/$p/dist"); done
  local q="['\"\`]"

  local static
  static="$(grep -rnE --include='*.js' \
    "(^|[^.[:alnum:]_])(import|export)[^(]*from[[:space:]]*${q}${SDK}(/[^'\"\`]*)?${q}|(^|[^.[:alnum:]_])import[[:space:]]*${q}${SDK}(/[^'\"\`]*)?${q}|require\([[:space:]]*${q}${SDK}" \
    "${dists[@]}" || true)"
  [ -z "$static" ] || fail "static import/require of $SDK in dist (must be lazy only):"$'\n'"$static"

  local literal dynamic count
  literal="$(grep -rnoE --include='*.js' "import\([^)]*${q}${SDK}(/[^'\"\`]*)?${q}[[:space:]]*\)" "${dists[@]}" || true)"
  [ -z "$literal" ] || fail "dynamic import of the literal '$SDK' in dist (a bundler would have to resolve the optional peer):"$'\n'"$literal"
  dynamic="$(grep -rnoE --include='*.js' 'import\([[:space:]]*/\* webpackIgnore: true \*/[[:space:]]*/\* @vite-ignore \*/[[:space:]]*[A-Za-z_$][A-Za-z0-9_$]*[[:space:]]*\)' "${dists[@]}" || true)"
  count="$(grep -c . <<<"$dynamic" || true)"
  if [[ " ${PACKAGES[*]} " == *" core "* ]]; then
    [ "$count" = 1 ] && [[ "$dynamic" == packages/core/dist/sources/sdkFeatures.js:* ]] ||
      fail "expected exactly one bundler-ignored lazy import (of $SDK), in packages/core/dist/sources/sdkFeatures.js; found $count:"$'\n'"$dynamic"
    grep -qE "^const SDK_MODULE = '${SDK}';$" packages/core/dist/sources/sdkFeatures.js ||
      fail "packages/core/dist/sources/sdkFeatures.js: the lazy import's specifier (SDK_MODULE) is not '$SDK'"
  else
    [ "$count" = 0 ] || fail "unexpected lazy import outside core:"$'\n'"$dynamic"
  fi

  local internals
  internals="$(grep -rnE --include='*.js' --include='*.d.ts' \
    "class[[:space:]]+(CallClient|CallAgent|TeamsCallAgent|DeviceManager)([[:space:]{<]|$)|Microsoft Software License Terms|${q}@azure/(logger|communication-common)${q}" \
    "${dists[@]}" || true)"
  [ -z "$internals" ] || fail "ACS Calling SDK internals found in dist:"$'\n'"$internals"

  local big
  big="$(find "${dists[@]}" -name '*.js' -size +256k)"
  [ -z "$big" ] || fail "suspiciously large dist files (bundled dependency?):"$'\n'"$big"

  echo "no SDK code in: ${dists[*]} (lazy imports: ${count})"
}
log "no ACS Calling SDK code in dist"
check_no_sdk

log "check-packages: all checks passed for: ${PACKAGES[*]}"
