// The fallback family's part of the surfaces, a chunk fetched when a fallback may be offered (`fallbackSurfacesChunk`):
// a call the network blocked while dial-in details are known, or a connected call whose quality the notice follows.
// Its locale tree, the dial-in details checked, the `tel:` link and the words that go with it, the call's controls
// (turning video off), and the advisor that counts poor samples. No React and no Fluent component here: a lazy chunk
// sharing the app's Fluent modules makes Vite (Rolldown) split the app's own vendor chunk (rolldown#10731); the
// notice's markup stays in the surfaces' chunk, with the muted notice's.
import {
  type CallControls,
  controlsOf,
  type DialInInfo,
  dialInLink,
  type QualitySession,
} from '@call-diagnostics/core';
import {
  adviseFallback,
  closeFallback,
  createListeners,
  type FallbackAdvice,
  NO_ADVICE,
} from '@call-diagnostics/core/internal';
import type { CallDiagnosticsContextValue, DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { acquireQualitySession } from '../quality/qualitySessions.js';
import { dialInInstructions } from './format.js';
import { resolveDialIn } from './resolveDialIn.js';
import type { FallbackStrings } from './strings/en-US.js';

export { fallbackStrings } from './strings/tree.js';
export { resolveDialIn };

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
}

/** What the advisor reads at each sample. */
export interface FallbackAdvisorOptions {
  readonly diagnostics: DiagnosticsSourceLike;
  readonly context: CallDiagnosticsContextValue | undefined;
  /** Whether a camera is on now. */
  readonly isVideoOn: () => boolean;
  /** Whether dial-in details are known now. */
  readonly dialInKnown: () => boolean;
}

/** Starts an advisor for the call in progress on the provider's shared quality session. */
export function startFallbackAdvisor(options: FallbackAdvisorOptions): FallbackAdvisor {
  const { context } = options;
  const lease = acquireQualitySession(options.diagnostics, context?.callSource, context?.features);
  const listeners = createListeners();
  let advice: FallbackAdvice = NO_ADVICE;
  const set = (next: FallbackAdvice) => {
    if (next === advice) return;
    advice = next;
    listeners.notify();
  };
  const session: QualitySession = lease.session;
  const stopSamples = session.onSample((assessment) => {
    let cameraOn = false;
    try {
      cameraOn = options.isVideoOn();
    } catch {
      // A source that cannot say has no camera on, as far as the kit knows.
    }
    set(adviseFallback(advice, { level: assessment.level, cameraOn, dialIn: options.dialInKnown() }));
  });
  return {
    getSnapshot: () => advice,
    subscribe: listeners.subscribe,
    close: (which) => set(closeFallback(advice, which)),
    stop() {
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
  readonly diagnostics: DiagnosticsSourceLike;
  readonly context: CallDiagnosticsContextValue | undefined;
  /** The component's `onStopVideo` and `isVideoOn`, over the provider's controls. */
  readonly onStopVideo: (() => Promise<void> | void) | undefined;
  readonly isVideoOn: (() => boolean) | undefined;
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
  const controls = controlsFor(options.context);
  const stopVideo = options.onStopVideo ?? controls.stopVideo;
  const isVideoOn = options.isVideoOn ?? controls.isVideoOn;
  let inputs: FallbackNoticeInputs = { strings: undefined, given: undefined, fromCall: undefined };
  let dialIn: DialInInfo | undefined;
  let failed = false;
  let view = HIDDEN;
  const offered = new Set<string>();
  const listeners = createListeners();
  const advisor = startFallbackAdvisor({
    diagnostics: options.diagnostics,
    context: options.context,
    isVideoOn: () => !!isVideoOn?.(),
    dialInKnown: () => dialIn !== undefined,
  });
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
      advisor.stop();
      listeners.clear();
    },
  };
}

/** The notice's controller. */
export type FallbackNoticeController = ReturnType<typeof startFallbackNotice>;
