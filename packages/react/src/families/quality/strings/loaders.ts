import { type QualityStrings, qualityEnUS } from './en-US.js';

/**
 * The quality family's strings in the locales ACS ships, one loader per tag (the shape of every locale tree:
 * `LocaleLoaders`, localization/localeTree.ts). Each but en-US is a dynamic `import()`: a page fetches one language.
 */
export const QUALITY_LOCALE_LOADERS: Record<string, () => Promise<QualityStrings>> = {
  'en-US': () => Promise.resolve(qualityEnUS),
};
