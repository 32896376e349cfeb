/**
 * The 24 locales ACS ships, one module each. Import one (`import { deDE } from '@call-diagnostics/react'`) and only
 * that one is bundled. A tag alone (`<CallDiagnosticsProvider locale="de">`) loads its locale on demand
 * (locales/loaders.ts); import `locales` only to bundle them all (`locale="de" locales={locales}`: no loading).
 */

import { type CallDiagnosticsStrings, enUS } from '../en-US.js';
import type { LocaleMap } from '../resolveLocale.js';
import { arSA as arSATable } from './ar-SA.js';
import { csCZ as csCZTable } from './cs-CZ.js';
import { cyGB as cyGBTable } from './cy-GB.js';
import { deDE as deDETable } from './de-DE.js';
import { enGB as enGBTable } from './en-GB.js';
import { esES as esESTable } from './es-ES.js';
import { esMX as esMXTable } from './es-MX.js';
import { fiFI as fiFITable } from './fi-FI.js';
import { frCA as frCATable } from './fr-CA.js';
import { frFR as frFRTable } from './fr-FR.js';
import { heIL as heILTable } from './he-IL.js';
import { itIT as itITTable } from './it-IT.js';
import { jaJP as jaJPTable } from './ja-JP.js';
import { koKR as koKRTable } from './ko-KR.js';
import { nbNO as nbNOTable } from './nb-NO.js';
import { nlNL as nlNLTable } from './nl-NL.js';
import { plPL as plPLTable } from './pl-PL.js';
import { ptBR as ptBRTable } from './pt-BR.js';
import { ruRU as ruRUTable } from './ru-RU.js';
import { svSE as svSETable } from './sv-SE.js';
import { trTR as trTRTable } from './tr-TR.js';
import { zhCN as zhCNTable } from './zh-CN.js';
import { zhTW as zhTWTable } from './zh-TW.js';

// Each table is declared here again, from its module: the dynamic `import()` of the locale loaders (loaders.ts) and
// this module's exports then reach the table through different modules, so a bundler that splits code by file
// (esbuild) leaves every other language's table out of the page's first load when the app imports nothing from here
// (a plain re-export would tie each table to the package's entry, which re-exports these names).

/** Arabic (Saudi Arabia), right to left. Machine-written: wants a native speaker's review (docs/localization.md). */
export const arSA: CallDiagnosticsStrings = arSATable;

/** Czech (Czechia). Machine-written: wants a native speaker's review (docs/localization.md). */
export const csCZ: CallDiagnosticsStrings = csCZTable;

/** Welsh (United Kingdom). Machine-written: wants a native speaker's review (docs/localization.md). */
export const cyGB: CallDiagnosticsStrings = cyGBTable;

/** German (Germany). Machine-written: wants a native speaker's review (docs/localization.md). */
export const deDE: CallDiagnosticsStrings = deDETable;

/**
 * English (United Kingdom): en-US with British spelling. Only the strings that differ are written here, so a new
 * en-US string is English in en-GB too. Reviewed by the (English-speaking) team.
 */
export const enGB: CallDiagnosticsStrings = enGBTable;

/** Spanish (Spain). Machine-written: wants a native speaker's review (docs/localization.md). */
export const esES: CallDiagnosticsStrings = esESTable;

/**
 * Spanish (Mexico): es-ES with Latin American usage (video, firewall, preterite, reporte) and, like ACS's es-MX, the
 * informal "tú" where es-ES says "usted" (so every string that addresses the user is written here). Only the strings
 * that differ are written here, so a string added to es-ES is Spanish in es-MX too (check its form of address).
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const esMX: CallDiagnosticsStrings = esMXTable;

/** Finnish (Finland). Machine-written: wants a native speaker's review (docs/localization.md). */
export const fiFI: CallDiagnosticsStrings = fiFITable;

/**
 * French (Canada): fr-FR with Canadian usage (OQLF: « soutien technique », « responsable des TI », « tunnellisation
 * fractionnée », no space before a semicolon; « hors connexion » for offline, as ACS's fr-CA says). Only the strings that differ are written here, so a
 * string added to fr-FR is French in fr-CA too. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const frCA: CallDiagnosticsStrings = frCATable;

/** French (France). Machine-written: wants a native speaker's review (docs/localization.md). */
export const frFR: CallDiagnosticsStrings = frFRTable;

/** Hebrew (Israel), right to left. Machine-written: wants a native speaker's review (docs/localization.md). */
export const heIL: CallDiagnosticsStrings = heILTable;

/** Italian (Italy). Machine-written: wants a native speaker's review (docs/localization.md). */
export const itIT: CallDiagnosticsStrings = itITTable;

/** Japanese (Japan). Machine-written: wants a native speaker's review (docs/localization.md). */
export const jaJP: CallDiagnosticsStrings = jaJPTable;

/** Korean (Korea). Machine-written: wants a native speaker's review (docs/localization.md). */
export const koKR: CallDiagnosticsStrings = koKRTable;

/** Norwegian Bokmål (Norway). Machine-written: wants a native speaker's review (docs/localization.md). */
export const nbNO: CallDiagnosticsStrings = nbNOTable;

/** Dutch (Netherlands). Machine-written: wants a native speaker's review (docs/localization.md). */
export const nlNL: CallDiagnosticsStrings = nlNLTable;

/** Polish (Poland). Machine-written: wants a native speaker's review (docs/localization.md). */
export const plPL: CallDiagnosticsStrings = plPLTable;

/** Portuguese (Brazil). Machine-written: wants a native speaker's review (docs/localization.md). */
export const ptBR: CallDiagnosticsStrings = ptBRTable;

/** Russian (Russia). Machine-written: wants a native speaker's review (docs/localization.md). */
export const ruRU: CallDiagnosticsStrings = ruRUTable;

/** Swedish (Sweden). Machine-written: wants a native speaker's review (docs/localization.md). */
export const svSE: CallDiagnosticsStrings = svSETable;

/** Turkish (Türkiye). Machine-written: wants a native speaker's review (docs/localization.md). */
export const trTR: CallDiagnosticsStrings = trTRTable;

/** Chinese (Simplified, China). Machine-written: wants a native speaker's review (docs/localization.md). */
export const zhCN: CallDiagnosticsStrings = zhCNTable;

/** Chinese (Traditional, Taiwan). Machine-written: wants a native speaker's review (docs/localization.md). */
export const zhTW: CallDiagnosticsStrings = zhTWTable;

/**
 * Every locale by tag, for the provider's `locales`: importing this bundles all 24 (no loading on demand). Without it a
 * `locale` tag loads just its own locale when needed.
 */
export const locales: LocaleMap = {
  'ar-SA': arSA,
  'cs-CZ': csCZ,
  'cy-GB': cyGB,
  'de-DE': deDE,
  'en-GB': enGB,
  'en-US': enUS,
  'es-ES': esES,
  'es-MX': esMX,
  'fi-FI': fiFI,
  'fr-CA': frCA,
  'fr-FR': frFR,
  'he-IL': heIL,
  'it-IT': itIT,
  'ja-JP': jaJP,
  'ko-KR': koKR,
  'nb-NO': nbNO,
  'nl-NL': nlNL,
  'pl-PL': plPL,
  'pt-BR': ptBR,
  'ru-RU': ruRU,
  'sv-SE': svSE,
  'tr-TR': trTR,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

/** The tags of {@link locales}. */
export const localeTags: readonly string[] = /* @__PURE__ */ Object.keys(locales);
