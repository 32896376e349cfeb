import { mergeStrings } from '../../../localization/strings.js';
import { type QualityStrings, qualityEnUS } from './en-US.js';

/**
 * English (United Kingdom): the quality family's strings, en-US with British usage. Only the strings that differ are
 * written here, so a new en-US string is English in en-GB too: the spaced en dash British typography uses where
 * American English uses an em dash. Reviewed by the (English-speaking) team.
 */
export const qualityEnGB: QualityStrings = mergeStrings<QualityStrings>(qualityEnUS, {
  locale: 'en-GB',
  labelWithReasons: 'Network quality: {level} – {reasons}',
});
