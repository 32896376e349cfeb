import { type FallbackStrings, fallbackEnUS } from './en-US.js';

/**
 * The fallback family's strings in the locales ACS ships, one loader per tag (the shape of every locale tree:
 * `LocaleLoaders`, localization/localeTree.ts). Each but en-US is a dynamic `import()`: a page fetches one language.
 */
export const FALLBACK_LOCALE_LOADERS: Record<string, () => Promise<FallbackStrings>> = {
  'en-US': () => Promise.resolve(fallbackEnUS),
};
