/**
 * The media UFD names the SDK raises (`LatestMediaDiagnostics` of the calling SDK 1.46; some docs add
 * `microphoneNotMuteButSilent`), and the one rule for their values. Small and catalog-free: the first load's
 * telemetry reads it.
 */
/**
 * A media UFD the kit knows.
 *
 * @public
 */
export type MediaDiagnosticName =
  | 'speakingWhileMicrophoneIsMuted'
  | 'noSpeakerDevicesEnumerated'
  | 'noMicrophoneDevicesEnumerated'
  | 'cameraFreeze'
  | 'cameraStartFailed'
  | 'cameraStartTimedOut'
  | 'capturerStartFailed'
  | 'microphoneNotFunctioning'
  | 'microphoneMuteUnexpectedly'
  | 'cameraStoppedUnexpectedly'
  | 'capturerStoppedUnexpectedly'
  | 'screenshareRecordingDisabled'
  | 'microphonePermissionDenied'
  | 'cameraPermissionDenied'
  | 'microphoneNotMuteButSilent';

// One string, split: smaller in the first load than a list (the media catalog's test checks it names every entry).
const KNOWN: ReadonlySet<string> = new Set(
  'speakingWhileMicrophoneIsMuted noSpeakerDevicesEnumerated noMicrophoneDevicesEnumerated cameraFreeze cameraStartFailed cameraStartTimedOut capturerStartFailed microphoneNotFunctioning microphoneMuteUnexpectedly cameraStoppedUnexpectedly capturerStoppedUnexpectedly screenshareRecordingDisabled microphonePermissionDenied cameraPermissionDenied microphoneNotMuteButSilent'.split(
    ' ',
  ),
);

/** True for a media UFD name the kit knows (an unknown one is kept in state and the report, shown nowhere). */
export function isMediaDiagnostic(name: string): name is MediaDiagnosticName {
  return KNOWN.has(name);
}

/**
 * Whether a media UFD value means "raised": `true`, or a `DiagnosticQuality` of Poor (2) or Bad (3) — the SDK's
 * typings say flags, but `microphoneMuteUnexpectedly`, `microphoneNotFunctioning` and `cameraStoppedUnexpectedly`
 * have been seen with quality values (ACS's own ErrorBar reads Bad as raised and Good as recovered). `false` and Good
 * (1) are cleared; anything else is no reading at all (the reducer drops it).
 */
export function isRaised(value: boolean | number): boolean {
  return value === true || value === 2 || value === 3;
}
