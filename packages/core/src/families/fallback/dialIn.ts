/**
 * Another way into the meeting when the network blocks the call: dial-in details, from the app (the shape of
 * Microsoft Graph's `onlineMeeting.audioConferencing`, which it can fetch before the call) or from the SDK for a Teams
 * meeting (`TeamsMeetingAudioConferencingDetails`, readable only once the call is connected), normalized to one shape,
 * and the `tel:` link a phone dials: the number's digits, two pauses, the conference ID and `#`.
 */

/**
 * Dial-in details as the app knows them: Microsoft Graph's `onlineMeeting.audioConferencing`.
 *
 * @public
 */
export interface DialInDetails {
  /** The conference ID a caller types after dialling (`123456789`). */
  readonly conferenceId: string;
  /** Toll numbers (`+1 206 555 0100`). */
  readonly tollNumbers?: readonly string[] | undefined;
  /** Toll-free numbers. */
  readonly tollFreeNumbers?: readonly string[] | undefined;
  /** The page listing every local number. */
  readonly dialinUrl?: string | undefined;
}

/**
 * Dial-in details, normalized: what the banner and the panel offer.
 *
 * @public
 */
export interface DialInInfo {
  /** The conference ID, digits only. */
  readonly conferenceId: string;
  /** Every number, toll numbers first. */
  readonly numbers: readonly {
    /** The number as given, for people to read (`+1 206 555 0100`). */
    readonly display: string;
    /** Its digits with a leading `+` when it had one (`+12065550100`), for the `tel:` link. */
    readonly dial: string;
    /** Toll-free or not. */
    readonly tollFree: boolean;
    /** The country, when the SDK named it. */
    readonly country?: string | undefined;
    /** The city, when the SDK named it. */
    readonly city?: string | undefined;
  }[];
  /** The page listing every local number, when known (an `https:` URL only). */
  readonly dialinUrl?: string | undefined;
  /** Where the details came from. */
  readonly source: 'app' | 'teams';
}

/**
 * One number of {@link DialInInfo}.
 *
 * @public
 */
export type DialInNumber = DialInInfo['numbers'][number];

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

/** `+1 (206) 555-0100` (trimmed) → `+12065550100`; undefined without a digit. */
function dialable(number: string): string | undefined {
  const digits = number.replace(/\D/g, '');
  if (!digits) return undefined;
  return number.startsWith('+') ? `+${digits}` : digits;
}

function numberOf(
  display: unknown,
  tollFree: boolean,
  place: { country?: unknown; city?: unknown } = {},
): DialInNumber | undefined {
  const shown = text(display);
  const dial = shown && dialable(shown);
  if (!shown || !dial) return undefined;
  const country = text(place.country);
  const city = text(place.city);
  return { display: shown, dial, tollFree, ...(country ? { country } : {}), ...(city ? { city } : {}) };
}

const https = (url: unknown): string | undefined => {
  const value = text(url);
  return value && /^https:\/\/[^\s]+$/i.test(value) ? value : undefined;
};

/**
 * The app's details, checked: `{ info }`, or `{ problem }` saying what is wrong (no conference ID, no number with a
 * digit) for a development message. A number without a digit is left out.
 */
export function normalizeDialIn(input: unknown): { readonly info?: DialInInfo; readonly problem?: string } {
  if (!input || typeof input !== 'object') return { problem: 'dialIn must be an object with a conferenceId' };
  const d = input as Partial<Record<keyof DialInDetails, unknown>>;
  const conferenceId = text(d.conferenceId)?.replace(/\D/g, '');
  if (!conferenceId) return { problem: 'dialIn.conferenceId is missing or has no digit' };
  const list = (value: unknown, tollFree: boolean): DialInNumber[] =>
    Array.isArray(value) ? value.map((n) => numberOf(n, tollFree)).filter((n) => n !== undefined) : [];
  const numbers = [...list(d.tollNumbers, false), ...list(d.tollFreeNumbers, true)];
  if (numbers.length === 0) return { problem: 'dialIn has no toll or toll-free number with a digit' };
  const dialinUrl = https(d.dialinUrl);
  return { info: { conferenceId, numbers, ...(dialinUrl ? { dialinUrl } : {}), source: 'app' } };
}

/** The SDK's `TeamsMeetingAudioConferencingDetails`, normalized; undefined when it holds no usable number. */
export function dialInFromTeams(details: unknown): DialInInfo | undefined {
  // A primitive has neither property, so only null and undefined need turning away.
  if (!details) return undefined;
  const d = details as { phoneConferenceId?: unknown; phoneNumbers?: unknown };
  const conferenceId = text(d.phoneConferenceId)?.replace(/\D/g, '');
  if (!conferenceId || !Array.isArray(d.phoneNumbers)) return undefined;
  const numbers: DialInNumber[] = [];
  for (const entry of d.phoneNumbers as Record<string, unknown>[]) {
    const place = { country: entry?.countryName, city: entry?.cityName };
    const toll = numberOf((entry?.tollPhoneNumber as { phoneNumber?: unknown } | undefined)?.phoneNumber, false, place);
    const free = numberOf(
      (entry?.tollFreePhoneNumber as { phoneNumber?: unknown } | undefined)?.phoneNumber,
      true,
      place,
    );
    if (toll) numbers.push(toll);
    if (free) numbers.push(free);
  }
  numbers.sort((a, b) => Number(a.tollFree) - Number(b.tollFree));
  return numbers.length > 0 ? { conferenceId, numbers, source: 'teams' } : undefined;
}

/**
 * The `tel:` link that dials a number and enters the conference ID: `tel:+12065550100,,123456789%23` (two pauses,
 * then the ID and `#`, percent-encoded as RFC 3966 wants).
 *
 * @public
 */
export function dialInLink(number: Pick<DialInNumber, 'dial'>, conferenceId: string): string {
  return `tel:${number.dial},,${conferenceId.replace(/\D/g, '')}%23`;
}

/**
 * The UI library's `ConferencePhoneInfo[]` (`state.call.meetingConference.conferencePhones` of a `CallAdapter` or a
 * `StatefulCallClient`, which read the SDK's Teams details themselves), normalized; undefined without a usable number.
 */
export function dialInFromConferencePhones(phones: unknown): DialInInfo | undefined {
  if (!Array.isArray(phones)) return undefined;
  const numbers: DialInNumber[] = [];
  let conferenceId: string | undefined;
  for (const phone of phones as Record<string, unknown>[]) {
    const id = text(phone?.conferenceId)?.replace(/\D/g, '');
    const number = id && numberOf(phone.phoneNumber, phone.isTollFree === true, phone);
    if (!id || !number || (conferenceId !== undefined && id !== conferenceId)) continue;
    conferenceId = id;
    numbers.push(number);
  }
  numbers.sort((a, b) => Number(a.tollFree) - Number(b.tollFree));
  // The ID is set only with a number.
  return conferenceId ? { conferenceId, numbers, source: 'teams' } : undefined;
}
