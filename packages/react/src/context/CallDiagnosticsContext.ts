import type {
  CallControls,
  CallDetails,
  CallDiagnostics,
  DiagnosticsSource,
  DiagnosticsState,
  DiagnosticsStore,
  DialInDetails,
  FeaturesLike,
  ReadinessResult,
} from '@call-diagnostics/core';
import { createContext, useContext } from 'react';
import type { FallbackStrings } from '../families/fallback/strings/en-US.js';
import type { MediaStrings } from '../families/media/strings/en-US.js';
import type { QualityStrings } from '../families/quality/strings/en-US.js';
import type { CallDiagnosticsStrings } from '../localization/en-US.js';
import type { LocaleMap } from '../localization/matchLocale.js';
import type { PartialStrings } from '../localization/strings.js';
import type { DiagnosticsUiStore } from './uiStore.js';

/** Anything with `subscribe` and `getSnapshot` of the diagnostics state: a store or a `CallDiagnostics`. */
export type DiagnosticsSourceLike = Pick<DiagnosticsStore, 'subscribe' | 'getSnapshot'> | CallDiagnostics;

/**
 * The provider's `strings`: overrides of the call's strings (any depth), and of each family's under its name
 * (`media`).
 */
export type ProviderStrings = PartialStrings & {
  /** Overrides of the media family's strings (`issues`, `allow`, `actions`, `muted`, `remote`). */
  readonly media?: PartialStrings<MediaStrings> | undefined;
  /** Overrides of the quality family's strings (the indicator's levels, reasons, figures). */
  readonly quality?: PartialStrings<QualityStrings> | undefined;
  /** Overrides of the fallback family's strings (join by phone, turn off video). */
  readonly fallback?: PartialStrings<FallbackStrings> | undefined;
};

/** What a "Retry" hands the app. */
export interface RetryRequest {
  /** The facts of the call that failed (call ID, participant ID, end code). */
  readonly details: CallDetails;
}

/** The provider's context. Stable across diagnostic events. */
export interface CallDiagnosticsContextValue {
  /** The diagnostics the hooks read (a `CallDiagnostics` or a store). */
  readonly diagnostics: DiagnosticsSourceLike;
  /**
   * The provider's `locale` as given (a tag or a locale object; undefined: en-US). Read the strings to show with
   * `useDiagnosticsStrings()`, which resolves and merges them: the provider does not, so the localization code and
   * en-US load with the surfaces rather than with the provider (a tag without `locales` is loaded on demand there).
   */
  readonly locale: string | CallDiagnosticsStrings | undefined;
  /** The provider's `locales` map, where a `locale` tag is looked up (none: the tag's locale is loaded on demand). */
  readonly locales: LocaleMap | undefined;
  /** The provider's `strings` overrides, merged over the locale by `useDiagnosticsStrings()` (and each family's hook). */
  readonly overrides: ProviderStrings | undefined;
  /** The provider's `controls` prop: what the surfaces may ask of the call, over the source's own (`useCallControls`). */
  readonly controls?: CallControls | undefined;
  /** The source the provider follows (stable while its holder props are), whose own controls the surfaces use. */
  readonly callSource?: DiagnosticsSource | undefined;
  /** The provider's `features` (the SDK's `Features`), for the SDK features the surfaces open (media statistics). */
  readonly features?: FeaturesLike | undefined;
  /** The app's device settings or picker, for "Choose another microphone / camera / speaker". */
  readonly onOpenDeviceSettings?: ((device: 'microphone' | 'camera' | 'speaker') => void) | undefined;
  /** The UI state shared by the surfaces (whether the panel is open). */
  readonly ui: DiagnosticsUiStore;
  /** Calls the app's `onRetry`; undefined when the app gave none (Retry is then not offered). */
  readonly retry: ((request: RetryRequest) => void) | undefined;
  /** The provider's `readiness`: the result of the check run before the call, for the banner and the report. */
  readonly readiness?: ReadinessResult | undefined;
  /** The provider's `dialIn` as given (checked where it is used: `useDialIn`, in the surfaces' chunk). */
  readonly dialIn?: DialInDetails | undefined;
}

/** @internal */
export const CallDiagnosticsContext = createContext<CallDiagnosticsContextValue | undefined>(undefined);

/** The provider's context, or undefined outside a provider. */
export function useMaybeCallDiagnosticsContext(): CallDiagnosticsContextValue | undefined {
  return useContext(CallDiagnosticsContext);
}

/** The provider's context; throws a clear error outside a `CallDiagnosticsProvider`. */
export function useCallDiagnosticsContext(hook = 'useCallDiagnosticsContext'): CallDiagnosticsContextValue {
  const value = useContext(CallDiagnosticsContext);
  if (!value) {
    throw new Error(
      `${hook}: no diagnostics. Render it inside <CallDiagnosticsProvider>, or pass a store (createDiagnosticsStore() or createCallDiagnostics()).`,
    );
  }
  return value;
}

export type { DiagnosticsState };
