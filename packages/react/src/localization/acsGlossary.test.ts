/**
 * Terminology and register aligned with the ACS call screen the banner sits on (issue 16), for the call's strings, the
 * media family's (issue 23), the quality family's (issue 24) and the fallback family's (issue 25).
 *
 * The glossary is read at test time from the installed `@azure/communication-react` string tables
 * (`test/acsGlossary.ts` says how a term is taken and matched); nothing of ACS is copied into the kit. For each of the
 * 24 locales and each of the 24 concepts (12 of the call's strings, 6 of the media family's, 2 more of the quality
 * family's, 4 more of the fallback family's; a concept may be checked in several trees: "poor quality" in the call's
 * and the quality family's, "ID" in the call's and the fallback family's, "video" in both families), every kit string
 * that expresses the concept must use ACS's term, and every string of the four trees must address the user as ACS does
 * (formal or informal), unless the allow-list below says why not.
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
  type Concept,
  type ConceptId,
  containsTerm,
  FALLBACK_CONCEPTS,
  MEDIA_CONCEPTS,
  QUALITY_CONCEPTS,
  registerCounts,
  registerMarkers,
} from '../../test/acsGlossary.js';
import { ACS_LOCALES, flatten } from '../../test/stringTables.js';
import { fallbackEnUS } from '../families/fallback/strings/en-US.js';
import { FALLBACK_LOCALE_LOADERS } from '../families/fallback/strings/loaders.js';
import { mediaEnUS } from '../families/media/strings/en-US.js';
import { MEDIA_LOCALE_LOADERS } from '../families/media/strings/loaders.js';
import { qualityEnUS } from '../families/quality/strings/en-US.js';
import { QUALITY_LOCALE_LOADERS } from '../families/quality/strings/loaders.js';
import { enUS } from './en-US.js';
import { locales } from './locales/index.js';

/** A family's 24 tables, loaded through its loaders (each is a chunk of its own in the kit). */
const loadAll = async (
  loaders: Readonly<Record<string, () => Promise<unknown>>>,
): Promise<Readonly<Record<string, unknown>>> =>
  Object.fromEntries(
    await Promise.all(Object.entries(loaders).map(async ([tag, load]) => [tag, await load()] as const)),
  );

const [mediaLocales, qualityLocales, fallbackLocales] = await Promise.all([
  loadAll(MEDIA_LOCALE_LOADERS),
  loadAll(QUALITY_LOCALE_LOADERS),
  loadAll(FALLBACK_LOCALE_LOADERS),
]);

/** A locale tree the glossary checks: its concepts, its English table and its table per locale. */
interface GlossaryTree {
  readonly name: 'call' | 'media' | 'quality' | 'fallback';
  readonly concepts: readonly Concept[];
  readonly english: unknown;
  readonly table: (tag: string) => unknown;
}

const TREES: readonly GlossaryTree[] = [
  { name: 'call', concepts: CONCEPTS, english: enUS, table: (tag) => locales[tag] },
  { name: 'media', concepts: MEDIA_CONCEPTS, english: mediaEnUS, table: (tag) => mediaLocales[tag] ?? {} },
  { name: 'quality', concepts: QUALITY_CONCEPTS, english: qualityEnUS, table: (tag) => qualityLocales[tag] ?? {} },
  { name: 'fallback', concepts: FALLBACK_CONCEPTS, english: fallbackEnUS, table: (tag) => fallbackLocales[tag] ?? {} },
];

/** Every concept, once (a concept checked in several trees has one ACS term). */
const ALL_CONCEPTS: readonly Concept[] = [
  ...new Map(TREES.flatMap((tree) => tree.concepts).map((c) => [c.id, c] as const)).values(),
];

/** Every string of a locale in every tree, by `<tree>:<dotted path>`. */
function allStrings(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const tree of TREES) for (const [key, text] of flatten(tree.table(tag))) out.set(`${tree.name}:${key}`, text);
  return out;
}

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
      'ACS says "جودة الشبكة مقبولة" ("network quality is acceptable") for its low-quality warning: the opposite of the message. The kit says "جودة الشبكة منخفضة" (low), with ACS\'s word for network quality (in the call\'s strings and the quality family\'s reason for a Bad network UFD).',
  },
  {
    tag: 'zh-TW',
    concept: 'video',
    reason:
      'ACS says 影片 (a video clip) in its start/stop-video errors and 視訊 (video in a call) in its network warning ("您的視訊") and its survey: the majority rule picks 影片 by 4 strings to 3. The kit says 視訊, as the warning it sits next to and the call\'s strings ("接收的音訊和視訊").',
  },
];

/**
 * One term per concept inside each locale: every kit string of every tree whose English uses the concept's word (not
 * only the keys the concept names) uses ACS's term. Only the concepts whose English word is distinctive enough to
 * find that way ("end", "close", "id" are inside other words, and so is "phone" in "microphone"; "try again" moves
 * around in a sentence; "screen" is in "share your screen" too, which is not the noun "screen sharing"), and not
 * "video": the call's strings say "audio and video" as the language says it in one phrase (tr "ses ve görüntü", pl
 * "dźwięk i obraz"), not as ACS names the video of a camera.
 */
