/** The readiness check's locale tree: the one tree shape (`createLocaleTree`), its chunk fetched with the check. */
import { createLocaleTree } from '../localeTree.js';
import { type ReadinessStrings, readinessEnUS } from './en-US.js';
import { READINESS_LOCALE_LOADERS } from './locales.js';

export const readinessStrings = createLocaleTree<ReadinessStrings>(
  'readiness',
  readinessEnUS,
  READINESS_LOCALE_LOADERS,
);
