import { mergeStrings } from '../../../localization/strings.js';
import { type FallbackStrings, fallbackEnUS } from './en-US.js';

/**
 * English (United Kingdom): the fallback family's strings, en-US with British spelling. Only the strings that differ
 * are written here, so a new en-US string is English in en-GB too. Today none differs ("Toll-free" is ACS's en-GB
 * word too). Reviewed by the (English-speaking) team.
 */
export const fallbackEnGB: FallbackStrings = mergeStrings<FallbackStrings>(fallbackEnUS, {
  locale: 'en-GB',
});
