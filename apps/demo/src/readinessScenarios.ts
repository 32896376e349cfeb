/**
 * The lobby's readiness scenarios: `createReadinessCheck` options whose browser APIs are fakes (the core's `platform`
 * option), so each scenario gives the same result on any machine and the demo makes no network request. The relays
 * are tested the way an app on ACS's own relays would: `stun:` and credential-less `turn:` URLs (reachability).
 */
import type { ReadinessCheckOptions } from '@call-diagnostics/core';

type ReadinessPlatform = NonNullable<ReadinessCheckOptions['platform']>;

import { createFakeRelayPeerConnection, type FakeRelayBehaviour } from '@call-diagnostics/testing';

export type ReadinessScenarioId =
  | 'allFine'
  | 'udpBlocked'
  | 'relaysBlocked'
  | 'signallingBlocked'
  | 'noDevices'
  | 'unsupportedBrowser';

/** Demo-only labels (the kit's own strings live in the kit). */
export const READINESS_SCENARIOS: readonly {
  readonly id: ReadinessScenarioId;
  readonly label: string;
  readonly hint: string;
}[] = [
  { id: 'allFine', label: 'All fine', hint: 'Every check passes.' },
  { id: 'udpBlocked', label: 'UDP blocked', hint: 'The relays answer over TCP 443 only: UDP 3478 is blocked.' },
  {
    id: 'relaysBlocked',
    label: 'All relays blocked',
    hint: 'No relay answers over UDP or TCP: calls end with 410/3112.',
  },
  { id: 'signallingBlocked', label: 'Signalling blocked', hint: 'The ACS endpoint cannot be reached; the relays can.' },
  { id: 'noDevices', label: 'No devices', hint: 'Access is granted, but no microphone or camera is connected.' },
  { id: 'unsupportedBrowser', label: 'Unsupported browser', hint: 'The SDK says this browser is not supported.' },
];

/** What a relay, endpoint or device list does in a scenario. */
interface Network {
  readonly udp: boolean;
  readonly tcp: boolean;
  readonly signalling: boolean;
  readonly devices: boolean;
}

const NETWORKS: Record<ReadinessScenarioId, Network> = {
  allFine: { udp: true, tcp: true, signalling: true, devices: true },
  udpBlocked: { udp: false, tcp: true, signalling: true, devices: true },
  relaysBlocked: { udp: false, tcp: false, signalling: true, devices: true },
  signallingBlocked: { udp: true, tcp: true, signalling: false, devices: true },
  noDevices: { udp: true, tcp: true, signalling: true, devices: false },
  unsupportedBrowser: { udp: true, tcp: true, signalling: true, devices: true },
};

const RELAY = 'relay.demo.invalid';
/** A relay as an ACS app names it: `stun:` (UDP) and `turn:` over TCP 443, no credentials. */
const ICE_SERVERS = [{ urls: [`stun:${RELAY}:3478`, `turn:${RELAY}:443?transport=tcp`] }];
const ENDPOINTS = ['https://demo.communication.azure.com/', 'https://token.demo.invalid/api/token'];

/** A fetch that answers after `ms` (or fails like a refused connection), and honours its abort signal. */
function fakeFetch(blockedHost: string | undefined, ms: number): NonNullable<ReadinessPlatform['fetch']> {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const blocked = blockedHost !== undefined && new URL(url).host === blockedHost;
      const timer = setTimeout(
        () => (blocked ? reject(new TypeError('Failed to fetch')) : resolve({ body: null })),
        ms,
      );
      init?.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        },
        { once: true },
      );
    });
}

const delayed = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** A fake `CallClient` whose `DebugInfo` says the browser is not supported, with the SDK's device manager. */
function unsupportedCallClient(): NonNullable<ReadinessCheckOptions['callClient']> {
  const devices = {
    isSpeakerSelectionAvailable: true,
    getMicrophones: () => delayed([{ name: 'Microphone' }], 150),
    getCameras: () => delayed([{ name: 'Camera' }], 150),
    getSpeakers: () => delayed([{ name: 'Speakers' }], 150),
  };
  const environment = {
    environment: { platform: 'Linux', browser: 'Firefox', browserVersion: '91' },
    isSupportedPlatform: true,
    isSupportedBrowser: false,
    isSupportedBrowserVersion: false,
    isSupportedEnvironment: false,
  };
  return {
    feature: () => ({ getEnvironmentInfo: () => delayed(environment, 250) }),
    getDeviceManager: () => delayed(devices, 100),
  };
}

/**
 * The options of one scenario: fresh fakes each time (a `CallReadinessCheck` makes a new check when they change, so
 * call it once per scenario, e.g. in `useMemo`).
 */
export function readinessOptions(scenario: ReadinessScenarioId): ReadinessCheckOptions {
  const network = NETWORKS[scenario];
  const relays = createFakeRelayPeerConnection((url): FakeRelayBehaviour => {
    const works = url.includes('transport=tcp') ? network.tcp : network.udp;
    // Reachability: the relay's "unauthorized" answer (401) proves the path; 701 is an unreachable server.
    return works ? { kind: 'error', afterMs: 600, code: 401 } : { kind: 'error', afterMs: 900, code: 701 };
  });
  const kinds = network.devices ? ['audioinput', 'videoinput', 'audiooutput'] : [];
  const platform: ReadinessPlatform = {
    RTCPeerConnection: relays.RTCPeerConnection,
    fetch: fakeFetch(network.signalling ? undefined : new URL(ENDPOINTS[0] as string).host, 400),
    permissions: { query: () => delayed({ state: 'granted' }, 50) },
    mediaDevices: {
      enumerateDevices: () =>
        delayed(
          kinds.map((kind) => ({ kind })),
          200,
        ),
    },
  };
  return {
    iceServers: ICE_SERVERS,
    endpoints: ENDPOINTS,
    // The demo's own calls write this device's history: leave it out so every run gives the same result.
    history: false,
    platform,
    ...(scenario === 'unsupportedBrowser'
      ? { callClient: unsupportedCallClient(), features: { DebugInfo: 'DebugInfo' } }
      : {}),
  };
}
