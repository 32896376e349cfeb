import type { BannerModel } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike, RetryRequest } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link RelayDiagnosticsBanner}. */
export interface RelayDiagnosticsBannerProps {
  /** The diagnostics to show; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** Retry; defaults to the provider's `onRetry`. Without either, Retry is not offered. */
  readonly onRetry?: (request: RetryRequest) => void;
  /** Opens the firewall guidance; defaults to the provider's panel. */
  readonly onCheckNetwork?: () => void;
  /** Merged last over the banner's classes. */
  readonly className?: string;
}

/**
 * One action of the banner. Following Fluent's MessageBar guidance the banner offers at most two: a primary and a
 * secondary. Copying the details and the support report live in the guidance panel that "Check your network" opens.
 */
export interface RelayDiagnosticsBannerAction {
  /**
   * `retry` ("Try again"), `checkNetwork` ("Check your network": opens the guidance panel), `unmute` ("Unmute"),
   * `chooseDevice` ("Choose another microphone / camera / speaker": the app's device settings) or `joinByPhone` ("Join
   * by phone": a `tel:` link, after a call the network blocked, when dial-in details are known).
   */
  readonly id: 'retry' | 'checkNetwork' | 'unmute' | 'chooseDevice' | 'joinByPhone';
  /** The action's text. */
  readonly label: string;
  /** What the action does (for a link, besides following it). */
  readonly onClick: () => void;
  /** A link's address (`joinByPhone`: `tel:+12065550100,,123456789%23`): the action is then a link, not a button. */
  readonly href?: string | undefined;
  /**
   * The action opens the guidance panel: spread `state.restoreFocusTarget` on its element so focus returns to it when
   * the panel closes.
   */
  readonly opensPanel: boolean;
}

/** Class names of the banner's parts (filled by `useRelayDiagnosticsBannerStyles_unstable`). */
export interface RelayDiagnosticsBannerClasses {
  /** The `MessageBar`. */
  readonly root: string;
  /** The `MessageBarBody`: title, sentences, readiness finding, meta line. */
  readonly body: string;
  /**
   * The title: a native `<span>` with a Fluent `MessageBarTitle`'s look (body 1 strong), which labels the banner
   * (optional for a custom state: its render may draw a title of its own).
   */
  readonly title?: string | undefined;
  /** The small monospace line: since when, "+N more", the code and the call ID. */
  readonly meta: string;
  /** The primary action (set in semibold). */
  readonly primaryAction: string;
  /** The secondary action. */
  readonly secondaryAction: string;
  /**
   * Both actions' look: a Fluent link drawn on a native `<button>` (set by `useRelayDiagnosticsBannerStyles_unstable`;
   * the kit's render adds it to each action, a custom render may too).
   */
  readonly action?: string | undefined;
}

/**
 * What the banner shows, decided by `useRelayDiagnosticsBanner_unstable` (Fluent's state half); draw it with
 * `renderRelayDiagnosticsBanner_unstable` or your own markup.
 */
export interface RelayDiagnosticsBannerState {
  /** The core model behind it (`none` on a healthy call: nothing is drawn). */
  readonly model: BannerModel;
  /** `none`, `relaysUnreachable`, `networkIssue`, `mediaIssue` or `callEnded`. */
  readonly kind: BannerModel['kind'];
  /** The `MessageBar` intent. */
  readonly intent: 'error' | 'warning' | 'info';
  /** `assertive` for errors, `polite` otherwise. */
  readonly politeness: 'assertive' | 'polite';
  /** The issue's catalog key (`noNetwork`, `reconnecting`… for `networkIssue`; the media UFD for `mediaIssue`). */
  readonly issue: string | undefined;
  /** The title ("Trouble reaching the call servers", "Your call couldn't connect: your network blocked it"…). */
  readonly title: string;
  /** The title's element ID, which labels the banner (`aria-labelledby`); set by `useRelayDiagnosticsBanner_unstable`. */
  readonly titleId?: string | undefined;
  /** The sentences under the title, in order: what happened, then the hint (transient or persistent). */
  readonly lines: readonly string[];
  /**
   * What the readiness check before the call found (the provider's `readiness`), during a relay problem; undefined
   * until its strings have loaded, and when there is none.
   */
  readonly readinessText: string | undefined;
  /** The meta line's parts: since when, "+N more", the error code, the call ID. */
  readonly meta: readonly string[];
  /** The action to press first: "Try again" when the failure looks transient, "Check your network" otherwise. */
  readonly primaryAction: RelayDiagnosticsBannerAction | undefined;
  /** The other one, when offered. */
  readonly secondaryAction: RelayDiagnosticsBannerAction | undefined;
  /** Attributes for the element of an action that `opensPanel` (Fluent's `useRestoreFocusTarget`). */
  readonly restoreFocusTarget: Record<string, string | undefined>;
  /** Class names of the parts (the static ones; `useRelayDiagnosticsBannerStyles_unstable` adds the styled ones). */
  readonly classes: RelayDiagnosticsBannerClasses;
}
