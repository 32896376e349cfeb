import { type MediaStrings, mediaEnUS } from './en-US.js';

/**
 * The media family's strings in the locales ACS ships, one loader per tag (the shape of every locale tree:
 * `LocaleLoaders`, localization/localeTree.ts). Each but en-US is a dynamic `import()`: a page fetches one language.
 */
export const MEDIA_LOCALE_LOADERS: Record<string, () => Promise<MediaStrings>> = {
  'en-US': () => Promise.resolve(mediaEnUS),
};