const EVERYWHERE: readonly ConceptId[] = [
  'call',
  'network',
  'connection',
  'copy',
  'join',
  'reconnecting',
  'offline',
  'microphone',
  'camera',
  'speaker',
  'muted',
  'permission',
  'quality',
];
/**
 * Not the concept: "the calling service" and "the call servers" are names and may use the language's own compound;
 * "Call {number}" is the verb (ring a number), not the noun.
 */
const NOT_THE_CONCEPT = /call(ing)? (servers?|service)|\bcall \{number\}/i;

/**
 * Whether a key says ACS's whole string for another concept of its tree, and that string does not use this
 * concept's term: the kit follows ACS's button there (fr-FR's "Join by Phone" is "Participer par téléphone", where
 * ACS's word for joining is "rejoindre").
 */
function saysAcsWholeString(tree: GlossaryTree, key: string, term: string, tag: string): boolean {
  return tree.concepts.some(
    (c) => c.rule === 'whole' && c.kit.includes(key) && !containsTerm(acsTerm(c, tag) ?? '', term, tag),
  );
}

/** Kit strings that may carry the other register's marker word, with the reason. */
const REGISTER_ALLOWED: ReadonlyArray<{ tag: string; key: string; reason: string }> = [];

const allowed = (tag: string, concept: ConceptId) => ALLOWED.find((a) => a.tag === tag && a.concept === concept);

/** Per locale, which concepts of every tree agree with ACS (every kit string of the concept uses ACS's term). */
function agreement(tag: string) {
  return TREES.flatMap((tree) => {
    const kit = flatten(tree.table(tag));
    return tree.concepts.map((concept) => {
      const term = acsTerm(concept, tag);
      const misses = concept.kit.filter((key) => term === undefined || !containsTerm(kit.get(key) ?? '', term, tag));
      return { tree: tree.name, concept: concept.id, term, misses, agrees: misses.length === 0 };
    });
  });
}

/** Kit strings (of every tree, by `<tree>:<dotted path>`) in the register ACS does not use in this locale. */
function registerMisses(tag: string) {
  const register = acsRegister(tag);
  const markers = registerMarkers(tag);
  if (!register || !markers) return [];
  const other = register === 'formal' ? markers.informal : markers.formal;
  return [...allStrings(tag)]
    .filter(([key, text]) => other.test(text) && !REGISTER_ALLOWED.some((a) => a.tag === tag && a.key === key))
    .map(([key, text]) => `${key}: ${text}`);
}

describe(`ACS glossary (@azure/communication-react ${acsVersion()})`, () => {
  it('checks 24 concepts: 12 of the call’s strings, 6 of the media family’s, 2 and 4 more of the quality and fallback families’', () => {
    expect(ALL_CONCEPTS).toHaveLength(24);
    expect(TREES.map((tree) => tree.concepts.length)).toEqual([12, 6, 3, 6]);
  });

  it.each(ACS_LOCALES)('%s: ACS has a term for each of the 24 concepts', (tag) => {
    expect(acsStrings(tag).size).toBeGreaterThan(500);
    const missing = ALL_CONCEPTS.filter((concept) => acsTerm(concept, tag) === undefined).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('takes the English terms the kit is written against', () => {
    const terms = Object.fromEntries(ALL_CONCEPTS.map((c) => [c.id, acsTerm(c, 'en-US')]));
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
      microphone: 'microphone',
      camera: 'camera',
      speaker: 'speaker',
      muted: 'muted',
      permission: 'permission',
      screenSharing: 'screen',
      quality: 'quality',
      video: 'video',
      joinByPhone: 'join by phone',
      phone: 'phone',
      toll: 'toll',
      tollFree: 'toll-free',
    });
  });

  it('takes the dial-in terms from ACS’s panel without its brackets, and the phone from its majority', () => {
    // The panel writes the kind of number in brackets ("(Toll-free)"); ko-KR's phone-quality message says "휴대폰"
    // (a mobile phone), its button, panel and dial pad "전화".
    const concept = (id: ConceptId) => FALLBACK_CONCEPTS.find((c) => c.id === id) as Concept;
    expect(acsTerm(concept('toll'), 'de-DE')).toBe('gebührenpflichtig');
    expect(acsTerm(concept('tollFree'), 'ja-JP')).toBe('無料電話番号');
    expect(acsTerm(concept('tollFree'), 'cy-GB')).toBe('di-doll');
    expect(acsTerm(concept('phone'), 'ko-KR')).toBe('전화');
    expect(acsTerm(concept('video'), 'zh-TW')).toBe('影片');
  });

  it('takes the media terms from ACS’s majority, not its odd string out', () => {
    // ko-KR's speaker menu says "발언자" (a person speaking), its other speaker strings "스피커"; zh-TW's "揚聲器" once,
    // "喇叭" twice; fr-FR's microphone is "micro" in most strings and "microphone" in the rest, which contains it.
    const speaker = MEDIA_CONCEPTS.find((c) => c.id === 'speaker') as Concept;
    const microphone = MEDIA_CONCEPTS.find((c) => c.id === 'microphone') as Concept;
    expect(acsTerm(speaker, 'ko-KR')).toBe('스피커');
    expect(acsTerm(speaker, 'zh-TW')).toBe('喇叭');
    expect(acsTerm(microphone, 'fr-FR')).toBe('micro');
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
    expect(containsTerm('Zvolte jinou kameru', 'kame', 'cs-CZ')).toBe(true);
    expect(containsTerm('Engellenen mikrofon iznini kaldırın', 'izni', 'tr-TR')).toBe(true);
    expect(containsTerm('Mikrofonen är avstängd', 'stängt', 'sv-SE')).toBe(false);
  });
});

