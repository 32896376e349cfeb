import type { QualityStrings } from './en-US.js';

/**
 * Welsh: the quality family's strings. Terms as in ACS's cy-GB: ansawdd y rhwydwaith (its "Mae ansawdd y rhwydwaith
 * yn isel"), galwad, fideo, lled band; British typography (a spaced en dash, % without a space). Machine-written, the
 * least confident of all: wants a native speaker's review (docs/localization.md).
 */
export const qualityCyGB: QualityStrings = {
  locale: 'cy-GB',
  levels: {
    good: 'Da',
    fair: 'Gweddol',
    poor: 'Gwael',
    unknown: 'Heb ei fesur eto',
  },
  label: 'Ansawdd y rhwydwaith: {level}',
  labelWithReasons: 'Ansawdd y rhwydwaith: {level} – {reasons}',
  reasons: {
    rtt: 'oedi',
    jitter: 'sain anwastad',
    loss: 'colli pecynnau',
    bandwidth: 'lled band isel',
    freeze: 'fideo wedi rhewi',
    ufd: 'mae ansawdd y rhwydwaith yn isel',
  },
  directions: {
    send: 'anfon',
    receive: 'derbyn',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Mae ansawdd y rhwydwaith wedi newid: {level}.',
  figures: {
    title: 'Ansawdd yr alwad',
    mos: 'Ansawdd sain amcangyfrifedig: {mos} allan o 5',
    rtt: 'Taith gron: {value}\u00a0ms',
    jitter: 'Amrywiad oedi: {value}\u00a0ms',
    loss: 'Colli pecynnau: {value}%',
    bandwidth: 'Lled band llwytho i fyny ar gael: {value}\u00a0kbit/s',
    freeze: 'Fideo wedi rhewi: {value}\u00a0ms',
    send: 'Anfon',
    receive: 'Derbyn',
    none: 'Does dim sain yn llifo, felly does dim modd mesur yr ansawdd.',
  },
};
