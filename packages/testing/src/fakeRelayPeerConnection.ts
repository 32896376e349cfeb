import type { RelayPeerConnectionConstructor } from '@call-diagnostics/core';
import type { RelayPeerConnectionLike } from '@call-diagnostics/core/internal';

/** The configuration the relay probe gives each peer connection: one server, one URL, relay only. */
export type FakeRelayConfiguration = ConstructorParameters<RelayPeerConnectionConstructor>[0];

/** What the fake browser does for one relay URL once gathering starts. */
export type FakeRelayBehaviour =
  /** A relay candidate after `afterMs` (the probe's `reachable`). */
  | { readonly kind: 'reachable'; readonly afterMs: number; readonly relayProtocol?: 'udp' | 'tcp' | 'tls' }
  /**
   * `icecandidateerror` with `code` after `afterMs` (701 unreachable, 401 bad credentials, …), then the end of
   * gathering, as Chromium ends it right after such an error when the URL has nothing else to try.
   */
  | { readonly kind: 'error'; readonly afterMs: number; readonly code: number; readonly text?: string }
  /** Nothing at all, like UDP silently dropped by a firewall (the probe's `timeout`), or a URL a test drives by hand. */
  | { readonly kind: 'silent' }
  /** Several events, `getStats()` answers and failing methods, for tests that pin each decision. */
  | FakeRelayScript;

/**
 * A scripted URL: the events the browser fires (several `icecandidateerror` then a candidate, a candidate without a
 * type, the end of gathering…), what `getStats()` answers, and the methods that fail. Every field is optional: an
 * empty script is a silent, well-behaved browser.
 */
export interface FakeRelayScript {
  /** Marks a script (the other behaviours are shorthands for one). */
  readonly kind: 'script';
  /** Fired in order, each `afterMs` after `setLocalDescription()` (none once the peer connection is closed). */
  readonly events?: readonly FakeRelayEvent[] | undefined;
  /**
   * What `getStats()` resolves to: the stats values (default: none), a function whose promise is returned as it is
   * (slow, rejected, resolving to anything), or `'missing'` for a peer connection without `getStats()`.
   */
  readonly stats?: readonly unknown[] | (() => Promise<unknown>) | 'missing' | undefined;
  /**
   * Methods that fail, with what they throw (`construct`, `createDataChannel`, `close`, `removeEventListener`) or
   * reject with (`createOffer`, `setLocalDescription`).
   */
  readonly fail?: { readonly [Method in FakeRelayMethod]?: unknown } | undefined;
  /** Replaces `createOffer()`, e.g. with an offer the test resolves after the probe has decided. */
  readonly createOffer?: (() => Promise<RTCSessionDescriptionInit>) | undefined;
}

/** The methods a {@link FakeRelayScript} can make fail. */
export type FakeRelayMethod =
  | 'construct'
  | 'createDataChannel'
  | 'createOffer'
  | 'setLocalDescription'
  | 'close'
  | 'removeEventListener';

/**
 * One event of a {@link FakeRelayScript}. The fields besides `afterMs` and `type` become the event's properties as
 * given (a missing `errorText` stays missing, a code may be a string), so odd browsers can be played too.
 */
export type FakeRelayEvent =
  | {
      readonly afterMs: number;
      readonly type: 'icecandidate';
      /** A candidate (`type`, the `candidate` line, `relayProtocol`…), or `null` for the end of gathering. */
      readonly candidate: FakeRelayCandidate | null;
    }
  | {
      readonly afterMs: number;
      readonly type: 'icecandidateerror';
      readonly errorCode?: unknown;
      readonly errorText?: unknown;
      /** The local address the error came from (Chromium: per network interface), or `null`. */
      readonly address?: string | null | undefined;
      readonly port?: number | null | undefined;
      /** The STUN/TURN URL the error is about. */
      readonly url?: string | undefined;
    };

/** A candidate as a {@link FakeRelayEvent} carries it; any field may be missing or odd. */
export interface FakeRelayCandidate {
  /** `relay`, `host`, `srflx`…, or `null` where the browser leaves it to the candidate line. */
  readonly type?: string | null | undefined;
  /** The candidate line (`candidate:1 1 udp … typ relay …`). */
  readonly candidate?: string | undefined;
  /** The protocol between browser and TURN server of a relay candidate (`udp`, `tcp`, `tls`), or anything odd. */
  readonly relayProtocol?: unknown;
  /** The candidate's address. */
  readonly address?: string | null | undefined;
  /** The STUN/TURN URL the candidate came from. */
  readonly url?: string | undefined;
}

/** One peer connection the fake made, as the probe left it. */
export interface FakeRelayInstance {
  /** The URL it was given. */
  readonly url: string;
  /** Whether it was closed. */
  readonly closed: boolean;
  /** The configuration it was given (URL, credentials, policy). */
  readonly configuration: FakeRelayConfiguration;
  /** The labels of the data channels made on it. */
  readonly dataChannels: readonly string[];
  /** How many times `setLocalDescription()` was called. */
  readonly localDescriptions: number;
  /** Event listeners attached now (0 once the probe has cleaned up). */
  readonly listeners: number;
  /** Fires an event now, by hand, as the browser would (even after `close()`: a test may play a late event). */
  emit(type: 'icecandidate' | 'icecandidateerror', properties: object): void;
}

