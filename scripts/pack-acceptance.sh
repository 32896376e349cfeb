#!/usr/bin/env bash
# Packs @call-diagnostics/core and /react with `pnpm pack`, installs the tarballs into a fresh app (a temporary copy
# of tests/pack-acceptance) with npm, as a user would, and runs that app's tests. Also imports both in plain Node.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pkg in core react; do
  (cd "$root/packages/$pkg" && pnpm build >/dev/null && pnpm pack --pack-destination "$work" >/dev/null)
done
cp "$root"/tests/pack-acceptance/* "$work/"
cd "$work"
core=$(ls call-diagnostics-core-*.tgz)
react=$(ls call-diagnostics-react-*.tgz)
echo "installing $core $react into a fresh app…"
npm install --no-audit --no-fund --loglevel=error \
  "./$core" "./$react" react@18.3.1 react-dom@18.3.1 @fluentui/react-components@9.74.11 \
  vitest@4.1.12 jsdom@29.1.1 @testing-library/react@16.3.3 @testing-library/dom >/dev/null
node -e "import('@call-diagnostics/core').then((m) => console.log('plain Node import of core:', Object.keys(m).length, 'exports'))"
node -e "import('@call-diagnostics/react').then((m) => console.log('plain Node import of react:', Object.keys(m).length, 'exports'))"
npx vitest run
