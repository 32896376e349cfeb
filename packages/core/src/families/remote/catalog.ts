/**
 * Which of another participant's diagnostics the kit shows on their tile, as data: per UFD and value, the badge's
 * key (the React package's `remote.<badge>` strings) and how bad it is. What is not listed (speaking while muted is
 * never shared; a speaker or screen problem says nothing to the others) is kept in state and shown nowhere.
 */

/**
 * One badge a participant's diagnostic can raise on their tile.
 *
 * @public
 */
export interface RemoteDiagnosticEntry {
  /** The UFD, network or media. */
  readonly diagnostic: string;
  /** The values that raise it (`true`, or `DiagnosticQuality` 2 Poor / 3 Bad). */
  readonly values: readonly (boolean | number)[];
  /** The badge's key (`poorConnection`, `cameraFrozen`…): the React package's `remote.<badge>` strings. */
  readonly badge:
    | 'offline'
    | 'connectionBlocked'
    | 'reconnecting'
    | 'poorConnection'
    | 'microphoneNotWorking'
    | 'mutedBySystem'
    | 'noMicrophone'
    | 'noSpeaker'
    | 'cameraFrozen'
    | 'cameraStopped';
  /** How bad it is for the call. */
  readonly severity: 'error' | 'warning' | 'info';
}

/** Most important first: a participant with several problems shows the first. */
const REMOTE_DIAGNOSTICS: readonly RemoteDiagnosticEntry[] = [
  { diagnostic: 'noNetwork', values: [true], badge: 'offline', severity: 'error' },
  { diagnostic: 'networkReconnect', values: [3, 2], badge: 'reconnecting', severity: 'warning' },
  { diagnostic: 'networkRelaysNotReachable', values: [true], badge: 'connectionBlocked', severity: 'warning' },
  { diagnostic: 'networkSendQuality', values: [3, 2], badge: 'poorConnection', severity: 'warning' },
  { diagnostic: 'networkReceiveQuality', values: [3, 2], badge: 'poorConnection', severity: 'warning' },
  { diagnostic: 'microphoneNotFunctioning', values: [true, 3, 2], badge: 'microphoneNotWorking', severity: 'warning' },
  { diagnostic: 'noMicrophoneDevicesEnumerated', values: [true], badge: 'noMicrophone', severity: 'warning' },
  { diagnostic: 'microphonePermissionDenied', values: [true], badge: 'microphoneNotWorking', severity: 'warning' },
  { diagnostic: 'microphoneMuteUnexpectedly', values: [true, 3, 2], badge: 'mutedBySystem', severity: 'info' },
  { diagnostic: 'noSpeakerDevicesEnumerated', values: [true], badge: 'noSpeaker', severity: 'warning' },
  { diagnostic: 'cameraFreeze', values: [true], badge: 'cameraFrozen', severity: 'info' },
  { diagnostic: 'cameraStoppedUnexpectedly', values: [true, 3, 2], badge: 'cameraStopped', severity: 'info' },
  { diagnostic: 'cameraStartFailed', values: [true], badge: 'cameraStopped', severity: 'info' },
];

/** The catalog row of a participant's UFD value, or undefined when it raises no badge. */
export function lookupRemoteDiagnostic(diagnostic: string, value: boolean | number): RemoteDiagnosticEntry | undefined {
  return REMOTE_DIAGNOSTICS.find((entry) => entry.diagnostic === diagnostic && entry.values.includes(value));
}

/** The catalog's order of a row (lower is more important). */
export function remoteRank(entry: RemoteDiagnosticEntry): number {
  return REMOTE_DIAGNOSTICS.indexOf(entry);
}
