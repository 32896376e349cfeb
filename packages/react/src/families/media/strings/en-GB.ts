import { mergeStrings } from '../../../localization/strings.js';
import { type MediaStrings, mediaEnUS } from './en-US.js';

/**
 * English (United Kingdom): the media family's strings, en-US with British spelling. Only the strings that differ are
 * written here, so a new en-US string is English in en-GB too. Today none differs (the en-US table has no word that
 * British English spells otherwise; macOS and the browsers name their settings alike in both). Reviewed by the
 * (English-speaking) team.
 */
export const mediaEnGB: MediaStrings = mergeStrings<MediaStrings>(mediaEnUS, {
  locale: 'en-GB',
});
