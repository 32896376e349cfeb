/**
 * The 24 locales ACS ships, one module each. Import one (`import { deDE } from '@call-diagnostics/react'`) and only
 * that one is bundled. A tag alone (`<CallDiagnosticsProvider locale="de">`) loads its locale on demand
 * (locales/loaders.ts); import `locales` only to bundle them all (`locale="de" locales={locales}`: no loading).
 */

import { enUS } from '../en-US.js';
import type { LocaleMap } from '../resolveLocale.js';
import { arSA } from './ar-SA.js';
import { csCZ } from './cs-CZ.js';
import { cyGB } from './cy-GB.js';
import { deDE } from './de-DE.js';
import { enGB } from './en-GB.js';
import { esES } from './es-ES.js';
import { esMX } from './es-MX.js';
import { fiFI } from './fi-FI.js';
import { frCA } from './fr-CA.js';
import { frFR } from './fr-FR.js';
import { heIL } from './he-IL.js';
import { itIT } from './it-IT.js';
import { jaJP } from './ja-JP.js';
import { koKR } from './ko-KR.js';
import { nbNO } from './nb-NO.js';
import { nlNL } from './nl-NL.js';
import { plPL } from './pl-PL.js';
import { ptBR } from './pt-BR.js';
import { ruRU } from './ru-RU.js';
import { svSE } from './sv-SE.js';
import { trTR } from './tr-TR.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

export {
  arSA,
  csCZ,
  cyGB,
  deDE,
  enGB,
  esES,
  esMX,
  fiFI,
  frCA,
  frFR,
  heIL,
  itIT,
  jaJP,
  koKR,
  nbNO,
  nlNL,
  plPL,
  ptBR,
  ruRU,
  svSE,
  trTR,
  zhCN,
  zhTW,
};

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
export const localeTags: readonly string[] = Object.keys(locales);
