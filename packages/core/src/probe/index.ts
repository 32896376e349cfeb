export * from './createProbeSession.js';
export * from './probeRelays.js';
export * from './relayUrl.js';
export * from './summarize.js';
