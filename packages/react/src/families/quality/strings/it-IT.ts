import type { QualityStrings } from './en-US.js';

/**
 * Italian: the quality family's strings. Terms as in ACS's it-IT: qualità della rete (its "La qualità della rete è
 * bassa"), chiamata, video (bloccato, as its survey), larghezza di banda; the levels agree with qualità (feminine). %
 * without a space, as Italian writes it. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityItIT: QualityStrings = {
  locale: 'it-IT',
  levels: {
    good: 'Buona',
    fair: 'Discreta',
    poor: 'Scarsa',
    unknown: 'Non ancora misurata',
  },
  label: 'Qualità della rete: {level}',
  labelWithReasons: 'Qualità della rete: {level} – {reasons}',
  reasons: {
    rtt: 'ritardo',
    jitter: 'audio irregolare',
    loss: 'perdita di pacchetti',
    bandwidth: 'larghezza di banda ridotta',
    freeze: 'video bloccato',
    ufd: 'la qualità della rete è bassa',
  },
  directions: {
    send: 'invio',
    receive: 'ricezione',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'La qualità della rete è cambiata: {level}.',
  figures: {
    title: 'Qualità della chiamata',
    mos: 'Qualità audio stimata: {mos} su 5',
    rtt: 'Tempo di andata e ritorno: {value}\u00a0ms',
    jitter: 'Variazione del ritardo: {value}\u00a0ms',
    loss: 'Perdita di pacchetti: {value}%',
    bandwidth: 'Banda in upload disponibile: {value}\u00a0kbit/s',
    freeze: 'Video bloccato: {value}\u00a0ms',
    send: 'Invio',
    receive: 'Ricezione',
    none: 'Nessun audio in transito: non è possibile misurare la qualità.',
  },
};
