/** The quality family's locale tree: a chunk of its own, fetched when one of its surfaces first has something to say. */
import { createLocaleTree } from '../../../localization/localeTree.js';
import { type QualityStrings, qualityEnUS } from './en-US.js';
import { QUALITY_LOCALE_LOADERS } from './loaders.js';

export const qualityStrings = createLocaleTree<QualityStrings>('quality', qualityEnUS, QUALITY_LOCALE_LOADERS);
