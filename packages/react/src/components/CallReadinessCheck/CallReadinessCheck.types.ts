import type {
  FirewallProfile,
  ReadinessCheck,
  ReadinessCheckId,
  ReadinessCheckOptions,
  ReadinessCheckStatus,
  ReadinessResult,
  ReadinessSnapshot,
  ReadinessVerdict,
} from '@call-diagnostics/core';
import type { CopyStatus } from '../../hooks/useCopyToClipboard.js';
import type { ReadinessStrings } from '../../localization/readiness/en-US.js';
import type { PartialStrings } from '../../localization/strings.js';

/**
 * Props of {@link CallReadinessCheck}: the core check's options (or a ready `check`), and what the view does. It
 * works with no `CallDiagnosticsProvider` and before any call exists.
 *
 * The check is made once per mount and made again only when `check`, `callClient`, `features`, `history` or
 * `platform` change identity, or the values of `iceServers`, `endpoints`, `userId`, `timeoutMs` or
 * `requestPermissions` change (see `useReadinessCheck`). Unmounting aborts a run under way.
 */
export interface CallReadinessCheckProps extends ReadinessCheckOptions {
  /** A check made with `createReadinessCheck` to show instead of making one (the options above are then ignored). */
  readonly check?: ReadinessCheck | undefined;
  /** Start the check when mounted (default false: the person presses "Start the check"). */
  readonly autoStart?: boolean | undefined;
  /**
   * A BCP-47 tag (`de-DE`, `de`, `pt`…): that locale's readiness strings are loaded on demand; en-US is shown until
   * they arrive. Defaults to the provider's locale inside a `CallDiagnosticsProvider`, en-US outside one.
   */
  readonly locale?: string | undefined;
  /** Overrides of the readiness strings, merged over the locale. */
  readonly strings?: PartialStrings<ReadinessStrings> | undefined;
  /**
   * Offers a join action: "Join" when the verdict is `ready`, "Join anyway" otherwise. Gets the finished run's
   * result (undefined when no run has finished); a run under way is aborted first.
   */
  readonly onJoin?: ((result: ReadinessResult | undefined) => void) | undefined;
  /** Called with each result a run produces while mounted (hand it to the provider's `readiness` prop). */
  readonly onResult?: ((result: ReadinessResult) => void) | undefined;
  /** The firewall rules for the IT-admin text; ACS public cloud by default. */
  readonly firewall?: FirewallProfile | undefined;
  /** A class for the root, merged last. */
  readonly className?: string | undefined;
}

/** A row's status: a finished check's status, or `idle` / `running`. */
export type CallReadinessRowStatus = ReadinessCheckStatus | 'idle' | 'running';

/** One row of the view: a check, its status in words and its reason in a sentence. */
export interface CallReadinessRow {
  /** Which check. */
  readonly id: ReadinessCheckId;
  /** The check's name (`Browser`, `Call media servers`…). */
  readonly name: string;
  /** The check's status, or `idle` / `running`. */
  readonly status: CallReadinessRowStatus;
  /** The status in words (`Passed`, `Not tested`…). */
  readonly statusText: string;
  /** The reason, with its placeholders filled (undefined while the check is idle or running). */
  readonly reasonText: string | undefined;
}

/** An action the view offers. */
export interface CallReadinessAction {
  /** The button's text. */
  readonly label: string;
  /** What the button does. */
  readonly onClick: () => void;
  /** Drawn as the primary button. */
  readonly primary: boolean;
}

/** Class names of the view's parts (filled by `useCallReadinessCheckStyles_unstable`). */
export interface CallReadinessCheckClasses {
  /** The region. */
  readonly root: string;
  /** Title and introduction. */
  readonly header: string;
  /** The live region (progress, verdict) and the progress bar. */
  readonly status: string;
  /** The list of checks. */
  readonly list: string;
  /** One check. */
  readonly row: string;
  /** A check's name and status. */
  readonly rowHead: string;
  /** Everything of a check but its marker. */
  readonly rowBody: string;
  /** A check's name. */
  readonly name: string;
  /** The status marker, per status. */
  readonly marker: Readonly<Record<CallReadinessRowStatus, string>>;
  /** A check's reason. */
  readonly reason: string;
  /** A row of buttons. */
  readonly actions: string;
  /** The IT-admin section. */
  readonly admin: string;
  /** The IT-admin text box. */
  readonly adminText: string;
}

/**
 * Everything `renderCallReadinessCheck_unstable` draws, decided by `useCallReadinessCheck_unstable`: a replacement
 * view can take this state and draw it its own way.
 */
export interface CallReadinessCheckState {
  /** The readiness strings shown (locale, then overrides). */
  readonly strings: ReadinessStrings;
  /** The core check's snapshot. */
  readonly snapshot: ReadinessSnapshot;
  /** `idle`, `running`, `done` or `aborted`. */
  readonly phase: ReadinessSnapshot['state'];
  /** A run is under way. */
  readonly running: boolean;
  /** One row per check, in report order. */
  readonly rows: readonly CallReadinessRow[];
  /** Checks finished in the run under way, and in all. */
  readonly progress: { readonly done: number; readonly total: number; readonly text: string };
  /** The finished run's verdict (undefined while idle, running or after an abort). */
  readonly verdict:
    | {
        readonly verdict: ReadinessVerdict;
        readonly intent: 'success' | 'warning' | 'error' | 'info';
        readonly title: string;
        readonly body: string;
      }
    | undefined;
  /** "Not tested: …" for the finished run (undefined when everything was tested). */
  readonly untestedText: string | undefined;
  /** The IT-admin text, when the verdict is `blocked` by the network (relays or signalling failed). */
  readonly adminText: string | undefined;
  /** Where copying the IT-admin text is. */
  readonly copyStatus: CopyStatus;
  /** Copies the IT-admin text. */
  readonly copyAdmin: () => void;
  /** "Start the check" / "Run again" (absent while running). */
  readonly start: CallReadinessAction | undefined;
  /** "Cancel" (only while running). */
  readonly cancel: CallReadinessAction | undefined;
  /** "Allow camera and microphone" (when the devices check needs permission; reruns with `requestPermissions`). */
  readonly allowDevices: CallReadinessAction | undefined;
  /** "Join" / "Join anyway" (only with `onJoin`). */
  readonly join: CallReadinessAction | undefined;
  /** Ids for `aria-labelledby`. */
  readonly titleId: string;
  /** The id of the Start / Cancel / Run again button: focus moves there when the button pressed goes away. */
  readonly runButtonId: string;
  /** Class names of the parts (the static ones; `useCallReadinessCheckStyles_unstable` adds the styled ones). */
  readonly classes: CallReadinessCheckClasses;
}
