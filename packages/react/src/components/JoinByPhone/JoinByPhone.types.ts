import type { DialInInfo } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import type { CopyStatus } from '../../hooks/useCopyToClipboard.js';

/** Props of {@link JoinByPhone}. */
export interface JoinByPhoneProps {
  /** The diagnostics to read (a Teams meeting's own dial-in details, telemetry); defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** Merged last over the section's class. */
  readonly className?: string;
}

/** One number of the list. */
export interface JoinByPhoneNumber {
  /** A stable key. */
  readonly key: string;
  /** "+1 206 555 0100 (Toll, Seattle, United States)". */
  readonly text: string;
  /** "Call +1 206 555 0100": the link's accessible name. */
  readonly callLabel: string;
  /** The `tel:` link that dials it and enters the conference ID. */
  readonly href: string;
  /** Copies the number as written. */
  readonly copy: () => void;
}

/** What the section shows, decided by `useJoinByPhone_unstable`. */
export interface JoinByPhoneState {
  /** Whether there is anything to show: dial-in details are known and the strings are here. */
  readonly visible: boolean;
  /** The details shown. */
  readonly dialIn: DialInInfo | undefined;
  /** "Join by phone". */
  readonly title: string;
  /** "Your network blocks calls from this device. You can still join the meeting from a phone." */
  readonly intro: string;
  /** Every number, toll numbers first. */
  readonly numbers: readonly JoinByPhoneNumber[];
  /** "Conference ID: 123 456 789". */
  readonly conferenceIdText: string;
  /** Copies the conference ID. */
  readonly copyConferenceId: () => void;
  /** A number's link was followed: records `fallbackChosen` (`phone`). */
  readonly onCall: () => void;
  /** The labels of the copy buttons and of the link to every local number. */
  readonly labels: {
    readonly copyNumber: string;
    readonly copyConferenceId: string;
    readonly moreNumbers: string;
    readonly copied: string;
    readonly copyFailed: string;
  };
  /** The last copy's outcome (said in a live region). */
  readonly copyStatus: CopyStatus;
  /** Class names of the parts. */
  readonly classes: {
    readonly root: string;
    readonly list: string;
    readonly row: string;
    readonly link?: string;
    /** The heading's type (a Fluent Subtitle2's). */
    readonly title?: string;
    /** The paragraphs' type (a Fluent Body1's). */
    readonly text?: string;
  };
}
