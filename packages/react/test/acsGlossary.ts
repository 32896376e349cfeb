/**
 * The ACS glossary: the terms and register of `@azure/communication-react`'s own string tables, read at test time
 * from the installed devDependency (never copied into the kit), for the 12 concepts the kit's banner shares with the
 * call screen around it (`CONCEPTS`, checked against the call's strings), the 6 of the media family (`MEDIA_CONCEPTS`:
 * microphone, camera, speaker, muted, permission, screen sharing), the quality family's (`QUALITY_CONCEPTS`: quality,
 * the call's "poor quality", video) and the fallback family's (`FALLBACK_CONCEPTS`: "Join by phone", phone, toll,
 * toll-free, the call's "ID", video), each checked against its own tree's strings. Used by
 * `src/localization/acsGlossary.test.ts`; outside `src`, so never published.
 *
 * How a term is taken from ACS, per locale (the same rule for every language, no per-locale data):
 * - `whole`: the term is the whole of one ACS string (a button label such as "Try again", a title such as
 *   "You are offline"), normalised (case, apostrophes, bidi marks, final punctuation, "..." → "…").
 * - `shared`: the term is the stretch of one word (any stretch of characters in Chinese and Japanese) shared by the
 *   most of several ACS strings that all express the concept and by none of the `contrast` strings, which say
 *   something similar without it ("Invalid link" rules out "link" for *copy*); ties go to a whole word, then to the
 *   longest. Japanese particles and Korean case endings around it are dropped.
 *
 * How a kit string is matched against a term (`containsTerm`): after normalising both, and ignoring accents, the kit
 * string must contain the term, or the term's *stem* for languages that inflect it (the accepted forms, derived from
 * the term by the per-locale rule in `stem`: final vowels and case endings for Slavic, Finnish, Romance and Turkish;
 * the article and attached prefixes for Arabic, the feminine ending for Arabic and Hebrew; the initial mutation for
 * Welsh). A term of several words
 * matches word by word, in order, each word by its stem, with at most two other words between them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the installed `@azure/communication-react` (found by walking up to a `node_modules`). */
export function acsPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', '@azure', 'communication-react');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('@azure/communication-react is not installed (it is a devDependency)');
    dir = parent;
  }
}

const TABLES = {
  components: 'dist/dist-esm/react-components/src/localization/locales',
  composites: 'dist/dist-esm/react-composites/src/composites/localization/locales',
} as const;

const cache = new Map<string, Map<string, string>>();

/**
 * Every string of ACS's two tables (components and composites) for a locale, by `components:<path>` or
 * `composites:<path>`.
 */
export function acsStrings(tag: string): Map<string, string> {
  const hit = cache.get(tag);
  if (hit) return hit;
  const out = new Map<string, string>();
  const root = acsPackageDir();
  for (const [table, folder] of Object.entries(TABLES)) {
    const json = JSON.parse(readFileSync(join(root, folder, tag, 'strings.json'), 'utf8')) as unknown;
    const walk = (value: unknown, prefix: string) => {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof child === 'string') out.set(`${table}:${path}`, child);
        else if (child && typeof child === 'object') walk(child, path);
      }
    };
    walk(json, '');
  }
  cache.set(tag, out);
  return out;
}

