// Adds up the mutation shards in reports/mutation/*.json (scripts/mutation-shards.sh): per shard and in all, the
// score as Stryker counts it (killed + timeout) / (all but ignored, compile errors and runtime errors).
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'reports/mutation';
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.config.json') && f !== 'mutation.json',
);
const total = { detected: 0, valid: 0, survived: 0, noCoverage: 0 };
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  const s = { detected: 0, valid: 0, survived: 0, noCoverage: 0 };
  for (const f of Object.values(report.files)) {
    for (const m of f.mutants) {
      if (['Ignored', 'CompileError', 'RuntimeError'].includes(m.status)) continue;
      s.valid += 1;
      if (m.status === 'Killed' || m.status === 'Timeout') s.detected += 1;
      if (m.status === 'Survived') s.survived += 1;
      if (m.status === 'NoCoverage') s.noCoverage += 1;
    }
  }
  for (const k of Object.keys(total)) total[k] += s[k];
  const pct = ((100 * s.detected) / Math.max(1, s.valid)).toFixed(1);
  console.log(
    `${file.replace('.json', '').padEnd(10)} ${pct.padStart(5)} %  ${s.detected}/${s.valid} detected, ${s.survived} survived, ${s.noCoverage} without coverage`,
  );
}
const pct = ((100 * total.detected) / Math.max(1, total.valid)).toFixed(1);
console.log(
  `${'all'.padEnd(10)} ${pct.padStart(5)} %  ${total.detected}/${total.valid} detected (${files.length} shards)`,
);
