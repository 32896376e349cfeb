#!/usr/bin/env bash
# Stryker over packages/core, one directory at a time (`pnpm test:mutation` runs them all in one go).
#
#   bash scripts/mutation-shards.sh                 # every shard, in order
#   bash scripts/mutation-shards.sh store history   # only these
#
# A shard writes reports/mutation/<shard>.json and its log to reports/mutation/<shard>.log, so a long run can be
# split over several sittings on a 2-core machine; `node scripts/mutation-score.mjs` adds the shards up.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Every folder of packages/core/src (a family folder too), then the files directly in it (`root`).
mapfile -t SHARDS < <(find packages/core/src -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
SHARDS+=(root)
[ "$#" -gt 0 ] && SHARDS=("$@")
mkdir -p reports/mutation
for shard in "${SHARDS[@]}"; do
  if [ "$shard" = root ]; then glob='packages/core/src/*.ts'; else glob="packages/core/src/$shard/**/*.ts"; fi
  echo "==> mutation shard $shard ($glob)"
  node -e '
    const [shard, glob] = process.argv.slice(1);
    const c = JSON.parse(require("fs").readFileSync("stryker.config.json", "utf8"));
    c.mutate = [glob, "!packages/core/src/**/*.test.ts", "!packages/core/src/**/index.ts"];
    c.jsonReporter = { fileName: `reports/mutation/${shard}.json` };
    c.reporters = ["clear-text", "json"];
    c.tempDirName = `.stryker-tmp-${shard}`;
    require("fs").writeFileSync(`reports/mutation/${shard}.config.json`, JSON.stringify(c, null, 2));
  ' "$shard" "$glob"
  pnpm exec stryker run "reports/mutation/$shard.config.json" > "reports/mutation/$shard.log" 2>&1
  echo "    exit $? — $(grep -E '^All files|^[ ]*All files' "reports/mutation/$shard.log" | tail -1)"
done
