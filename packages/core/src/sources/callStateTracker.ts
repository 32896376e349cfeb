import type { DiagnosticArea, DiagnosticEvent, DiagnosticsSourceKind } from '../events.js';
import { dialInFromConferencePhones } from '../families/fallback/dialIn.js';
import type { CallEndReasonLike, CallStateLike } from './types.js';

/** Where a source sends its events. */
type Sink = (event: DiagnosticEvent) => void;

type Latest = Readonly<Record<string, { readonly value?: unknown } | undefined>>;

function latestOf(call: CallStateLike | undefined, area: DiagnosticArea): Latest {
  try {
    const latest = call?.diagnostics?.[area]?.latest as Latest | undefined;
    return latest && typeof latest === 'object' ? latest : {};
  } catch {
    return {};
  }
}

function readingValue(reading: { readonly value?: unknown } | undefined): boolean | number | undefined {
  const value = reading?.value;
  return typeof value === 'boolean' || typeof value === 'number' ? value : undefined;
}

/** The readings of a call not seen yet: none, in either area. */
function noReadings(): Record<DiagnosticArea, Latest> {
  return { network: {}, media: {} };
}

/**
 * Turns successive snapshots of a UI-library `CallState` (from a `CallAdapter` or a `StatefulCallClient`) into
 * events: the UFD diffs of `diagnostics.network.latest` / `media.latest`, state and id changes, and one `callEnded`
 * per call. A `noNetwork` whose value went back to `false` is reported as `false` (the UI library treats the mere
 * key as "set"; the kit does not). Shared by {@link attachCallAdapter} and {@link attachStatefulCallClient}.
 *
 * @internal
 */
export class CallStateTracker {
  #id: string | undefined;
  #state: string | undefined;
  #latest = noReadings();
  #attachedOnce = false;
  #endReported = false;
  #dialInRead = false;

  constructor(
    private readonly sink: Sink,
    private readonly now: () => number,
    private readonly source: DiagnosticsSourceKind,
  ) {}

  /** The id of the call being followed, if any. */
  get id(): string | undefined {
    return this.#id;
  }

  /** True once a call was started (the tracker follows one, or followed one). */
  get started(): boolean {
    return this.#attachedOnce;
  }

  /** True once this call's end was reported. */
  get ended(): boolean {
    return this.#endReported;
  }

  /** Starts following a (new) call: `reset` when another call was followed before, then `attached` and its UFDs. */
  start(call: CallStateLike): void {
    const at = this.now();
    if (this.#attachedOnce) this.sink({ type: 'reset', at });
    this.#attachedOnce = true;
    this.#id = call.id;
    this.#state = call.state;
    this.#endReported = false;
    this.#dialInRead = false;
    this.#latest = noReadings();
    this.sink({ type: 'attached', at, source: this.source, callId: call.id, state: call.state });
    this.#diffUfds(call, true);
    this.#readDialIn(call);
    if (call.state === 'Disconnected' && call.callEndReason) this.end(call.callEndReason, call.id);
  }

  /** Applies a new snapshot of the followed call. */
  update(call: CallStateLike): void {
    const at = this.now();
    if (call.id !== this.#id && typeof call.id === 'string') {
      this.#id = call.id;
      this.sink({ type: 'callIdChanged', at, callId: call.id });
    }
    this.#diffUfds(call, false);
    this.#readDialIn(call);
    if (call.state !== this.#state && typeof call.state === 'string') {
      this.#state = call.state;
      this.sink({ type: 'callStateChanged', at, state: call.state });
    }
    if (call.state === 'Disconnected' && call.callEndReason) this.end(call.callEndReason, call.id);
  }

  /** Reports the end of the followed call once; later reports for the same call are dropped. */
  end(reason: CallEndReasonLike | undefined, callId: string | undefined = this.#id): void {
    if (this.#endReported || !this.#attachedOnce) return;
    this.#endReported = true;
    this.sink({
      type: 'callEnded',
      at: this.now(),
      callId,
      code: reason?.code,
      subCode: reason?.subCode,
    });
  }

  /** The UI library's `meetingConference` (it read the SDK's Teams details itself): once per call, when it has some. */
  #readDialIn(call: CallStateLike): void {
    if (this.#dialInRead) return;
    let dialIn: ReturnType<typeof dialInFromConferencePhones>;
    try {
      dialIn = dialInFromConferencePhones(call.meetingConference?.conferencePhones);
    } catch {
      return;
    }
    if (!dialIn) return;
    this.#dialInRead = true;
    this.sink({ type: 'dialInDetails', at: this.now(), dialIn });
  }

  #diffUfds(call: CallStateLike, initial: boolean): void {
    for (const area of ['network', 'media'] as const) {
      const previous = this.#latest[area];
      const next = latestOf(call, area);
      this.#latest[area] = next;
      const at = this.now();
      for (const [diagnostic, reading] of Object.entries(next)) {
        const value = readingValue(reading);
        if (value === undefined || value === readingValue(previous[diagnostic])) continue;
        this.sink({ type: 'diagnosticChanged', at, area, diagnostic, value, ...(initial ? { initial: true } : {}) });
      }
      // A key that disappeared from `latest` is no longer raised.
      for (const [diagnostic, reading] of Object.entries(previous)) {
        const old = readingValue(reading);
        if (diagnostic in next || old === undefined) continue;
        this.sink({ type: 'diagnosticChanged', at, area, diagnostic, value: typeof old === 'boolean' ? false : 1 });
      }
    }
  }
}
