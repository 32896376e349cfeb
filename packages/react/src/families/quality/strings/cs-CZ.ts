import type { QualityStrings } from './en-US.js';

/**
 * Czech: the quality family's strings. Terms as in ACS's cs-CZ: kvalita sítě (its "Kvalita sítě je nízká"), hovor,
 * video, šířka pásma; the levels agree with kvalita (feminine). Czech typography: a spaced en dash, a (no-break)
 * space before % and units. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityCsCZ: QualityStrings = {
  locale: 'cs-CZ',
  levels: {
    good: 'Dobrá',
    fair: 'Průměrná',
    poor: 'Špatná',
    unknown: 'Dosud nezměřená',
  },
  label: 'Kvalita sítě: {level}',
  labelWithReasons: 'Kvalita sítě: {level} – {reasons}',
  reasons: {
    rtt: 'zpoždění',
    jitter: 'nerovnoměrný zvuk',
    loss: 'ztráta paketů',
    bandwidth: 'nízká šířka pásma',
    freeze: 'zamrzlé video',
    ufd: 'kvalita sítě je nízká',
  },
  directions: {
    send: 'odesílání',
    receive: 'příjem',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Kvalita sítě se změnila: {level}.',
  figures: {
    title: 'Kvalita hovoru',
    mos: 'Odhadovaná kvalita zvuku: {mos} z 5',
    rtt: 'Doba odezvy: {value}\u00a0ms',
    jitter: 'Kolísání zpoždění: {value}\u00a0ms',
    loss: 'Ztráta paketů: {value}\u00a0%',
    bandwidth: 'Dostupná rychlost odesílání: {value}\u00a0kbit/s',
    freeze: 'Zamrznutí videa: {value}\u00a0ms',
    send: 'Odesílání',
    receive: 'Příjem',
    none: 'Neprochází žádný zvuk, takže kvalitu nelze změřit.',
  },
};
