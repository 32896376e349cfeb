# Sourced by the scripts that check an example app as a user gets it (check-nextjs-example.sh,
# check-storybook-consumer.sh): the kit's three packages packed with `pnpm pack` (workspace:^ rewritten, "files"
# applied) and an example project installed from those tarballs, everything else from the registry.
# The caller defines fail() and runs from the repository root.

KIT_PACKAGES=(core react testing)

# pack_kit DIR: packs the three packages (built beforehand) into DIR.
pack_kit() {
  mkdir -p "$1"
  for p in "${KIT_PACKAGES[@]}"; do
    [ -f "packages/$p/dist/index.js" ] || fail "packages/$p/dist/index.js is missing (build the packages first)"
    (cd "packages/$p" && pnpm pack --pack-destination "$1" >/dev/null) || fail "pnpm pack of packages/$p"
  done
}

# install_example EXAMPLE APP TARBALLS SETTINGS [EXCLUDE…]: copies EXAMPLE (without node_modules and the EXCLUDEd
# paths) to APP and installs it with pnpm. The kit is not on the registry: its three names point at the tarballs
# wherever they are depended on. SETTINGS is more pnpm-workspace.yaml (e.g. allowBuilds). Fails when a kit package
# resolves into the repository instead of its tarball.
install_example() {
  local example=$1 app=$2 tarballs=$3 settings=$4
  shift 4
  local excludes=(--exclude=node_modules) e p
  for e in "$@"; do excludes+=("--exclude=$e"); done
  mkdir -p "$app"
  tar -C "$example" "${excludes[@]}" -cf - . | tar -C "$app" -xf -
  {
    echo 'overrides:'
    for p in "${KIT_PACKAGES[@]}"; do
      echo "  '@call-diagnostics/$p': 'file:$(ls "$tarballs"/call-diagnostics-"$p"-*.tgz)'"
    done
    echo "$settings"
  } >"$app/pnpm-workspace.yaml"
  (cd "$app" && pnpm install --prefer-offline --loglevel=error) || fail "pnpm install of $example from the tarballs"
  for p in "${KIT_PACKAGES[@]}"; do
    [ -f "$app/node_modules/@call-diagnostics/$p/package.json" ] || fail "@call-diagnostics/$p is not installed"
    [[ "$(readlink -f "$app/node_modules/@call-diagnostics/$p")" != "$ROOT"/* ]] ||
      fail "@call-diagnostics/$p resolves into the repository, not the tarball"
  done
}
