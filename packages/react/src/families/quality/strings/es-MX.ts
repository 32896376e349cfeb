import { mergeStrings } from '../../../localization/strings.js';
import type { QualityStrings } from './en-US.js';
import { qualityEsES } from './es-ES.js';

/**
 * Spanish (Mexico): the quality family's strings, es-ES with Latin American usage ("video", as ACS's es-MX says in
 * most strings; "Regular" for a fair level). Only the strings that differ are written here: nothing in this table
 * addresses the user, so the register (ACS's es-MX says "tú") changes no string. Machine-written: wants a native
 * speaker's review (docs/localization.md).
 */
export const qualityEsMX: QualityStrings = mergeStrings<QualityStrings>(qualityEsES, {
  locale: 'es-MX',
  levels: {
    fair: 'Regular',
  },
  reasons: {
    freeze: 'video congelado',
  },
  figures: {
    freeze: 'Video congelado: {value}\u00a0ms',
  },
});
