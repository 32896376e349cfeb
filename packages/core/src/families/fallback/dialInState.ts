/**
 * The store's checks of dial-in details (in the first load with the reducer: kept apart from the normalizers, which
 * only the sources and the surfaces' chunks need).
 */
import type { DialInInfo } from './dialIn.js';

/** A {@link DialInInfo} as the store takes it (a hand-dispatched event may carry anything). */
export function isDialInInfo(value: unknown): value is DialInInfo {
  const d = value as DialInInfo | undefined;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.conferenceId === 'string' &&
    /^\d+$/.test(d.conferenceId) &&
    Array.isArray(d.numbers) &&
    d.numbers.length > 0 &&
    d.numbers.every((n) => !!n && typeof n.display === 'string' && typeof n.dial === 'string' && /\d/.test(n.dial))
  );
}

/** The same conference and numbers (a second read of the same details changes nothing). */
export function sameDialIn(a: DialInInfo | undefined, b: DialInInfo): boolean {
  return (
    !!a &&
    a.conferenceId === b.conferenceId &&
    a.numbers.length === b.numbers.length &&
    a.numbers.every((n, i) => n.dial === b.numbers[i]?.dial && n.display === b.numbers[i]?.display)
  );
}