/** A fake `RTCPeerConnection` class and what it saw. */
export interface FakeRelayPeerConnection {
  /** Pass as the probe's `RTCPeerConnection` option (or `probeOptions.RTCPeerConnection` of the panel). */
  readonly RTCPeerConnection: RelayPeerConnectionConstructor;
  /** Every instance made, with the URL it was given and whether it was closed (a throwing construction makes none). */
  readonly instances: ReadonlyArray<FakeRelayInstance>;
  /** Instances not closed yet. */
  openCount(): number;
  /** The most instances open at once so far. */
  maxOpenCount(): number;
}

/** The script a behaviour stands for. */
function scriptOf(behaviour: FakeRelayBehaviour): FakeRelayScript {
  switch (behaviour.kind) {
    case 'reachable': {
      const candidate = {
        type: 'relay',
        candidate: 'candidate:1 1 udp 1 192.0.2.10 50000 typ relay',
        relayProtocol: behaviour.relayProtocol ?? 'udp',
      };
      return { kind: 'script', events: [{ afterMs: behaviour.afterMs, type: 'icecandidate', candidate }] };
    }
    case 'error': {
      const text = behaviour.text ?? `error ${behaviour.code}`;
      const event = { errorCode: behaviour.code, errorText: text, url: '' };
      const events: FakeRelayEvent[] = [
        { afterMs: behaviour.afterMs, type: 'icecandidateerror', ...event },
        { afterMs: behaviour.afterMs, type: 'icecandidate', candidate: null },
      ];
      return { kind: 'script', events };
    }
    case 'silent':
      return { kind: 'script' };
    default:
      return behaviour;
  }
}

/** Throws `fail[method]` when the script makes that method fail. */
function failIfScripted(script: FakeRelayScript, method: FakeRelayMethod): void {
  if (script.fail && method in script.fail) throw script.fail[method];
}

/**
 * A scriptable fake of the part of `RTCPeerConnection` the relay probe uses, for tests, stories and demos without
 * a TURN server: `behaviour(url)` decides what each relay URL does, from one event (`reachable`, `error`) to a
 * {@link FakeRelayScript} (several events, `getStats()` answers, failing methods); `silent` URLs can be driven by hand
 * through {@link FakeRelayInstance.emit}. Runs anywhere `EventTarget` exists.
 */
export function createFakeRelayPeerConnection(behaviour: (url: string) => FakeRelayBehaviour): FakeRelayPeerConnection {
  const instances: FakeRelayInstance[] = [];
  let open = 0;
  let maxOpen = 0;
  class FakePc extends EventTarget implements RelayPeerConnectionLike {
    readonly #script: FakeRelayScript;
    readonly #timers = new Set<ReturnType<typeof setTimeout>>();
    readonly #listeners = new Map<string, Set<EventListenerOrEventListenerObject | null>>();
    readonly #record: {
      url: string;
      closed: boolean;
      configuration: FakeRelayConfiguration;
      dataChannels: string[];
      localDescriptions: number;
      listeners: number;
      emit: FakeRelayInstance['emit'];
    };
    constructor(configuration: FakeRelayConfiguration) {
      super();
      const url = configuration.iceServers[0]?.urls ?? '';
      this.#script = scriptOf(behaviour(url));
      failIfScripted(this.#script, 'construct');
      if (this.#script.stats === 'missing') Object.defineProperty(this, 'getStats', { value: undefined });
      const emit = (type: string, properties: object) => this.dispatchEvent(Object.assign(new Event(type), properties));
      this.#record = {
        url,
        closed: false,
        configuration,
        dataChannels: [],
        localDescriptions: 0,
        listeners: 0,
        emit,
      };
      instances.push(this.#record);
      open += 1;
      maxOpen = Math.max(maxOpen, open);
    }
    override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
      const listeners = this.#listeners.get(type) ?? new Set();
      listeners.add(listener);
      this.#listeners.set(type, listeners);
      this.#record.listeners = this.#listenerCount();
      super.addEventListener(type, listener);
    }
    override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
      failIfScripted(this.#script, 'removeEventListener');
      this.#listeners.get(type)?.delete(listener);
      this.#record.listeners = this.#listenerCount();
      super.removeEventListener(type, listener);
    }
    #listenerCount(): number {
      return [...this.#listeners.values()].reduce((n, listeners) => n + listeners.size, 0);
    }
    createDataChannel(label: string): unknown {
      failIfScripted(this.#script, 'createDataChannel');
      this.#record.dataChannels.push(label);
      return {};
    }
    async createOffer(): Promise<RTCSessionDescriptionInit> {
      failIfScripted(this.#script, 'createOffer');
      if (this.#script.createOffer) return this.#script.createOffer();
      return { type: 'offer', sdp: 'v=0\r\n' };
    }
    async setLocalDescription(): Promise<void> {
      this.#record.localDescriptions += 1;
      failIfScripted(this.#script, 'setLocalDescription');
      for (const { afterMs, type, ...properties } of this.#script.events ?? []) {
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          if (!this.#record.closed) this.#record.emit(type, properties);
        }, afterMs);
        this.#timers.add(timer);
      }
    }
    async getStats(): Promise<{ forEach(callback: (value: unknown) => void): void }> {
      const stats = this.#script.stats;
      if (typeof stats === 'function') return (await stats()) as never;
      return new Map((Array.isArray(stats) ? stats : []).map((value, i) => [String(i), value]));
    }
    close(): void {
      for (const timer of this.#timers) clearTimeout(timer);
      this.#timers.clear();
      if (!this.#record.closed) open -= 1;
      this.#record.closed = true;
      failIfScripted(this.#script, 'close');
    }
  }
  return {
    RTCPeerConnection: FakePc,
    instances,
    openCount: () => open,
    maxOpenCount: () => maxOpen,
  };
}
