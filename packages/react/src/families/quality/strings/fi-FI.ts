import type { QualityStrings } from './en-US.js';

/**
 * Finnish: the quality family's strings. Terms as in ACS's fi-FI: verkkoyhteyden laatu (its "Verkkoyhteyden laatu on
 * huono"), puhelu, video, kaistanleveys. Finnish typography: a spaced en dash, a (no-break) space before % and units.
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityFiFI: QualityStrings = {
  locale: 'fi-FI',
  levels: {
    good: 'Hyvä',
    fair: 'Kohtalainen',
    poor: 'Heikko',
    unknown: 'Ei vielä mitattu',
  },
  label: 'Verkkoyhteyden laatu: {level}',
  labelWithReasons: 'Verkkoyhteyden laatu: {level} – {reasons}',
  reasons: {
    rtt: 'viive',
    jitter: 'epätasainen ääni',
    loss: 'pakettihävikki',
    bandwidth: 'pieni kaistanleveys',
    freeze: 'jumittunut video',
    ufd: 'verkkoyhteyden laatu on huono',
  },
  directions: {
    send: 'lähetys',
    receive: 'vastaanotto',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Verkkoyhteyden laatu muuttui: {level}.',
  figures: {
    title: 'Puhelun laatu',
    mos: 'Arvioitu äänenlaatu: {mos}/5',
    rtt: 'Edestakainen viive: {value}\u00a0ms',
    jitter: 'Viiveen vaihtelu: {value}\u00a0ms',
    loss: 'Pakettihävikki: {value}\u00a0%',
    bandwidth: 'Käytettävissä oleva lähetyskaista: {value}\u00a0kbit/s',
    freeze: 'Video jumissa: {value}\u00a0ms',
    send: 'Lähetys',
    receive: 'Vastaanotto',
    none: 'Ääntä ei välity, joten laatua ei voi mitata.',
  },
};
