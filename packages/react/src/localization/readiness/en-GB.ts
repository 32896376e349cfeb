import { mergeStrings } from '../strings.js';
import { type ReadinessStrings, readinessEnUS } from './en-US.js';

/**
 * English (United Kingdom) strings of the readiness check: en-US with British spelling. Only the strings that differ
 * are written here, so a new en-US string is English in en-GB too. Today none differs: the en-US table already writes
 * "cancelled" and "set-up". Reviewed by the (English-speaking) team.
 */
export const readinessEnGB: ReadinessStrings = mergeStrings<ReadinessStrings>(readinessEnUS, {
  locale: 'en-GB',
});
