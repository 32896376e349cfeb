// P7: core throughput in plain Node — events reduced per second by the store (with one subscriber), for a storm of
// quality changes and for relay flapping. P9: the quality monitor's `push`, timed per sample (p50 / p95 / p99; goal
// p95 ≤ 20 µs). Builds core first and measures its published dist.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync('pnpm', ['--filter', '@call-diagnostics/core', 'build'], { cwd: root, stdio: 'ignore' });
const { createDiagnosticsStore, createQualityMonitor } = await import(`${root}packages/core/dist/index.js`);

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

/**
 * A sample as the SDK reports it once a second in a video call: one audio stream each way, one video sent, three
 * received, one transport; the figures drift, and every 40 samples a bad stretch of 12 makes the level move.
 */
function mediaSample(i) {
  const bad = i % 40 >= 28;
  const audio = (id) => ({
    id,
    codecName: 'opus',
    bitrate: 32_000,
    packetsPerSecond: 50,
    packetsLostPerSecond: bad ? 3 + (i % 3) : i % 7 === 0 ? 1 : 0,
    rttInMs: (bad ? 420 : 40) + (i % 11),
    jitterInMs: (bad ? 40 : 4) + (i % 5),
    transportId: 't0',
  });
  const received = (n) => ({
    id: `vr${n}`,
    streamId: n,
    packetsPerSecond: 120,
    frameRateReceived: 30,
    totalFreezeDurationInMs: bad ? i * 40 : Math.floor(i / 100) * 200,
  });
  return {
    audio: { send: [audio('as0')], receive: [{ ...audio('ar0'), jitterBufferDelayInMs: 60, healedRatio: 0 }] },
    video: {
      send: [{ id: 'vs0', packetsPerSecond: 150, bitrate: 900_000 }],
      receive: [received(1), received(2), received(3)],
    },
    screenShare: { send: [], receive: [] },
    transports: [
      { id: 't0', rttInMs: 45, availableIncomingBitrate: 3e6, availableOutgoingBitrate: bad ? 350_000 : 2.5e6 },
    ],
  };
}

/** P9: each `push` timed on its own, over a varied stream of SDK-shaped samples (one subscriber). */
function measurePush(count) {
  const samples = Array.from({ length: 4000 }, (_, i) => mediaSample(i));
  const monitor = createQualityMonitor({ now: () => 0 });
  let notified = 0;
  monitor.subscribe(() => {
    notified += 1;
  });
  for (let i = 0; i < 20_000; i += 1) monitor.push(samples[i % samples.length], i); // warm-up
  notified = 0;
  const times = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const sample = samples[i % samples.length];
    const start = process.hrtime.bigint();
    monitor.push(sample, i);
    times[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  times.sort();
  const at = (q) => Math.round(times[Math.min(count - 1, Math.floor(q * count))] * 100) / 100;
  const result = { samples: count, p50Us: at(0.5), p95Us: at(0.95), p99Us: at(0.99), notifications: notified };
  console.log(
    `BENCH P9 quality monitor push: p50 ${result.p50Us} µs, p95 ${result.p95Us} µs, p99 ${result.p99Us} µs per sample (${count} samples, ${notified} notifications; goal p95 ≤ 20 µs)`,
  );
  return result;
}

const result = {
  qualityStorm: measure('quality storm (every event changes a value)', quality, 500_000),
  repeats: measure('repeated values (no change, no notification)', repeat, 1_000_000),
  relayFlapping: measure('relay flapping', flap, 500_000),
  qualityPush: measurePush(200_000),
};
await mkdir(`${root}bench/.results`, { recursive: true });
await writeFile(`${root}bench/.results/core.json`, JSON.stringify(result, null, 2));
