import { describeLocaleTree } from '../../../test/localeTreeSuite.js';
import { readinessEnUS } from './en-US.js';
import { READINESS_LOCALE_LOADERS } from './locales.js';

/**
 * Strings a translation may leave exactly as en-US writes them, per locale, each with its reason. Everything else that
 * is prose (see `isProse`: `listSeparator`, `locale` and placeholder-only strings are not) must differ from English.
 * The English locales are not checked: en-GB is en-US with British spelling, so most of it is rightly identical.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // "Browser" is the German, Dutch and Italian word (ACS's own strings: "Browser wird nicht unterstützt",
  // "Browser wordt niet ondersteund", "Browser non supportato").
  'de-DE': { 'checks.environment': 'German word, as in ACS' },
  'nl-NL': { 'checks.environment': 'Dutch word, as in ACS' },
  'it-IT': { 'checks.environment': 'Italian word, as in ACS' },
};

describeLocaleTree({
  name: 'readiness',
  enUS: readinessEnUS,
  loaders: READINESS_LOCALE_LOADERS,
  sameAsEnglish: SAME_AS_ENGLISH,
});
