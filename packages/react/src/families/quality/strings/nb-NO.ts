import type { QualityStrings } from './en-US.js';

/**
 * Norwegian (Bokmål): the quality family's strings. Terms as in ACS's nb-NO: nettverkskvalitet (its
 * "Nettverkskvaliteten er lav"), samtale, video, båndbredde; "Jitter" is the Norwegian technical term. Norwegian
 * typography: a spaced en dash, a (no-break) space before % and units. Machine-written: wants a native speaker's
 * review (docs/localization.md).
 */
export const qualityNbNO: QualityStrings = {
  locale: 'nb-NO',
  levels: {
    good: 'God',
    fair: 'Middels',
    poor: 'Dårlig',
    unknown: 'Ikke målt ennå',
  },
  label: 'Nettverkskvalitet: {level}',
  labelWithReasons: 'Nettverkskvalitet: {level} – {reasons}',
  reasons: {
    rtt: 'forsinkelse',
    jitter: 'ujevn lyd',
    loss: 'pakketap',
    bandwidth: 'lav båndbredde',
    freeze: 'frossen video',
    ufd: 'nettverkskvaliteten er lav',
  },
  directions: {
    send: 'utgående',
    receive: 'innkommende',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Nettverkskvaliteten er endret: {level}.',
  figures: {
    title: 'Samtalekvalitet',
    mos: 'Anslått lydkvalitet: {mos} av 5',
    rtt: 'Tur-retur-tid: {value}\u00a0ms',
    jitter: 'Jitter: {value}\u00a0ms',
    loss: 'Pakketap: {value}\u00a0%',
    bandwidth: 'Tilgjengelig opplastingskapasitet: {value}\u00a0kbit/s',
    freeze: 'Video frosset: {value}\u00a0ms',
    send: 'Utgående',
    receive: 'Innkommende',
    none: 'Ingen lyd overføres, så kvaliteten kan ikke måles.',
  },
};
