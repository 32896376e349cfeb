// The fallback family's part of the surfaces, a chunk fetched when a fallback may be offered (`fallbackSurfacesChunk`):
// a call the network blocked while dial-in details are known, or a connected call whose quality the notice follows.
// Its locale tree, the dial-in details checked, the `tel:` link and the words that go with it, the call's controls
// (turning video off), the advisor that counts poor samples (and asks a Teams meeting for its dial-in details) and
// the notice's controller. No React and no Fluent component here: a lazy chunk sharing the app's React or Fluent
// modules makes Vite (Rolldown) split the app's own vendor chunk (rolldown#10731); the notice's markup comes with the
// guidance panel's chunk.
import {
  type CallControls,
  controlsOf,
  type DialInInfo,
  dialInLink,
  lookupCallEnd,
  type QualitySession,
} from '@call-diagnostics/core';
import {
  adviseFallback,
  callOf,
  closeFallback,
  createListeners,
  type FallbackAdvice,
  findFeature,
  NO_ADVICE,
  readTeamsDialIn,
} from '@call-diagnostics/core/internal';
import type { CallDiagnosticsContextValue, DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { acquireQualitySession } from '../quality/qualitySessions.js';
import { dialInInstructions } from './format.js';
import { resolveDialIn } from './resolveDialIn.js';
import type { FallbackStrings } from './strings/en-US.js';

export { fallbackStrings } from './strings/tree.js';
export { resolveDialIn };

/**
 * The banner's "Join by phone" after a call the network blocked: the details checked (the app's, else the call's),
 * the action (a `tel:` link; following it records `fallbackChosen`) and the number and ID in words.
 */
export function bannerJoinByPhone(
  given: unknown,
  fromCall: DialInInfo | undefined,
  strings: FallbackStrings,
  chosen: () => void,
) {
  const dialIn = resolveDialIn(given, fromCall);
  const phone = dialIn && joinByPhone(dialIn, strings);
  return (
    phone && {
      action: { id: 'joinByPhone' as const, label: phone.label, href: phone.href, onClick: chosen, opensPanel: false },
      line: phone.line,
    }
  );
}

/** "Join by phone": the `tel:` link of the first number (toll numbers first) and the number and ID in words. */
export function joinByPhone(
  dialIn: DialInInfo,
  strings: FallbackStrings,
): { readonly label: string; readonly href: string; readonly line: string } | undefined {
  const [number] = dialIn.numbers;
  if (!number) return undefined;
  return {
    label: strings.phone.action,
    href: dialInLink(number, dialIn.conferenceId),
    line: dialInInstructions(strings, dialIn),
  };
}

/** The call's controls as `useCallControls()` gives them: the provider's `controls` over its source's own. */
export function controlsFor(context: CallDiagnosticsContextValue | undefined): CallControls {
  const source = context?.callSource;
  return { ...(source ? controlsOf(source) : {}), ...context?.controls };
}

/** Follows the quality samples of a call and says what to offer (see `adviseFallback` in core). */
export interface FallbackAdvisor {
  /** The advice now (the same object until it changes). */
  getSnapshot(): FallbackAdvice;
  /** Calls `listener` when the advice changes. */
  subscribe(listener: () => void): () => void;
  /** The person took or dismissed an offer: never made again while this advisor lives (one call). */
  close(which: 'videoOff' | 'phone'): void;
  /** Lets go of the quality session. */
  stop(): void;
  /** The offers already recorded as `fallbackOffered` in this call (once each, however often they come and go). */
  readonly offered: Set<string>;
}

/** What the advisor reads at each sample. */
export interface FallbackAdvisorOptions {
  readonly diagnostics: DiagnosticsSourceLike;
  readonly context: CallDiagnosticsContextValue | undefined;
  /** Whether a camera is on now (default: the provider's controls). */
  readonly isVideoOn?: (() => boolean) | undefined;
}

/**
 * A Teams meeting's dial-in details, asked once per call once it is connected (the advisor starts then): the SDK's
 * `Features.TeamsMeetingAudioConferencing` (found as the diagnostics find every feature, under their finder's key),
 * into the store, where the banner finds them after the end. A call that is not a Teams meeting has none (400/45950).
 */
function readTeamsDetails(
  diagnostics: DiagnosticsSourceLike,
  context: CallDiagnosticsContextValue | undefined,
  isDetached: () => boolean,
): void {
  const call = callOf(context?.callSource);
  const dispatch = (diagnostics as { dispatch?: (event: object) => void }).dispatch;
  if (!call || !dispatch) return;
  const factory = (async () => findFeature(diagnostics, 'TeamsMeetingAudioConferencing', call))();
  readTeamsDialIn(call, (dialIn) => dispatch({ type: 'dialInDetails', at: Date.now(), dialIn }), {
    factory,
    isDetached,
  });
}

/** Starts an advisor for the call in progress on the provider's shared quality session. */
export function startFallbackAdvisor(options: FallbackAdvisorOptions): FallbackAdvisor {
  const { context, diagnostics } = options;
  const isVideoOn = options.isVideoOn ?? controlsFor(context).isVideoOn;
  // Dial-in details known now: the provider's (checked) or the call's.
  const dialInKnown = () =>
    resolveDialIn(context?.dialIn, (diagnostics.getSnapshot() as { dialIn?: DialInInfo }).dialIn) !== undefined;
  const lease = acquireQualitySession(diagnostics, context?.callSource, context?.features);
  const listeners = createListeners();
  let advice: FallbackAdvice = NO_ADVICE;
  const set = (next: FallbackAdvice) => {
    if (next === advice) return;
    advice = next;
    listeners.notify();
  };
  const session: QualitySession = lease.session;
  let stopped = false;
  readTeamsDetails(diagnostics, context, () => stopped);
  const stopSamples = session.onSample((assessment) => {
    let cameraOn = false;
    try {
      cameraOn = !!isVideoOn?.();
    } catch {
      // A source that cannot say has no camera on, as far as the kit knows.
    }
    set(adviseFallback(advice, { level: assessment.level, cameraOn, dialIn: dialInKnown() }));
  });
  return {
    offered: new Set(),
    getSnapshot: () => advice,
    subscribe: listeners.subscribe,
    close: (which) => set(closeFallback(advice, which)),
    stop() {
      stopped = true;
      stopSamples();
      listeners.clear();
      lease.release();
    },
  };
}

/** What the notice shows, as the controller decides it (the surfaces' hook adds the classes). */
export interface FallbackNoticeView {
  readonly visible: boolean;
  readonly offer: 'none' | 'videoOff' | 'phone';
  readonly title: string;
  readonly lines: readonly string[];
  readonly action:
    | {
        readonly id: 'turnOffVideo' | 'joinByPhone';
        readonly label: string;
        readonly onClick: () => void;
        readonly href?: string;
      }
    | undefined;
  readonly dismiss: { readonly id: 'dismiss'; readonly label: string; readonly onClick: () => void };
}

/** What the notice's controller reads from React: the strings and the dial-in details as they change. */
export interface FallbackNoticeInputs {
  readonly strings: FallbackStrings | undefined;
  /** The provider's `dialIn`, as given. */
  readonly given: unknown;
  /** The call's own (a Teams meeting's). */
  readonly fromCall: DialInInfo | undefined;
}

/** Options of {@link startFallbackNotice}. */
export interface FallbackNoticeOptions {
  /** The call's advisor (the notice's gate started it: it counts the samples while the notice's code is away). */
  readonly advisor: FallbackAdvisor;
  readonly context: CallDiagnosticsContextValue | undefined;
  /** The component's `onStopVideo`, over the provider's controls. */
  readonly onStopVideo: (() => Promise<void> | void) | undefined;
  /** Sends a telemetry record (`fallbackOffered`, `fallbackChosen`). */
  readonly track: (
    kind: 'fallbackOffered' | 'fallbackChosen',
    detail: { fallback: 'videoOff' | 'phone'; trigger?: string },
  ) => void;
}

const HIDDEN: FallbackNoticeView = Object.freeze({
  visible: false,
  offer: 'none',
  title: '',
  lines: Object.freeze([]) as readonly string[],
  action: undefined,
  dismiss: Object.freeze({ id: 'dismiss', label: '', onClick: () => {} }),
});

/**
 * The in-call notice's controller, for one call: an advisor on the provider's quality session, the offer's words and
 * actions, one `fallbackOffered` record per offer shown and `fallbackChosen` when taken, a failed `stopVideo` said in
 * words. Without React: the surfaces' hook feeds it (`update`) and reads it (`subscribe`, `getSnapshot`).
 */
export function startFallbackNotice(options: FallbackNoticeOptions) {
  const stopVideo = options.onStopVideo ?? controlsFor(options.context).stopVideo;
  const { advisor } = options;
  let inputs: FallbackNoticeInputs = { strings: undefined, given: undefined, fromCall: undefined };
  let dialIn: DialInInfo | undefined;
  let failed = false;
  let view = HIDDEN;
  const { offered } = advisor;
  const listeners = createListeners();
  const choose = (which: 'videoOff' | 'phone') => {
    options.track('fallbackChosen', { fallback: which });
    advisor.close(which);
  };
  const turnOff = () => {
    failed = false;
    const fail = () => {
      failed = true;
      refresh();
    };
    try {
      Promise.resolve(stopVideo?.()).then(() => choose('videoOff'), fail);
    } catch {
      fail();
    }
  };
  const refresh = () => {
    const next = decide();
    if (next.offer !== 'none' && !offered.has(next.offer)) {
      offered.add(next.offer);
      options.track('fallbackOffered', { fallback: next.offer, trigger: 'quality:poor' });
    }
    view = next;
    listeners.notify();
  };
  const decide = (): FallbackNoticeView => {
    const { strings } = inputs;
    const advised = advisor.getSnapshot().offer;
    if (!strings || advised === 'none') return HIDDEN;
    const v = strings.video;
    const dismiss = {
      id: 'dismiss' as const,
      label: v.dismiss,
      onClick: () => {
        failed = false;
        advisor.close(advised);
      },
    };
    if (advised === 'phone') {
      const phone = dialIn && joinByPhone(dialIn, strings);
      if (!phone) return HIDDEN;
      const action = {
        id: 'joinByPhone' as const,
        label: phone.label,
        href: phone.href,
        onClick: () => choose('phone'),
      };
      return { visible: true, offer: 'phone', title: v.phoneTitle, lines: [v.phoneBody, phone.line], action, dismiss };
    }
    if (!stopVideo) return HIDDEN;
    const action = { id: 'turnOffVideo' as const, label: v.turnOff, onClick: turnOff };
    return { visible: true, offer: 'videoOff', title: v.title, lines: [failed ? v.failed : v.body], action, dismiss };
  };
  const stopAdvice = advisor.subscribe(() => {
    failed = false;
    refresh();
  });
  return {
    getSnapshot: () => view,
    subscribe: listeners.subscribe,
    update(next: FallbackNoticeInputs) {
      if (next.given !== inputs.given || next.fromCall !== inputs.fromCall)
        dialIn = resolveDialIn(next.given, next.fromCall);
      inputs = next;
      refresh();
    },
    stop() {
      stopAdvice();
      listeners.clear();
    },
  };
}

/** The notice's controller. */
export type FallbackNoticeController = ReturnType<typeof startFallbackNotice>;

/** The calls' advisors as the notice's gate sees them: the advisor of the call in progress while it makes an offer. */
export interface FallbackWatch {
  /** The advisor with an offer now, else undefined. */
  current(): FallbackAdvisor | undefined;
  /** Calls `listener` when that changes. */
  subscribe(listener: () => void): () => void;
  /** Stops following the calls. */
  stop(): void;
}

/**
 * Follows the calls of `diagnostics`: once a call is connected, an advisor on its quality (kept through a hold, so an
 * offer closed in a call is not made again); stopped when the call ends; a new one for the next call.
 */
export function watchFallbacks(
  diagnostics: DiagnosticsSourceLike,
  context: CallDiagnosticsContextValue | undefined,
  isVideoOn?: () => boolean,
): FallbackWatch {
  const listeners = createListeners();
  let advisor: FallbackAdvisor | undefined;
  let stopAdvice = () => {};
  let shown: FallbackAdvisor | undefined;
  let started = false;
  const notify = () => {
    const next = advisor && advisor.getSnapshot().offer !== 'none' ? advisor : undefined;
    if (next === shown) return;
    shown = next;
    listeners.notify();
  };
  const stopAdvisor = () => {
    stopAdvice();
    advisor?.stop();
    advisor = undefined;
    notify();
  };
  const onState = () => {
    const state = diagnostics.getSnapshot();
    if (state.ended) {
      started = false;
      stopAdvisor();
    } else if (!started && state.call.state === 'Connected') {
      started = true;
      advisor = startFallbackAdvisor({ diagnostics, context, isVideoOn });
      stopAdvice = advisor.subscribe(notify);
    }
  };
  const unsubscribe = diagnostics.subscribe(onState);
  onState();
  return {
    current: () => shown,
    subscribe: listeners.subscribe,
    stop() {
      unsubscribe();
      stopAdvisor();
      listeners.clear();
    },
  };
}

/** What the provider's surfaces read of the fallback family (`useFallbacks`). */
export interface FallbacksView {
  /**
   * The banner's "Join by phone" after an end the network caused, when dial-in details are known and the family's
   * words have arrived; `offer()` records `fallbackOffered` once per end (the banner calls it when it shows the link).
   */
  readonly joinByPhone:
    | (NonNullable<ReturnType<typeof bannerJoinByPhone>> & { readonly offer: () => void })
    | undefined;
  /** The advisor of the call in progress while it makes an offer (the notice's). */
  readonly advisor: FallbackAdvisor | undefined;
}

/** The fallback family of one provider, shared by its surfaces (see {@link acquireFallbacks}). */
export interface Fallbacks {
  getSnapshot(): FallbacksView;
  subscribe(listener: () => void): () => void;
  /** The family's words in the provider's locale (until then no "Join by phone"). */
  setStrings(strings: FallbackStrings | undefined): void;
  /** Lets go; the last surface to let go stops the family. */
  release(): void;
}

/** Records a telemetry record of the fallbacks (`trackUiEvent` on the provider's diagnostics). */
export type FallbackTrack = (kind: 'fallbackOffered' | 'fallbackChosen', detail: Record<string, string>) => void;

interface SharedFallbacks {
  readonly view: Omit<Fallbacks, 'release'>;
  /** Starts the advisor for one more surface that shows its offers; returns the matching stop. */
  follow(): () => void;
  stop(): void;
  users: number;
}

const shared = new WeakMap<object, SharedFallbacks>();

/**
 * The fallback family of the provider whose context is `context`, shared by its surfaces (the banner and the notices
 * each acquire it; the last release stops it): the banner's "Join by phone" after an end the network caused (the
 * catalog's `network` ends: 410/3112, 410/301004…) and, while a surface that shows its offers holds it
 * (`withAdvisor`), the advisor of the call in progress (`watchFallbacks`: a quality session once a call connects).
 */
export function acquireFallbacks(
  context: CallDiagnosticsContextValue,
  track: FallbackTrack,
  withAdvisor: boolean,
): Fallbacks {
  const key = context.ui;
  let entry = shared.get(key);
  if (!entry) {
    entry = startFallbacks(context, track);
    shared.set(key, entry);
  }
  const used = entry;
  used.users += 1;
  const unfollow = withAdvisor ? used.follow() : undefined;
  let released = false;
  return {
    ...used.view,
    release() {
      if (released) return;
      released = true;
      unfollow?.();
      used.users -= 1;
      if (used.users > 0) return;
      shared.delete(key);
      used.stop();
    },
  };
}

function startFallbacks(context: CallDiagnosticsContextValue, track: FallbackTrack): SharedFallbacks {
  const { diagnostics } = context;
  const listeners = createListeners();
  const offered = new WeakSet<object>();
  let watch: FallbackWatch | undefined;
  let stopWatch = () => {};
  let followers = 0;
  let strings: FallbackStrings | undefined;
  let view: FallbacksView = { joinByPhone: undefined, advisor: undefined };
  let inputs: readonly unknown[] = [];
  const update = () => {
    const state = diagnostics.getSnapshot();
    const { ended } = state;
    const network = !!ended && lookupCallEnd(ended.code, ended.subCode)?.network === true;
    const next = [network && ended, context.dialIn, state.dialIn, strings];
    let { joinByPhone } = view;
    if (next.some((value, i) => value !== inputs[i])) {
      inputs = next;
      const phone =
        ended && network && strings
          ? bannerJoinByPhone(context.dialIn, state.dialIn, strings, () =>
              track('fallbackChosen', { fallback: 'phone' }),
            )
          : undefined;
      joinByPhone = phone && {
        ...phone,
        offer() {
          if (offered.has(ended as object)) return;
          offered.add(ended as object);
          const trigger = `callEnded:${ended?.code}${ended?.subCode === undefined ? '' : `/${ended.subCode}`}`;
          track('fallbackOffered', { fallback: 'phone', trigger });
        },
      };
    }
    const advisor = watch?.current();
    if (joinByPhone === view.joinByPhone && advisor === view.advisor) return;
    view = { joinByPhone, advisor };
    listeners.notify();
  };
  const stopState = diagnostics.subscribe(update);
  const unwatch = () => {
    stopWatch();
    watch?.stop();
    watch = undefined;
  };
  update();
  return {
    view: {
      getSnapshot: () => view,
      subscribe: listeners.subscribe,
      setStrings(next) {
        strings = next;
        update();
      },
    },
    follow() {
      followers += 1;
      if (!watch) {
        watch = watchFallbacks(diagnostics, context);
        stopWatch = watch.subscribe(update);
        update();
      }
      return () => {
        followers -= 1;
        if (followers > 0) return;
        unwatch();
        update();
      };
    },
    stop() {
      stopState();
      unwatch();
      listeners.clear();
    },
    users: 0,
  };
}
