/**
 * Terminology and register aligned with the ACS call screen the banner sits on (issue 16).
 *
 * The glossary is read at test time from the installed `@azure/communication-react` string tables
 * (`test/acsGlossary.ts` says how a term is taken and matched); nothing of ACS is copied into the kit. For each of the
 * 24 locales and each of the 12 concepts, every kit string that expresses the concept must use ACS's term, and the
 * kit must address the user as ACS does (formal or informal), unless the allow-list below says why not.
 *
 * `GLOSSARY_REPORT=1 pnpm exec vitest run --project react-jsdom packages/react/src/localization/acsGlossary` prints
 * the glossary and how many concepts agree per locale.
 */
import { describe, expect, it } from 'vitest';
import {
  acsIdSpellings,
  acsRegister,
  acsStrings,
  acsTerm,
  acsVersion,
  CONCEPTS,
  type ConceptId,
  containsTerm,
  registerCounts,
  registerMarkers,
} from '../../test/acsGlossary.js';
import { ACS_LOCALES, flatten } from '../../test/stringTables.js';
import { enUS } from './en-US.js';
import { locales } from './locales/index.js';

/**
 * Where the kit deliberately does not use ACS's term: ACS's own string is wrong for the message, or cannot be said in
 * the kit's sentence. Each entry is one locale and concept, with the reason. Keep it short; the test fails on an
 * entry that is no longer needed.
 */
export const ALLOWED: ReadonlyArray<{ tag: string; concept: ConceptId; reason: string }> = [
  {
    tag: 'ar-SA',
    concept: 'poorQuality',
    reason:
      'ACS says "جودة الشبكة مقبولة" ("network quality is acceptable") for its low-quality warning: the opposite of the message. The kit says "جودة الشبكة منخفضة" (low), with ACS\'s word for network quality.',
  },
];

/**
 * One term per concept inside each locale: every kit string whose English uses the concept's word (not only the keys
 * the concept names) uses ACS's term. Only the concepts whose English word is distinctive enough to find that way
 * ("end", "close", "id" are inside other words; "try again" moves around in a sentence).
 */
const EVERYWHERE: readonly ConceptId[] = ['call', 'network', 'connection', 'copy', 'join', 'reconnecting', 'offline'];
/** Names, not the concept: "the calling service" and "the call servers" may use the language's own compound. */
const NOT_THE_CONCEPT = /call(ing)? (servers?|service)/i;

/** Kit strings that may carry the other register's marker word, with the reason. */
const REGISTER_ALLOWED: ReadonlyArray<{ tag: string; key: string; reason: string }> = [];

const allowed = (tag: string, concept: ConceptId) => ALLOWED.find((a) => a.tag === tag && a.concept === concept);

/** Per locale, which concepts agree with ACS (every kit string of the concept uses ACS's term). */
function agreement(tag: string) {
  const kit = flatten(locales[tag]);
  return CONCEPTS.map((concept) => {
    const term = acsTerm(concept, tag);
    const misses = concept.kit.filter((key) => term === undefined || !containsTerm(kit.get(key) ?? '', term, tag));
    return { concept: concept.id, term, misses, agrees: misses.length === 0 };
  });
}

/** Kit strings in the register ACS does not use in this locale. */
function registerMisses(tag: string) {
  const register = acsRegister(tag);
  const markers = registerMarkers(tag);
  if (!register || !markers) return [];
  const other = register === 'formal' ? markers.informal : markers.formal;
  return [...flatten(locales[tag])]
    .filter(([key, text]) => other.test(text) && !REGISTER_ALLOWED.some((a) => a.tag === tag && a.key === key))
    .map(([key, text]) => `${key}: ${text}`);
}

