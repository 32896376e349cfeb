/**
 * Fakes of the browser APIs the readiness check uses (its `platform` option), for the CallReadinessCheck tests and
 * stories: no network, no devices, no prompt. Relays go through `createFakeRelayPeerConnection`.
 */
import { createReadinessCheck, type ReadinessCheck, type ReadinessCheckOptions } from '@call-diagnostics/core';
import { createFakeRelayPeerConnection, type FakeRelayBehaviour } from '@call-diagnostics/testing';

type ReadinessPlatform = NonNullable<ReadinessCheckOptions['platform']>;

/** What the fake network does with each endpoint origin: answer, refuse, or never answer (until aborted). */
export type FakeEndpointBehaviour = 'reachable' | 'refused' | 'hang';

export interface FakeReadinessPlatformOptions {
  /** Per relay URL (default: a relay candidate over UDP after 10 ms). */
  readonly relays?: (url: string) => FakeRelayBehaviour;
  /** Per endpoint URL (default: reachable). */
  readonly endpoints?: (url: string) => FakeEndpointBehaviour;
  /** Devices listed (default one microphone, one camera, one speaker). */
  readonly devices?: readonly { kind: string }[];
  /** Permission state of microphone and camera (default `granted`). */
  readonly permission?: 'granted' | 'denied' | 'prompt';
  /** After a granted `getUserMedia`, the devices listed and the permission (default: as before, and `granted`). */
  readonly afterPrompt?: { readonly devices: readonly { kind: string }[] };
}

export interface FakeReadinessPlatform {
  readonly platform: ReadinessPlatform;
  /** Peer connections still open. */
  openPeerConnections(): number;
  /** Fetches not settled yet. */
  openFetches(): number;
  /** Calls to `getUserMedia` (the prompt). */
  readonly prompts: Array<{ audio?: boolean; video?: boolean }>;
}

const DEVICES = [{ kind: 'audioinput' }, { kind: 'videoinput' }, { kind: 'audiooutput' }];

/** A deterministic browser for the readiness check. */
export function createFakeReadinessPlatform(options: FakeReadinessPlatformOptions = {}): FakeReadinessPlatform {
  const pc = createFakeRelayPeerConnection(options.relays ?? (() => ({ kind: 'reachable', afterMs: 10 })));
  let permission: string = options.permission ?? 'granted';
  let devices = options.devices ?? DEVICES;
  let open = 0;
  const prompts: Array<{ audio?: boolean; video?: boolean }> = [];
  const platform: ReadinessPlatform = {
    RTCPeerConnection: pc.RTCPeerConnection,
    fetch: (url, init) => {
      const behaviour = options.endpoints?.(url) ?? 'reachable';
      open += 1;
      return new Promise<{ body: null }>((resolve, reject) => {
        const settle = (fn: () => void) => {
          open -= 1;
          init?.signal?.removeEventListener('abort', onAbort);
          fn();
        };
        const onAbort = () => settle(() => reject(new DOMException('aborted', 'AbortError')));
        init?.signal?.addEventListener('abort', onAbort, { once: true });
        if (behaviour === 'reachable') setTimeout(() => settle(() => resolve({ body: null })), 5);
        else if (behaviour === 'refused') setTimeout(() => settle(() => reject(new TypeError('Failed to fetch'))), 5);
      });
    },
    permissions: { query: async () => ({ state: permission }) },
    mediaDevices: {
      enumerateDevices: async () => devices,
      getUserMedia: async (constraints) => {
        prompts.push(constraints);
        permission = 'granted';
        if (options.afterPrompt) devices = options.afterPrompt.devices;
        return { getTracks: () => [{ stop: () => undefined }] };
      },
    },
  };
  return { platform, openPeerConnections: () => pc.openCount(), openFetches: () => open, prompts };
}

/** TURN servers with credentials (the relays check's allocation mode): UDP 3478 and TCP 443. */
export const fakeIceServers = [
  {
    urls: ['turn:relay.contoso.example:3478', 'turn:relay.contoso.example:443?transport=tcp'],
    username: 'fake-user',
    credential: 'fake-credential',
  },
];

/** The app's endpoints: its ACS resource and its token service. */
export const fakeEndpoints = ['https://contoso.communication.azure.com/', 'https://token.contoso.example/api/token'];

/** UDP dropped with an error, TCP works. */
export const udpBlocked = (url: string): FakeRelayBehaviour =>
  url.includes('transport=tcp')
    ? { kind: 'reachable', afterMs: 10, relayProtocol: 'tcp' }
    : { kind: 'error', afterMs: 10, code: 701 };

/** Every relay refused. */
export const allRelaysBlocked = (): FakeRelayBehaviour => ({ kind: 'error', afterMs: 10, code: 701 });

/** Nothing answers, like a firewall dropping everything (the probe waits until its cap). */
export const silent = (): FakeRelayBehaviour => ({ kind: 'silent' });

/** An app's own check whose snapshot throws while `failing.now` (a bug in the app's check), for the boundary tests. */
export function throwingCheck(failing: { now: boolean }): ReadinessCheck {
  const real = createReadinessCheck({ history: false });
  return {
    run: (options) => real.run(options),
    abort: () => real.abort(),
    subscribe: (listener) => real.subscribe(listener),
    getSnapshot: () => {
      if (failing.now) throw new Error("the app's check failed");
      return real.getSnapshot();
    },
  };
}
