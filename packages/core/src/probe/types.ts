/**
 * The relay probe's shared types: what goes in (servers, a peer connection constructor) and what comes out per URL.
 * Every probe module imports them from here, so imports go one way (`probeRelays` → `summarize` → `types`).
 */
import type { RelayTransport } from './relayUrl.js';

/**
 * One ICE server as the app configures it: the ACS SDK's `networkConfiguration.turn.iceServers` entries
 * (`{ urls: string[], username?, credential? }`) or a standard `RTCIceServer`.
 *
 * @public
 */
export interface RelayProbeIceServer {
  /** One URL or several: `turn:host:port`, `turn:host:port?transport=tcp`, `turns:host:port`, `stun:…`. */
  readonly urls: string | readonly string[];
  /** The TURN username. Handed to the browser only; never in a result. */
  readonly username?: string | undefined;
  /** The TURN credential. Handed to the browser only; never in a result. */
  readonly credential?: string | undefined;
}

/**
 * The result for one `turn:`/`turns:`/`stun:` URL. Never contains credentials.
 *
 * @public
 */
export interface RelayProbeResult {
  /** The URL without credentials (`user:pass@` and every query parameter except `transport` removed). */
  readonly url: string;
  /** `udp` (`turn:`), `tcp` (`turn:…?transport=tcp`) or `tls` (`turns:`). */
  readonly transport: RelayTransport;
  /** What happened. */
  readonly status: /** A relay candidate was gathered: the browser reached the TURN server and got an allocation. */
    | 'reachable'
    /** The TURN server answered 401: the username or credential is wrong or expired. */
    | 'auth-failed'
    /**
     * The browser could not reach the server: gathering ended (or the time ran out) with no candidate and no answer
     * from the server, only the browser's own errors (701, or a 600 it raises itself), if any.
     */
    | 'unreachable'
    /** The server answered with another STUN error (300–699), e.g. 403, 437, 438, 486, 508, or its own 600. */
    | 'server-error'
    /** The URL is malformed (or the browser refused it). */
    | 'invalid-url'
    /** Nothing decisive happened within the timeout: typically UDP silently dropped by a firewall. */
    | 'timeout'
    /** Not testable here: a `stun:` URL, or a browser without WebRTC. */
    | 'unsupported';
  /** The `icecandidateerror` code (401 unauthorized, other STUN error codes; 701 or 600 from the browser itself). */
  readonly errorCode?: number;
  /** What went wrong, in English, for logs and support (credentials removed). */
  readonly errorText?: string;
  /** The protocol between browser and TURN server of the gathered relay candidate (`udp`, `tcp`, `tls`). */
  readonly relayProtocol?: string;
  /** Milliseconds from the probe's start to its decision. */
  readonly ms: number;
}

/**
 * A constructor like `RTCPeerConnection`, with the part of it the probe uses (a fake for tests implements just
 * this). The probe gives each peer connection one server, one URL, relay only.
 *
 * @public
 */
export type RelayPeerConnectionConstructor = new (configuration: {
  iceServers: Array<{ urls: string; username?: string; credential?: string }>;
  iceTransportPolicy: 'relay';
  iceCandidatePoolSize: number;
}) => {
  createDataChannel(label: string): unknown;
  createOffer(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  getStats(): Promise<{ forEach(callback: (value: unknown) => void): void }>;
  close(): void;
};
// Internal names (not exported from the package).
export type RelayProbeConfiguration = ConstructorParameters<RelayPeerConnectionConstructor>[0];
export type RelayPeerConnectionLike = InstanceType<RelayPeerConnectionConstructor>;

/** What a URL's probe decided, before the URL, transport and time are added. */
export type RelayDecision = Omit<RelayProbeResult, 'url' | 'transport' | 'ms'>;
