import type { RelayPeerConnectionConstructor } from '@call-diagnostics/core';
import type { RelayPeerConnectionLike, RelayProbeConfiguration } from '@call-diagnostics/core/internal';

/** What the fake browser does for one relay URL once gathering starts. */
export type FakeRelayBehaviour =
  /** A relay candidate after `afterMs` (the probe's `reachable`). */
  | { readonly kind: 'reachable'; readonly afterMs: number; readonly relayProtocol?: 'udp' | 'tcp' | 'tls' }
  /** `icecandidateerror` with `code` after `afterMs` (701 unreachable, 401 bad credentials, …). */
  | { readonly kind: 'error'; readonly afterMs: number; readonly code: number; readonly text?: string }
  /** Nothing at all, like UDP silently dropped by a firewall (the probe's `timeout`). */
  | { readonly kind: 'silent' };

/** A fake `RTCPeerConnection` class and what it saw. */
export interface FakeRelayPeerConnection {
  /** Pass as the probe's `RTCPeerConnection` option (or `probeOptions.RTCPeerConnection` of the panel). */
  readonly RTCPeerConnection: RelayPeerConnectionConstructor;
  /** Every instance made, with the URL it was given and whether it was closed. */
  readonly instances: ReadonlyArray<{ readonly url: string; readonly closed: boolean }>;
  /** Instances not closed yet. */
  openCount(): number;
}

/**
 * A scriptable fake of the part of `RTCPeerConnection` the relay probe uses, for tests, stories and demos without
 * a TURN server: `behaviour(url)` decides what each relay URL does. Runs anywhere `EventTarget` exists.
 */
export function createFakeRelayPeerConnection(behaviour: (url: string) => FakeRelayBehaviour): FakeRelayPeerConnection {
  const instances: Array<{ url: string; closed: boolean }> = [];
  class FakePc extends EventTarget implements RelayPeerConnectionLike {
    readonly #record: { url: string; closed: boolean };
    readonly #behaviour: FakeRelayBehaviour;
    #timer: ReturnType<typeof setTimeout> | undefined;
    constructor(configuration: RelayProbeConfiguration) {
      super();
      const url = configuration.iceServers[0]?.urls ?? '';
      this.#behaviour = behaviour(url);
      this.#record = { url, closed: false };
      instances.push(this.#record);
    }
    createDataChannel(): unknown {
      return {};
    }
    async createOffer(): Promise<RTCSessionDescriptionInit> {
      return { type: 'offer', sdp: 'v=0\r\n' };
    }
    async setLocalDescription(): Promise<void> {
      const b = this.#behaviour;
      if (b.kind === 'silent') return;
      this.#timer = setTimeout(() => {
        if (this.#record.closed) return;
        if (b.kind === 'reachable') {
          const protocol = b.relayProtocol ?? 'udp';
          const candidate = {
            type: 'relay',
            candidate: 'candidate:1 1 udp 1 192.0.2.10 50000 typ relay',
            relayProtocol: protocol,
          };
          this.dispatchEvent(Object.assign(new Event('icecandidate'), { candidate }));
        } else {
          const detail = { errorCode: b.code, errorText: b.text ?? `error ${b.code}`, url: '' };
          this.dispatchEvent(Object.assign(new Event('icecandidateerror'), detail));
        }
      }, b.afterMs);
    }
    async getStats(): Promise<Map<string, unknown>> {
      return new Map();
    }
    close(): void {
      clearTimeout(this.#timer);
      this.#record.closed = true;
    }
  }
  return {
    RTCPeerConnection: FakePc,
    instances,
    openCount: () => instances.filter((i) => !i.closed).length,
  };
}
