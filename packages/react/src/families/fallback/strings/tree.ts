/** The fallback family's locale tree: a chunk of its own, fetched when one of its surfaces first has something to say. */
import { createLocaleTree } from '../../../localization/localeTree.js';
import { type FallbackStrings, fallbackEnUS } from './en-US.js';
import { FALLBACK_LOCALE_LOADERS } from './loaders.js';

export const fallbackStrings = createLocaleTree<FallbackStrings>('fallback', fallbackEnUS, FALLBACK_LOCALE_LOADERS);
