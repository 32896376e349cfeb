import type { DialInInfo } from '@call-diagnostics/core';
import { formatString } from '../../localization/strings.js';
import type { FallbackStrings } from './strings/en-US.js';

type DialInNumber = DialInInfo['numbers'][number];

/** A conference ID to read aloud or type: digits in groups of three (`123 456 789`). */
export function readableConferenceId(conferenceId: string): string {
  return conferenceId.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "Call +1 206 555 0100, then enter the conference ID 123 456 789 followed by #." */
export function dialInInstructions(strings: FallbackStrings, dialIn: DialInInfo): string {
  const [first] = dialIn.numbers;
  return formatString(strings.phone.instructions, {
    number: first?.display ?? '',
    conferenceId: readableConferenceId(dialIn.conferenceId),
  });
}

/** "+1 206 555 0100 (Toll, Seattle, United States)". */
export function numberLine(strings: FallbackStrings, number: DialInNumber): string {
  const kind = number.tollFree ? strings.phone.tollFree : strings.phone.toll;
  const place = [number.city, number.country].filter(Boolean).join(', ');
  return place
    ? formatString(strings.phone.numberLinePlace, { number: number.display, kind, place })
    : formatString(strings.phone.numberLine, { number: number.display, kind });
}
