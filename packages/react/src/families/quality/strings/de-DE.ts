import type { QualityStrings } from './en-US.js';

/**
 * German (Germany): the quality family's strings. Terms as in ACS's de-DE: Netzwerkqualität (its "Die
 * Netzwerkqualität ist niedrig"), Anruf, Video, Bandbreite; "Jitter" is the German technical term. German typography:
 * a spaced en dash, a (no-break) space before % and units (DIN 5008). Machine-written: wants a native speaker's
 * review (docs/localization.md).
 */
export const qualityDeDE: QualityStrings = {
  locale: 'de-DE',
  levels: {
    good: 'Gut',
    fair: 'Mäßig',
    poor: 'Schlecht',
    unknown: 'Noch nicht gemessen',
  },
  label: 'Netzwerkqualität: {level}',
  labelWithReasons: 'Netzwerkqualität: {level} – {reasons}',
  reasons: {
    rtt: 'Verzögerung',
    jitter: 'ungleichmäßiger Ton',
    loss: 'Paketverlust',
    bandwidth: 'geringe Bandbreite',
    freeze: 'eingefrorenes Video',
    ufd: 'die Netzwerkqualität ist niedrig',
  },
  directions: {
    send: 'Senden',
    receive: 'Empfangen',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Die Netzwerkqualität hat sich geändert: {level}.',
  figures: {
    title: 'Anrufqualität',
    mos: 'Geschätzte Audioqualität: {mos} von 5',
    rtt: 'Round-Trip-Zeit: {value}\u00a0ms',
    jitter: 'Jitter: {value}\u00a0ms',
    loss: 'Paketverlust: {value}\u00a0%',
    bandwidth: 'Verfügbare Upload-Bandbreite: {value}\u00a0kbit/s',
    freeze: 'Video eingefroren: {value}\u00a0ms',
    send: 'Senden',
    receive: 'Empfangen',
    none: 'Es wird kein Audio übertragen, daher kann die Qualität nicht gemessen werden.',
  },
};
