/**
 * The media and device user-facing diagnostics (UFDs) as data: per UFD what it means, which device, how bad it is,
 * what the person can do, and where the platform decides the steps. Display strings live in the React package
 * (`media.<key>…`); `meaning` is English for logs and reports only.
 */
import type { MediaDiagnosticName } from './names.js';

/**
 * One media or device problem that holds now, with its catalog row.
 *
 * @public
 */
export interface ActiveMediaIssue {
  /** The catalog row. */
  readonly entry: {
    /** The media UFD, which is also the key of the React package's `media` strings. */
    readonly diagnostic: MediaDiagnosticName;
    /** The device it concerns. */
    readonly device: 'microphone' | 'camera' | 'speaker' | 'screen';
    /**
     * Its place in the precedence: permission denied (`permission`) \> no device (`missing`) \> a device that stopped,
     * failed to start or does not work (`stopped`) \> a frozen camera (`frozen`). `muted` (speaking while muted) is
     * never a banner issue: it has a notice of its own.
     */
    readonly category: 'permission' | 'missing' | 'stopped' | 'frozen' | 'muted';
    /** How bad it is for the person in the call. */
    readonly severity: 'error' | 'warning' | 'info';
    /**
     * What to offer, in order: unmute; choose another device (the app's device settings or picker); the steps to
     * allow the browser or the operating system to use the device; turn the camera or screen sharing on again; check
     * the network (a frozen camera is a bandwidth problem more often than a camera one).
     */
    readonly actions: readonly ('unmute' | 'chooseDevice' | 'allowAccess' | 'restartDevice' | 'checkNetwork')[];
    /**
     * Where the steps to allow access are the operating system's (macOS System Settings › Privacy & Security) rather
     * than the browser's site permissions: the SDK raises these three only on macOS.
     */
    readonly systemSettings: boolean;
    /** English meaning for logs and reports (not for display). */
    readonly meaning: string;
  };
  /** When it began (epoch ms). */
  readonly since: number;
}

// Internal name (the public shape is `ActiveMediaIssue['entry']`).
export type MediaIssueEntry = ActiveMediaIssue['entry'];

const RANK: Readonly<Record<MediaIssueEntry['category'], number>> = {
  permission: 0,
  missing: 1,
  stopped: 2,
  frozen: 3,
  muted: 4,
};

/** Every media UFD, most important first within a category (microphone, then speaker, camera, screen). */
const MEDIA_ISSUES: readonly MediaIssueEntry[] = [
  {
    diagnostic: 'microphonePermissionDenied',
    device: 'microphone',
    category: 'permission',
    severity: 'error',
    actions: ['allowAccess'],
    systemSettings: true,
    meaning: 'The operating system denies this browser the microphone (macOS privacy settings).',
  },
  {
    diagnostic: 'cameraPermissionDenied',
    device: 'camera',
    category: 'permission',
    severity: 'warning',
    actions: ['allowAccess'],
    systemSettings: true,
    meaning: 'The operating system denies this browser the camera (macOS privacy settings).',
  },
  {
    diagnostic: 'screenshareRecordingDisabled',
    device: 'screen',
    category: 'permission',
    severity: 'warning',
    actions: ['allowAccess'],
    systemSettings: true,
    meaning: 'The operating system denies this browser screen recording (macOS privacy settings).',
  },
  {
    diagnostic: 'noMicrophoneDevicesEnumerated',
    device: 'microphone',
    category: 'missing',
    severity: 'error',
    actions: ['chooseDevice'],
    systemSettings: false,
    meaning: 'No microphone is connected.',
  },
  {
    diagnostic: 'noSpeakerDevicesEnumerated',
    device: 'speaker',
    category: 'missing',
    severity: 'error',
    actions: ['chooseDevice'],
    systemSettings: false,
    meaning: 'No speaker or headphones are connected.',
  },
  {
    diagnostic: 'microphoneNotFunctioning',
    device: 'microphone',
    category: 'stopped',
    severity: 'error',
    actions: ['chooseDevice'],
    systemSettings: false,
    meaning: 'The microphone sends no audio: it may be disabled or in use by another application.',
  },
  {
    diagnostic: 'microphoneMuteUnexpectedly',
    device: 'microphone',
    category: 'stopped',
    severity: 'error',
    actions: ['unmute', 'chooseDevice'],
    systemSettings: false,
    meaning: 'The system muted the microphone unexpectedly.',
  },
  {
    diagnostic: 'microphoneNotMuteButSilent',
    device: 'microphone',
    category: 'stopped',
    severity: 'warning',
    actions: ['chooseDevice'],
    systemSettings: false,
    meaning: 'The microphone is not muted but sends silence.',
  },
  {
    diagnostic: 'cameraStartFailed',
    device: 'camera',
    category: 'stopped',
    severity: 'warning',
    actions: ['restartDevice', 'chooseDevice'],
    systemSettings: false,
    meaning: 'The camera failed to start: it may be disabled or in use by another application.',
  },
  {
    diagnostic: 'cameraStartTimedOut',
    device: 'camera',
    category: 'stopped',
    severity: 'warning',
    actions: ['restartDevice', 'chooseDevice'],
    systemSettings: false,
    meaning: 'The camera took too long to start.',
  },
  {
    diagnostic: 'cameraStoppedUnexpectedly',
    device: 'camera',
    category: 'stopped',
    severity: 'warning',
    actions: ['restartDevice', 'chooseDevice'],
    systemSettings: false,
    meaning: 'The camera stopped unexpectedly.',
  },
  {
    diagnostic: 'capturerStartFailed',
    device: 'screen',
    category: 'stopped',
    severity: 'warning',
    actions: ['restartDevice'],
    systemSettings: false,
    meaning: 'Screen sharing failed to start.',
  },
  {
    diagnostic: 'capturerStoppedUnexpectedly',
    device: 'screen',
    category: 'stopped',
    severity: 'warning',
    actions: ['restartDevice'],
    systemSettings: false,
    meaning: 'Screen sharing stopped unexpectedly.',
  },
  {
    diagnostic: 'cameraFreeze',
    device: 'camera',
    category: 'frozen',
    severity: 'warning',
    actions: ['checkNetwork', 'restartDevice'],
    systemSettings: false,
    meaning: 'Your video is frozen for the others in the call (no frames for more than 5 s).',
  },
  {
    diagnostic: 'speakingWhileMicrophoneIsMuted',
    device: 'microphone',
    category: 'muted',
    severity: 'info',
    actions: ['unmute'],
    systemSettings: false,
    meaning: 'You are speaking while your microphone is muted.',
  },
];

const BY_NAME: ReadonlyMap<string, MediaIssueEntry> = new Map(MEDIA_ISSUES.map((entry) => [entry.diagnostic, entry]));

/** The catalog row of a media UFD (undefined for a name the kit does not know). */
export function lookupMediaIssue(diagnostic: string): MediaIssueEntry | undefined {
  return BY_NAME.get(diagnostic);
}

/** Orders two media issues: category first, then the catalog's order, then the earlier one. */
export function compareMediaIssues(a: ActiveMediaIssue, b: ActiveMediaIssue): number {
  return (
    RANK[a.entry.category] - RANK[b.entry.category] ||
    MEDIA_ISSUES.indexOf(a.entry) - MEDIA_ISSUES.indexOf(b.entry) ||
    a.since - b.since
  );
}