describe.each(ACS_LOCALES)('%s speaks like the ACS call screen', (tag) => {
  it('uses ACS’s term for each concept (or the allow-list says why not)', () => {
    const misses = agreement(tag)
      .filter((a) => !a.agrees && !allowed(tag, a.concept))
      .map((a) => `${a.tree}: ${a.concept} (ACS: "${a.term}"): ${a.misses.join(', ')}`);
    expect(misses).toEqual([]);
  });

  it('uses one term per concept: every string of every tree whose English has the word, not only the concept’s keys', () => {
    const misses: string[] = [];
    const concepts = ALL_CONCEPTS.filter((c) => EVERYWHERE.includes(c.id) && !allowed(tag, c.id));
    for (const tree of TREES) {
      const kit = flatten(tree.table(tag));
      for (const concept of concepts) {
        const enTerm = acsTerm(concept, 'en-US') ?? '';
        const term = acsTerm(concept, tag) ?? '';
        for (const [key, text] of flatten(tree.english)) {
          if (key === 'locale' || NOT_THE_CONCEPT.test(text) || !containsTerm(text, enTerm, 'en-US')) continue;
          if (saysAcsWholeString(tree, key, term, tag)) continue;
          if (!containsTerm(kit.get(key) ?? '', term, tag))
            misses.push(`${concept.id} (ACS: "${term}"): ${tree.name}:${key}: ${kit.get(key)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('agrees on at least 23 of the 24 concepts in every tree (11 of the call’s 12), and the allow-list has no stale entry', () => {
    const result = agreement(tag);
    const excused = result.filter((a) => !a.agrees && allowed(tag, a.concept));
    expect(result.filter((a) => a.agrees).length + excused.length).toBe(result.length);
    // A concept checked in several trees counts once: it misses if it misses in any of them.
    const missed = new Set(result.filter((a) => !a.agrees).map((a) => a.concept));
    expect(ALL_CONCEPTS.length - missed.size).toBeGreaterThanOrEqual(ALL_CONCEPTS.length - 1);
    expect(result.filter((a) => a.tree === 'call' && a.agrees).length).toBeGreaterThanOrEqual(11);
    const stale = ALLOWED.filter((a) => a.tag === tag && !missed.has(a.concept));
    expect(stale).toEqual([]);
  });

  it('spells the ID abbreviation as ACS does ("ID", "id", "Id."), in the call’s strings and the fallback family’s', () => {
    const spellings = acsIdSpellings(tag);
    const wrong = TREES.flatMap((tree) => {
      const kit = flatten(tree.table(tag));
      const keys = tree.concepts.find((c) => c.id === 'id')?.kit ?? [];
      return spellings.length
        ? keys
            .filter((key) => !spellings.some((s) => (kit.get(key) ?? '').includes(s)))
            .map((key) => `${tree.name}:${key}: ${kit.get(key)}`)
        : [];
    });
    expect(wrong, `ACS writes ${spellings.join(' / ')}`).toEqual([]);
  });

  it('addresses the user in ACS’s register, in the strings of every tree', () => {
    expect(registerMisses(tag)).toEqual([]);
  });
});

describe('agreement report', () => {
  it('prints the glossary and the agreement per locale (GLOSSARY_REPORT=1)', () => {
    const rows = ACS_LOCALES.map((tag) => {
      const result = agreement(tag);
      const register = acsRegister(tag);
      const kitCounts = registerCounts(allStrings(tag).values(), tag);
      const agreedIn = (tree: GlossaryTree['name']) => result.filter((a) => a.tree === tree && a.agrees).length;
      return {
        tag,
        agreed: TREES.map((tree) => `${agreedIn(tree.name)}/${tree.concepts.length} ${tree.name}`).join(', '),
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
          `${row.tag.padEnd(6)} ${row.agreed}  register ${row.register}  ${row.differs ? `differs: ${row.differs}` : ''}\n        ${row.terms}`,
        );
    }
  });
});