describe(`ACS glossary (@azure/communication-react ${acsVersion()})`, () => {
  it.each(ACS_LOCALES)('%s: ACS has a term for each of the 12 concepts', (tag) => {
    expect(acsStrings(tag).size).toBeGreaterThan(500);
    const missing = CONCEPTS.filter((concept) => acsTerm(concept, tag) === undefined).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('takes the English terms the kit is written against', () => {
    const terms = Object.fromEntries(CONCEPTS.map((c) => [c.id, acsTerm(c, 'en-US')]));
    expect(terms).toMatchObject({
      call: 'call',
      retry: 'try again',
      network: 'network',
      connection: 'connection',
      reconnecting: 'reconnecting',
      offline: 'you are offline',
      poorQuality: 'network quality is low',
      close: 'close',
      join: 'join',
      id: 'id',
    });
  });

  it('matches inflected forms, and only those', () => {
    expect(containsTerm('Звонок завершился из-за проблемы с сетью', 'сети', 'ru-RU')).toBe(true);
    expect(containsTerm('Проверьте подключение', 'подключение', 'ru-RU')).toBe(true);
    expect(containsTerm('Повторите попытку', 'повторить попытку', 'ru-RU')).toBe(true);
    expect(containsTerm('Nie udało się nawiązać połączenia', 'połączenie', 'pl-PL')).toBe(true);
    expect(containsTerm('Ponów', 'spróbuj ponownie', 'pl-PL')).toBe(false);
    expect(containsTerm('Tarkista verkkoyhteytesi', 'yhteys', 'fi-FI')).toBe(true);
    expect(containsTerm('Bağlantı yeniden kuruldu', 'bağlantınızı', 'tr-TR')).toBe(true);
    expect(containsTerm('Hors ligne', 'vous êtes hors connexion', 'fr-CA')).toBe(false);
    expect(containsTerm('La conexión se restableció', 'conexión', 'es-ES')).toBe(true);
    expect(containsTerm('אין חיבור לרשת', 'רשת', 'he-IL')).toBe(true);
    expect(containsTerm('离线', '你已脱机', 'zh-CN')).toBe(false);
  });
});

describe.each(ACS_LOCALES)('%s speaks like the ACS call screen', (tag) => {
  it('uses ACS’s term for each concept (or the allow-list says why not)', () => {
    const misses = agreement(tag)
      .filter((a) => !a.agrees && !allowed(tag, a.concept))
      .map((a) => `${a.concept} (ACS: "${a.term}"): ${a.misses.join(', ')}`);
    expect(misses).toEqual([]);
  });

  it('uses one term per concept: every string whose English has the word, not only the concept’s keys', () => {
    const english = flatten(enUS);
    const kit = flatten(locales[tag]);
    const misses: string[] = [];
    for (const concept of CONCEPTS.filter((c) => EVERYWHERE.includes(c.id) && !allowed(tag, c.id))) {
      const enTerm = acsTerm(concept, 'en-US') ?? '';
      const term = acsTerm(concept, tag) ?? '';
      for (const [key, text] of english) {
        if (key === 'locale' || NOT_THE_CONCEPT.test(text) || !containsTerm(text, enTerm, 'en-US')) continue;
        if (!containsTerm(kit.get(key) ?? '', term, tag))
          misses.push(`${concept.id} (ACS: "${term}"): ${key}: ${kit.get(key)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('agrees on at least 11 of the 12 concepts, and the allow-list has no stale entry', () => {
    const result = agreement(tag);
    const agreed = result.filter((a) => a.agrees).length;
    const excused = result.filter((a) => !a.agrees && allowed(tag, a.concept)).length;
    expect(agreed + excused).toBe(CONCEPTS.length);
    expect(agreed).toBeGreaterThanOrEqual(11);
    const stale = ALLOWED.filter((a) => a.tag === tag && result.find((r) => r.concept === a.concept)?.agrees);
    expect(stale).toEqual([]);
  });

  it('spells the ID abbreviation as ACS does ("ID", "id", "Id.")', () => {
    const spellings = acsIdSpellings(tag);
    const kit = flatten(locales[tag]);
    const keys = CONCEPTS.find((c) => c.id === 'id')?.kit ?? [];
    const wrong = spellings.length
      ? keys
          .filter((key) => !spellings.some((s) => (kit.get(key) ?? '').includes(s)))
          .map((key) => `${key}: ${kit.get(key)}`)
      : [];
    expect(wrong, `ACS writes ${spellings.join(' / ')}`).toEqual([]);
  });

  it('addresses the user in ACS’s register', () => {
    expect(registerMisses(tag)).toEqual([]);
  });
});

describe('agreement report', () => {
  it('prints the glossary and the agreement per locale (GLOSSARY_REPORT=1)', () => {
    const rows = ACS_LOCALES.map((tag) => {
      const result = agreement(tag);
      const register = acsRegister(tag);
      const kitCounts = registerCounts(flatten(locales[tag]).values(), tag);
      return {
        tag,
        agreed: result.filter((a) => a.agrees).length,
        differs: result
          .filter((a) => !a.agrees)
          .map((a) => `${a.concept}${allowed(tag, a.concept) ? ' (allowed)' : ''} [${a.misses.join(', ')}]`)
          .join(' '),
        register: register ? `${register} (kit: ${kitCounts.formal} formal / ${kitCounts.informal} informal)` : '—',
        terms: result.map((a) => `${a.concept}=${a.term}`).join(' | '),
      };
    });
    expect(rows).toHaveLength(24);
    if (process.env.GLOSSARY_REPORT) {
      for (const row of rows)
        console.log(
          `${row.tag.padEnd(6)} ${String(row.agreed).padStart(2)}/12  register ${row.register}  ${row.differs ? `differs: ${row.differs}` : ''}\n        ${row.terms}`,
        );
    }
  });
});
