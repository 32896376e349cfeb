// P7: core throughput in plain Node — events reduced per second by the store (with one subscriber), for a storm of
// quality changes and for relay flapping. Builds core first and measures its published dist.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync('pnpm', ['--filter', '@call-diagnostics/core', 'build'], { cwd: root, stdio: 'ignore' });
const { createDiagnosticsStore } = await import(`${root}packages/core/dist/index.js`);

function measure(name, makeEvent, count) {
  const store = createDiagnosticsStore();
  let notified = 0;
  store.subscribe(() => {
    notified += 1;
  });
  for (let i = 0; i < 10_000; i += 1) store.dispatch(makeEvent(i)); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) store.dispatch(makeEvent(i));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = Math.round(count / seconds);
  console.log(
    `BENCH P7 ${name}: ${perSecond.toLocaleString('en-US')} events/s (${count} events, ${notified} notifications)`,
  );
  return { events: count, seconds, perSecond };
}

const quality = (i) => ({
  type: 'diagnosticChanged',
  at: i,
  area: 'network',
  diagnostic: i % 2 ? 'networkSendQuality' : 'networkReceiveQuality',
  value: (i % 3) + 1,
});
const repeat = (i) => ({ type: 'diagnosticChanged', at: i, area: 'network', diagnostic: 'noNetwork', value: false });
const flap = (i) => ({
  type: 'diagnosticChanged',
  at: i * 10,
  area: 'network',
  diagnostic: 'networkRelaysNotReachable',
  value: i % 2 === 0,
});

const result = {
  qualityStorm: measure('quality storm (every event changes a value)', quality, 500_000),
  repeats: measure('repeated values (no change, no notification)', repeat, 1_000_000),
  relayFlapping: measure('relay flapping', flap, 500_000),
};
await mkdir(`${root}bench/.results`, { recursive: true });
await writeFile(`${root}bench/.results/core.json`, JSON.stringify(result, null, 2));