export const acsVersion = (): string =>
  (JSON.parse(readFileSync(join(acsPackageDir(), 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Lower case, one kind of apostrophe, no bidi marks, "..." as "…", no final punctuation, single spaces, and a label
 * written in parentheses as the label ("(Toll-free)": ACS's dial-in panel puts the kind of number in brackets).
 */
export function normalise(text: string, tag: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/\.\.\./g, '…')
    .toLocaleLowerCase(tag)
    .replace(/\s+/g, ' ')
    .replace(/[\s.。!！?？؟:：;；…]+$/u, '')
    .trim()
    .replace(/^[(（]([^()（）]*)[)）]$/u, '$1')
    .trim();
}

const FINAL_LETTERS: Record<string, string> = { ם: 'מ', ן: 'נ', ץ: 'צ', ף: 'פ', ך: 'כ' };
/** Accents off (and Hebrew final letters as medial ones), for matching only: "conexión"/"conexiones" meet. */
const bare = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[םןץףך]/gu, (c) => FINAL_LETTERS[c] ?? c);

const language = (tag: string): string => tag.split('-')[0] ?? tag;

/** Chinese and Japanese have no spaces between words: a term may be any stretch of characters. */
const unspaced = (tag: string): boolean => ['zh', 'ja'].includes(language(tag));

/** Shortest stretch inside a word that can be a term (two characters are a word in Han, kana and Hangul). */
const minLength = (tag: string): number => (['zh', 'ja', 'ko'].includes(language(tag)) ? 2 : 3);

/** The words of a normalised string (letters and marks; in Chinese and Japanese, runs of non-punctuation). */
function words(text: string, tag: string): string[] {
  return unspaced(tag) ? (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) : (text.match(/[\p{L}\p{M}]+/gu) ?? []);
}

/**
 * Every stretch of one word, of at least `minLength` characters (the candidates for a term); with `short`, also the
 * first two letters of each word (an abbreviation: "id" in "rom-iden").
 */
function stretches(text: string, tag: string, short = false): Set<string> {
  const out = new Set<string>();
  const min = minLength(tag);
  for (const word of words(text, tag)) {
    const chars = [...word];
    if (chars.length >= 2 && (short || chars.length < min)) out.add(chars.slice(0, 2).join(''));
    for (let i = 0; i < chars.length; i++)
      for (let j = i + min; j <= chars.length; j++) out.add(chars.slice(i, j).join(''));
  }
  return out;
}

export type ConceptId =
  | 'call'
  | 'retry'
  | 'network'
  | 'connection'
  | 'ended'
  | 'reconnecting'
  | 'offline'
  | 'poorQuality'
  | 'copy'
  | 'close'
  | 'join'
  | 'id'
  | MediaConceptId
  | QualityConceptId
  | FallbackConceptId;

/** The media family's concepts (issue 23). */
export type MediaConceptId = 'microphone' | 'camera' | 'speaker' | 'muted' | 'permission' | 'screenSharing';

/** The quality family's own concepts (issue 24); it checks the call's "poor quality" too. */
export type QualityConceptId = 'quality' | 'video';

/** The fallback family's own concepts (issue 25); it checks the call's "ID" and the quality family's "video" too. */
export type FallbackConceptId = 'joinByPhone' | 'phone' | 'toll' | 'tollFree';

export interface Concept {
  id: ConceptId;
  /** What the concept is, in English. */
  meaning: string;
  /** The ACS keys whose strings define the term. */
  acs: readonly string[];
  /** `whole`: the term is all of the first ACS string; `shared`: the stretch most of them share. */
  rule: 'whole' | 'shared';
  /** The term may be a two-letter abbreviation ("ID"). */
  short?: boolean;
  /** ACS strings that say something close without the concept: what they contain cannot be the term. */
  contrast?: readonly string[];
  /**
   * The kit keys that express the concept and must use ACS's term: dotted paths in the concept's tree
   * (`CallDiagnosticsStrings` for `CONCEPTS`, `MediaStrings` for `MEDIA_CONCEPTS`, `QualityStrings` for
   * `QUALITY_CONCEPTS`, `FallbackStrings` for `FALLBACK_CONCEPTS`).
   */
  kit: readonly string[];
}

const C = 'composites:call.';

/** The 12 concepts the kit shares with the ACS call screen. */
export const CONCEPTS: readonly Concept[] = [
  {
    id: 'call',
    meaning: 'the call (noun)',
    rule: 'shared',
    acs: [
      `${C}failedToJoinCallDueToNoNetworkTitle`,
      `${C}surveyIssues.overallRating.callEndedUnexpectedly`,
      `${C}rejoinCallButtonLabel`,
      `${C}endCallConfirmDialogTitle`,
      `${C}lobbyScreenConnectingToCallTitle`,
      `${C}leftCallMoreDetails`,
    ],
    contrast: [`${C}returnFromBreakoutRoomBannerButtonLabel`, 'components:videoTile.participantReconnecting'],
    kit: ['banner.endedTitle', 'network.endTitles.unknown', 'network.reconnectFailedTitle', 'details.callId'],
  },
  {
    id: 'retry',
    meaning: 'the retry button ("Try again")',
    rule: 'whole',
    acs: [
      'components:BrowserPermissionDenied.primaryButtonText',
      'components:BrowserPermissionDeniedIOS.primaryButtonText',
    ],
    kit: ['banner.retry'],
  },
  {
    id: 'network',
    meaning: 'the network',
    rule: 'shared',
    acs: [
      'components:errorBar.callNetworkQualityLow',
      'components:notificationStack.callLocalVideoFreeze.title',
      'components:notificationStack.cameraFrozenForRemoteParticipants.message',
      `${C}failedToJoinCallDueToNoNetworkMoreDetails`,
    ],
    contrast: [`${C}failedToJoinCallDueToNoNetworkTitle`, 'components:BrowserPermissionDenied.primaryButtonText'],
    kit: ['banner.checkNetwork', 'banner.endedTitle', 'network.sendQualityPoorTitle'],
  },
  {
    id: 'connection',
    meaning: 'the (network) connection (noun)',
    rule: 'shared',
    acs: [
      'components:notificationStack.callingNetworkFailure.message',
      `${C}failedToJoinCallDueToNoNetworkMoreDetails`,
    ],
    contrast: [
      'components:notificationStack.cameraFrozenForRemoteParticipants.message',
      'components:notificationStack.callMicrophoneAccessDeniedSafari.message',
      'components:UnsupportedBrowserVersion.secondaryText',
      'components:errorBar.callNetworkQualityLow',
      'components:BrowserPermissionDenied.primaryButtonText',
      `${C}rejoinCallButtonLabel`,
    ],
    kit: ['toast.recoveredTitle', 'network.reconnectFailedBody', 'network.noNetworkBody'],
  },
  {
    id: 'ended',
    meaning: 'the call ended (and ending it)',
    rule: 'shared',
    acs: [
      `${C}surveyIssues.overallRating.callEndedUnexpectedly`,
      'components:notificationStack.togetherModeEnded.title',
      `${C}endCallConfirmButtonLabel`,
      `${C}endCallConfirmDialogContent`,
    ],
    contrast: [
      `${C}rejoinCallButtonLabel`,
      `${C}lobbyScreenConnectingToCallTitle`,
      `${C}failedToJoinCallDueToNoNetworkTitle`,
      `${C}leftCallMoreDetails`,
    ],
    kit: ['banner.endedTitle', 'network.endTitles.unknown', 'endCodes.unknown'],
  },
  {
    id: 'reconnecting',
    meaning: 'reconnecting (status)',
    rule: 'whole',
    acs: ['components:videoTile.participantReconnecting'],
    kit: ['network.reconnectingTitle'],
  },
  {
    id: 'offline',
    meaning: 'you are offline',
    rule: 'whole',
    acs: ['components:errorBar.unableToReachChatService'],
    kit: ['network.noNetworkTitle'],
  },
  {
    id: 'poorQuality',
    meaning: 'network quality is low',
    rule: 'whole',
    acs: ['components:errorBar.callNetworkQualityLow', 'components:notificationStack.callNetworkQualityLow.title'],
    kit: ['network.sendQualityPoorTitle'],
  },
  {
    id: 'copy',
    meaning: 'copy (verb) and copied',
    rule: 'shared',
    acs: [
      `${C}copyInviteLinkButtonLabel`,
      `${C}copyInviteLinkButtonActionedLabel`,
      `${C}copyInviteLinkActionedAriaLabel`,
    ],
    contrast: ['components:errorBar.failedToJoinCallInvalidMeetingLink', 'components:errorBar.callNetworkQualityLow'],
    kit: ['banner.copyDetails', 'banner.copied', 'panel.copyAdmin', 'report.copy', 'report.copied'],
  },
  {
    id: 'close',
    meaning: 'the close button of a notification or pane',
    rule: 'whole',
    acs: ['components:errorBar.dismissButtonAriaLabel', `${C}close`],
    kit: ['banner.dismiss', 'panel.close'],
  },
  {
    id: 'join',
    meaning: 'join (the call) again',
    rule: 'shared',
    acs: [
      `${C}rejoinCallButtonLabel`,
      `${C}leftCallMoreDetails`,
      `${C}failedToJoinCallDueToNoNetworkMoreDetails`,
      `${C}lobbyScreenConnectingToCallTitle`,
      'components:BrowserPermissionDeniedIOS.step4Text',
      'components:meetingConferencePhoneInfo.meetingConferencePhoneInfoModalTitle',
      'components:UnsupportedBrowser.secondaryText',
    ],
    contrast: [
      `${C}endCallConfirmDialogTitle`,
      `${C}surveyIssues.overallRating.callEndedUnexpectedly`,
      `${C}failedToJoinCallDueToNoNetworkTitle`,
      'components:BrowserPermissionDenied.primaryButtonText',
    ],
    kit: ['network.reconnectFailedBody'],
  },
  {
    id: 'id',
    meaning: 'ID (identifier)',
    rule: 'shared',
    short: true,
    acs: [
      `${C}roomNotFoundDetails`,
      `${C}participantIdIsMalformedTitle`,
      'components:meetingConferencePhoneInfo.meetingConferencePhoneInfoModalMeetingId',
    ],
    contrast: [
      `${C}endCallConfirmDialogTitle`,
      `${C}callTimeoutDetails`,
      'components:notificationStack.callLocalVideoFreeze.title',
    ],
    kit: ['banner.callId', 'details.callId', 'details.participantId', 'panel.failedCall'],
  },
];

const E = 'components:errorBar.';
const N = 'components:notificationStack.';
const MIC = 'components:microphoneButton.';
const CAM = 'components:cameraButton.';

/**
 * The 6 concepts of the media family (its strings: `src/families/media/strings`), from ACS's ErrorBar and
 * notification messages and its microphone, camera and speaker buttons. Each contrast rules out the words the
 * concept's strings share besides it: the other device ("Choose microphone" against "Choose camera"), "system"
 * and "your" (muted), "page", "settings" and "allow" (permission), "video" and "stop" (screen sharing).
 */
export const MEDIA_CONCEPTS: readonly Concept[] = [
  {
    id: 'microphone',
    meaning: 'the microphone',
    rule: 'shared',
    acs: [
      `${MIC}microphoneMenuTitle`,
      `${MIC}microphoneMenuTooltip`,
      `${MIC}tooltipOnContent`,
      `${E}callMicrophoneAccessDenied`,
      `${E}speakingWhileMuted`,
      `${E}unmuteGeneric`,
    ],
    contrast: [`${CAM}cameraMenuTooltip`, `${E}callCameraAccessDenied`, `${MIC}speakerMenuTooltip`],
    kit: [
      'issues.microphonePermissionDenied.title',
      'issues.noMicrophoneDevicesEnumerated.title',
      'issues.microphoneNotFunctioning.title',
      'actions.chooseMicrophone',
      'remote.microphoneNotWorking',
    ],
  },
  {
    id: 'camera',
    meaning: 'the camera',
    rule: 'shared',
    acs: [
      `${CAM}cameraMenuTitle`,
      `${CAM}cameraMenuTooltip`,
      `${CAM}tooltipOffContent`,
      `${E}callCameraAccessDenied`,
      `${E}callCameraAlreadyInUse`,
      `${E}callMacOsCameraAccessDenied`,
    ],
    contrast: [`${MIC}microphoneMenuTooltip`, `${E}callMicrophoneAccessDenied`, `${MIC}tooltipOffContent`],
    kit: [
      'issues.cameraPermissionDenied.title',
      'issues.cameraStartFailed.title',
      'actions.chooseCamera',
      'remote.cameraFrozen',
    ],
  },
  {
    id: 'speaker',
    meaning: 'the speakers (audio output)',
    rule: 'shared',
    acs: [`${MIC}speakerMenuTitle`, `${MIC}speakerMenuTooltip`, `${E}callNoSpeakerFound`],
    contrast: [`${MIC}microphoneMenuTooltip`, `${E}callNoMicrophoneFound`],
    kit: ['issues.noSpeakerDevicesEnumerated.title', 'actions.chooseSpeaker'],
  },
  {
    id: 'muted',
    meaning: 'muted (you, your microphone)',
    rule: 'shared',
    acs: [
      `${N}speakingWhileMuted.title`,
      `${E}speakingWhileMuted`,
      `${E}callMicrophoneMutedBySystem`,
      `${E}mutedByRemoteParticipant`,
      'components:videoTile.moreOptionsParticipantMutedStateMutedAriaLabel',
      `${C}mutedMessage`,
    ],
    contrast: [
      `${MIC}microphoneMenuTitle`,
      `${E}callNoMicrophoneFound`,
      `${E}callVideoStoppedBySystem`,
      `${E}callVideoRecoveredBySystem`,
      'components:videoGallery.displayNamePlaceholder',
      'components:videoGallery.screenIsBeingSharedMessage',
    ],
    kit: ['muted.title', 'muted.body', 'issues.microphoneMuteUnexpectedly.title', 'remote.mutedBySystem'],
  },
  {
    id: 'permission',
    meaning: 'a (site or system) permission',
    rule: 'shared',
    acs: [
      `${N}callMacOsMicrophoneAccessDenied.message`,
      'components:BrowserPermissionDeniedIOS.imageAltText',
      `${C}permissionToReachTargetParticipantNotAllowedTitle`,
      `${N}callMicrophoneAccessDeniedSafari.message`,
    ],
    contrast: [
      `${MIC}microphoneMenuTitle`,
      `${CAM}cameraMenuTitle`,
      `${N}callMacOsCameraAccessDenied.message`,
      'components:BrowserPermissionDenied.secondaryText',
      'components:verticalGallery.leftNavButtonAriaLabel',
    ],
    kit: ['allow.microphone.firefox', 'allow.camera.firefox'],
  },
  {
    id: 'screenSharing',
    meaning: 'screen sharing',
    rule: 'shared',
    acs: [
      `${E}callMacOsScreenShareAccessDenied`,
      `${E}stopScreenShareGeneric`,
      `${E}startScreenShareGeneric`,
      `${C}surveyIssues.screenshareRating.stoppedUnexpectedly`,
      `${C}surveyIssues.screenshareRating.freezes`,
      `${C}surveyIssues.screenshareRating.lowQuality`,
    ],
    contrast: [
      `${E}callMacOsCameraAccessDenied`,
      `${E}stopVideoGeneric`,
      `${E}startVideoGeneric`,
      `${C}surveyIssues.videoRating.stoppedUnexpectedly`,
      `${C}surveyIssues.videoRating.freezes`,
      `${C}surveyIssues.videoRating.lowQuality`,
    ],
    kit: [
      'issues.screenshareRecordingDisabled.title',
      'issues.capturerStartFailed.title',
      'issues.capturerStoppedUnexpectedly.title',
    ],
  },
];

const MEET = 'components:meetingConferencePhoneInfo.meetingConferencePhoneInfoModal';
const PHONE_LOW = `${N}teamsMeetingCallNetworkQualityLow.`;
const SURVEY = `${C}surveyIssues.`;

/** A concept of the call's strings, checked in another tree's keys too (the same ACS term, other kit keys). */
const alsoIn = (id: ConceptId, kit: readonly string[]): Concept => {
  const concept = CONCEPTS.find((c) => c.id === id);
  if (!concept) throw new Error(`no concept ${id}`);
  return { ...concept, kit };
};

/**
 * Video (what the camera sends), ACS's noun from its start/stop-video errors, its video notifications and survey;
 * checked in the quality and the fallback families. The contrast rules out what its screen-sharing twins and its
 * network warning share ("failed to", "stop", "frozen", "quality", "network").
 */
const video = (kit: readonly string[]): Concept => ({
  id: 'video',
  meaning: 'video (what the camera sends)',
  rule: 'shared',
  acs: [
    `${E}startVideoGeneric`,
    `${E}stopVideoGeneric`,
    `${N}callVideoStoppedBySystem.title`,
    `${N}callVideoRecoveredBySystem.title`,
    `${SURVEY}videoRating.freezes`,
    `${SURVEY}videoRating.lowQuality`,
    `${E}callLocalVideoFreeze`,
  ],
  contrast: [
    `${E}startScreenShareGeneric`,
    `${E}stopScreenShareGeneric`,
    `${SURVEY}screenshareRating.freezes`,
    `${SURVEY}screenshareRating.lowQuality`,
    `${E}callNetworkQualityLow`,
  ],
  kit,
});

/**
 * The 3 concepts of the quality family (issue 24; its strings: `src/families/quality/strings`): ACS's word for quality
 * (its low-network-quality warning and call survey; the contrast rules out "poor", "frozen", "network" and "bandwidth",
 * which its neighbours share), its "Network quality is low" itself (the call's concept, for the reason the kit gives for
 * a Bad network UFD) and video. ACS's words for bandwidth and frozen are used too but not checked: ACS has bandwidth in
 * one message only (the shared-stretch rule then picks its adjective or a compound), and says frozen two ways in
 * ko-KR (동결, 고정).
 */
export const QUALITY_CONCEPTS: readonly Concept[] = [
  {
    id: 'quality',
    meaning: 'quality (of the network, the call, the audio)',
    rule: 'shared',
    acs: [
      `${E}callNetworkQualityLow`,
      `${C}starSurveyHelperText`,
      `${SURVEY}videoRating.lowQuality`,
      `${SURVEY}screenshareRating.lowQuality`,
      `${C}starSurveyTwoStarText`,
      `${C}starSurveyThreeStarText`,
    ],
    contrast: [
      `${E}callLocalVideoFreeze`,
      `${SURVEY}videoRating.freezes`,
      `${SURVEY}screenshareRating.freezes`,
      `${E}callingNetworkFailure`,
    ],
    kit: ['label', 'labelWithReasons', 'announcement', 'figures.title', 'figures.mos', 'reasons.ufd'],
  },
  alsoIn('poorQuality', ['reasons.ufd']),
  video(['reasons.freeze', 'figures.freeze']),
];

/**
 * The 6 concepts of the fallback family (issue 25; its strings: `src/families/fallback/strings`): ACS's "Join by
 * Phone" button (`teamsMeetingCallNetworkQualityLow`), its word for phone (that notification, its Teams meeting dial-in
 * panel and dial pad; the contrast rules out "join", "call", "number" and "enter"), its panel's "(Toll)" and
 * "(Toll-free)" labels (whole, brackets off), ID (the call's concept, for the conference ID) and video. Its camera
 * button's verb for turning off is used too but not checked: the shared-stretch rule finds a prefix ("aus", "des")
 * where the verb's forms differ.
 */
export const FALLBACK_CONCEPTS: readonly Concept[] = [
  {
    id: 'joinByPhone',
    meaning: 'the "Join by phone" button',
    rule: 'whole',
    acs: [`${PHONE_LOW}primaryButtonLabel`],
    kit: ['phone.action', 'phone.title'],
  },
  {
    id: 'phone',
    meaning: 'a phone (to dial in from)',
    rule: 'shared',
    acs: [
      `${PHONE_LOW}message`,
      `${PHONE_LOW}primaryButtonLabel`,
      `${MEET}Title`,
      'components:dialpad.placeholderText',
      `${C}openDialpadButtonLabel`,
    ],
    contrast: [
      `${C}rejoinCallButtonLabel`,
      `${C}lobbyScreenConnectingToCallTitle`,
      `${C}dtmfDialpadPlaceholderText`,
      `${PHONE_LOW}title`,
    ],
    kit: ['phone.action', 'phone.title', 'phone.intro', 'video.phoneBody'],
  },
  {
    id: 'toll',
    meaning: 'a toll (paid) dial-in number',
    rule: 'whole',
    acs: [`${MEET}Toll`],
    kit: ['phone.toll'],
  },
  {
    id: 'tollFree',
    meaning: 'a toll-free dial-in number',
    rule: 'whole',
    acs: [`${MEET}TollFree`],
    kit: ['phone.tollFree'],
  },
  alsoIn('id', ['phone.conferenceId', 'phone.copyConferenceId', 'phone.instructions']),
  video(['video.body', 'video.turnOff', 'video.failed']),
];

/** The term ACS uses for a concept in a locale, or undefined when its strings share none. */
export function acsTerm(concept: Concept, tag: string): string | undefined {
  const table = acsStrings(tag);
  const texts = concept.acs.map((key) => {
    const text = table.get(key);
    if (text === undefined) throw new Error(`ACS ${tag} has no ${key} (did @azure/communication-react change?)`);
    return normalise(text, tag);
  });
  if (concept.rule === 'whole') return texts[0];
  const excluded = new Set<string>();
  for (const key of concept.contrast ?? []) {
    const text = table.get(key);
    if (text !== undefined) for (const s of stretches(normalise(text, tag), tag)) excluded.add(s);
  }
  // Without spaces, a candidate that runs into a contrast word ("接続を確認して", where "確認" is "check") is no term.
  const min = minLength(tag);
  const isExcluded = (s: string): boolean =>
    excluded.has(s) ||
    (unspaced(tag) &&
      [...s].some((_, i, chars) => i + min <= chars.length && excluded.has(chars.slice(i, i + min).join(''))));
  const count = new Map<string, number>();
  for (const text of texts)
    for (const s of stretches(text, tag, concept.short)) if (!isExcluded(s)) count.set(s, (count.get(s) ?? 0) + 1);
  // Shared by the most strings; then a whole word somewhere ("conexión", not "desconect-"); then the longest.
  const whole = new Set(texts.flatMap((text) => words(text, tag)));
  const rank = (s: string, n: number) => [n, whole.has(s) ? 1 : 0, [...s].length];
  let best: string | undefined;
  let bestRank: number[] = [1, 0, 0];
  for (const [s, n] of count) {
    const r = rank(s, n);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (i >= 0 && (r[i] ?? 0) > (bestRank[i] ?? 0)) {
      best = s;
      bestRank = r;
    }
  }
  if (best === undefined) return undefined;
  // A particle is not part of the term: Japanese hiragana around a kanji or katakana word, a Korean case ending.
  if (language(tag) === 'ja') best = best.replace(/^[\p{sc=Hiragana}]+|[\p{sc=Hiragana}]+$/gu, '') || best;
  if (language(tag) === 'ko') {
    const trimmed = best.replace(/(을|를|이|가|은|는|의|에|로|으로|과|와|도)$/u, '');
    if ([...trimmed].length >= 2) best = trimmed;
  }
  return best;
}

/**
 * The stem of one word of a term: what an inflected form of it in a kit string still contains. The rule per
 * language (documented in docs/localization.md): Slavic, Finnish, Romance, Welsh, Turkish drop final vowels (and
 * Finnish a final `s`/double consonant, Turkish a final k/p/t/ç that softens, Welsh the initial consonant that
 * mutates, Slavic the verb stem's -ov-); Arabic drops the article and attached prefixes, Arabic and Hebrew the
 * feminine ending. Never shorter than three
 * characters. Germanic languages and Chinese, Japanese, Korean use the word as it is (a compound or a suffix still
 * contains it).
 */
export function stem(word: string, tag: string): string /* alternatives joined by `|` */ {
  const lang = language(tag);
  let s = bare(word);
  const keep = (next: string) => {
    if ([...next].length >= 3) s = next;
  };
  switch (lang) {
    case 'ru':
      keep(s.replace(/[аеёиоуыэюяьй]+$/u, ''));
      keep(s.replace(/ов$/u, '')); // копирова-ть / скопиру-йте
      break;
    case 'cs':
    case 'pl':
      keep(s.replace(/[aeiouy]+$/u, ''));
      keep(s.replace(/ow$|ov$/u, '')); // kopírova-t / zkopíruj-te
      break;
    case 'fi':
      keep(s.replace(/[aeiouyäö]+$/u, ''));
      keep(s.replace(/s$/u, ''));
      keep(s.replace(/([bcdfghjklmnpqrstv])\1$/u, '$1'));
      break;
    case 'tr':
      // (accents are already off: ü → u, ğ → g, ç → c; the dotless ı stays)
      keep(s.replace(/(ınızı|inizi|unuzu|ınız|iniz|unuz|ları|leri|lar|ler|ını|ini|unu|yı|yi|ı|i|u|a|e)$/u, ''));
      keep(s.replace(/[kptcg]$/u, ''));
      break;
    case 'sv':
    case 'nb':
      keep(s.replace(/(en|et|na|ne|a)$/u, ''));
      break;
    case 'es':
    case 'fr':
    case 'it':
    case 'pt':
      keep(s.replace(/(es|s)$/u, ''));
      keep(s.replace(/[aeiou]+$/u, ''));
      break;
    case 'cy': {
      // Two forms: without the first consonant (it mutates: copïo / gopïo) and without the final vowels (copïwch).
      const unmutated = s.replace(/^(ngh|mh|nh|ng|ch|ph|th|dd|ll|rh|[cptgbdm])/u, '');
      keep(s.replace(/[aeiouwy]+$/u, ''));
      if ([...unmutated].length >= 3 && unmutated !== bare(word)) return `${s}|${unmutated}`;
      break;
    }
    case 'ar':
      keep(s.replace(/^[وفبلك]?ال/u, ''));
      keep(s.replace(/[ةهك]$/u, ''));
      break;
    case 'he':
      // Only the feminine/construct ending: an attached prefix (ה, ב, ל…) is left to substring matching, because the
      // same letters begin words (ש in שיחה).
      keep(s.replace(/[הת]$/u, ''));
      break;
    default:
      break;
  }
  return s;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How ACS spells the ID abbreviation in a locale ("ID", "id", "Id."/"id."), from its ID strings; empty where its term
 * is a word ("идентификатор", "tunnus", "識別碼").
 */
export function acsIdSpellings(tag: string): string[] {
  const concept = CONCEPTS.find((c) => c.id === 'id');
  if (!concept || acsTerm(concept, tag) !== 'id') return [];
  const table = acsStrings(tag);
  const found = new Set<string>();
  for (const key of concept.acs)
    for (const m of (table.get(key) ?? '').matchAll(/(?<!\p{L})(id\.?)(?!\p{L})/giu)) if (m[1]) found.add(m[1]);
  return [...found].sort();
}

/** Whether a kit string uses a term (or an accepted inflected form of it). */
export function containsTerm(kitText: string, term: string, tag: string): boolean {
  const text = bare(normalise(kitText, tag));
  const plain = bare(term);
  if (text.includes(plain)) return true;
  if (unspaced(tag)) return false;
  const stems = words(term, tag).map((w) => `(?:${stem(w, tag).split('|').map(escapeRegExp).join('|')})`);
  if (stems.length === 0) return false;
  const gap = "[\\p{L}\\p{M}]*(?:['\\s-]+[\\p{L}\\p{M}]+){0,2}?['\\s-]+";
  return new RegExp(stems.join(gap), 'u').test(text);
}

export type Register = 'formal' | 'informal';

/**
 * Register markers per locale: the words that show which form of address a string uses. Only the languages where
 * the choice shows in the words and ACS makes it; sv-SE, nb-NO (modern usage is du throughout), en, pt-BR (você
 * throughout), ar-SA and ja-JP (politeness is grammar, not a marker word) have none and are not checked.
 * he-IL: ACS speaks in imperatives ("בדוק", "נסה שוב"); the impersonal "יש ל…" is the other register.
 */
const MARKERS: Record<string, { formal: RegExp; informal: RegExp }> = {
  nl: { formal: /(?<!\p{L})(u|uw)(?!\p{L})/iu, informal: /(?<!\p{L})(je|jij|jou|jouw|jezelf)(?!\p{L})/iu },
  de: {
    formal: /(?<!\p{L})(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)(?!\p{L})/u,
    informal: /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?!\p{L})/iu,
  },
  fr: {
    formal: /(?<!\p{L})(vous|votre|vos)(?!\p{L})/iu,
    informal: /(?<!\p{L})(tu|toi|ton|ta|tes|t['’])(?!\p{L})/iu,
  },
  // Spanish tú imperatives read like the third person ("usa", "envía"), so only words that cannot be third person.
  es: {
    formal:
      /(?<!\p{L})(usted|ustedes|compruebe|inténtelo|únase|asegúrese|acérquese|póngase|cópielo|cópielos|descárguelo|seleccione|envíe|pruebe|revise|utilice)(?!\p{L})/iu,
    informal:
      /(?<!\p{L})([Tt]ú|[Tt]us?|[Tt]e|ti|contigo|[Ee]stás|[Pp]uedes|[Tt]ienes|[Ii]nténtalo|[Úú]nete|unirte|[Aa]segúrate|[Aa]cércate|[Pp]onte|[Cc]ópialos?|[Dd]escárgalo|vuelvas)(?!\p{L})/u, // case-sensitive: "TI" is IT
  },
  it: {
    formal: /(?<!\p{L})(Lei|Suo|Sua|Suoi|Sue|La preghiamo)(?!\p{L})/u,
    informal: /(?<!\p{L})(tu|tuo|tua|tuoi|tue|sei|puoi|ti)(?!\p{L})/iu,
  },
  ru: {
    formal: /(?<!\p{L})(вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|вашими|ваших)(?!\p{L})/iu,
    informal: /(?<!\p{L})(ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоего|твоей|твоему|твоим|твоих)(?!\p{L})/iu,
  },
  cs: {
    formal: /(?<!\p{L})(vy|vás|vám|vámi|váš|vaše|vaši|vašeho|vaší|vašemu|vaším|vašich|jste)(?!\p{L})/iu,
    informal: /(?<!\p{L})(ty|tebe|tě|tobě|ti|tvůj|tvoje|tvoji|tvého|tvé|tvým|tvých|jsi|můžeš)(?!\p{L})/iu,
  },
  pl: {
    formal: /(?<!\p{L})(pan|pani|państwo|państwa|proszę pana|proszę panią)(?!\p{L})/iu,
    informal:
      /(?<!\p{L})(ty|ciebie|cię|tobie|ci|twój|twoja|twoje|twojego|twojej|twoim|twoich|jesteś|możesz)(?!\p{L})/iu,
  },
  fi: {
    formal: /(?<!\p{L})(te|teidän|teitä|teille|olette|voitte)(?!\p{L})/iu,
    informal: /(?<!\p{L})(sinä|sinun|sinua|sinulle|olet|voit)(?!\p{L})/iu,
  },
  tr: {
    formal: /(?<!\p{L})(siz|sizin|size|sizi|sizden)(?!\p{L})/iu,
    informal: /(?<!\p{L})(sen|senin|sana|seni|senden)(?!\p{L})/iu,
  },
  cy: {
    formal: /(?<!\p{L})(chi|eich|rydych|ydych|gwnewch)(?!\p{L})/iu,
    informal: /(?<!\p{L})(ti|dy|rwyt|wyt|gwna)(?!\p{L})/iu,
  },
  ko: {
    formal: /(습니다|십시오|하세요|세요)(?!\p{L})/u,
    informal: /(해요|어요|아요|예요|이에요)(?=[\s.!?]|$)/u,
  },
  'zh-CN': { formal: /您/u, informal: /你/u },
  'zh-TW': { formal: /您/u, informal: /你/u },
  he: {
    formal:
      /(?<!\p{L})(בדוק|נסה|הצטרף|סגור|העתק|הזן|בחר|שלח|פנה|ודא|השתמש|התקרב|אפשר|עבור|לחץ|המתן|הורד|בקש|החלף|הפעל|עדכן)(?!\p{L})/u,
    informal: /(?<!\p{L})יש ל\p{L}/u,
  },
};

/** The register markers for a locale, or undefined where register is not checked by markers. */
export function registerMarkers(tag: string): { formal: RegExp; informal: RegExp } | undefined {
  return MARKERS[tag] ?? MARKERS[language(tag)];
}

/** How many of a set of strings carry each register's markers. */
export function registerCounts(texts: Iterable<string>, tag: string): { formal: number; informal: number } {
  const markers = registerMarkers(tag);
  const out = { formal: 0, informal: 0 };
  if (!markers) return out;
  for (const text of texts) {
    if (markers.formal.test(text)) out.formal++;
    if (markers.informal.test(text)) out.informal++;
  }
  return out;
}

/** The register ACS uses in a locale: the one most of its strings carry (undefined where not checked). */
export function acsRegister(tag: string): Register | undefined {
  if (!registerMarkers(tag)) return undefined;
  const counts = registerCounts(acsStrings(tag).values(), tag);
  if (counts.formal === counts.informal) return undefined;
  return counts.formal > counts.informal ? 'formal' : 'informal';
}
