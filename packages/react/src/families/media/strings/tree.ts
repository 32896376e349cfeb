/**
 * The media family's locale tree, in the family's chunk (`mediaSurfaces.ts`): the banner, the muted notice and the
 * participant badges fetch it when they first have something to say, so a call without a media problem never does.
 */
import { createLocaleTree } from '../../../localization/localeTree.js';
import { type MediaStrings, mediaEnUS } from './en-US.js';
import { MEDIA_LOCALE_LOADERS } from './loaders.js';

export const mediaStrings = createLocaleTree<MediaStrings>('media', mediaEnUS, MEDIA_LOCALE_LOADERS);
