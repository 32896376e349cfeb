/** The quality family's locale tree (en-US and a loader per locale), with the indicator's code. */
import { createLocaleTree } from '../../../localization/localeTree.js';
import { type QualityStrings, qualityEnUS } from './en-US.js';
import { QUALITY_LOCALE_LOADERS } from './loaders.js';

export const qualityStrings = createLocaleTree<QualityStrings>('quality', qualityEnUS, QUALITY_LOCALE_LOADERS);
