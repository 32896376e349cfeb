import type { QualityStrings } from './en-US.js';

/**
 * Swedish: the quality family's strings. Terms as in ACS's sv-SE: nätverkskvalitet (its "Nätverkskvaliteten är låg"),
 * samtal, video, bandbredd; "Jitter" is the Swedish technical term. Swedish typography: a spaced en dash, a (no-
 * break) space before % and units. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualitySvSE: QualityStrings = {
  locale: 'sv-SE',
  levels: {
    good: 'Bra',
    fair: 'Godtagbar',
    poor: 'Dålig',
    unknown: 'Inte mätt än',
  },
  label: 'Nätverkskvalitet: {level}',
  labelWithReasons: 'Nätverkskvalitet: {level} – {reasons}',
  reasons: {
    rtt: 'fördröjning',
    jitter: 'ojämnt ljud',
    loss: 'paketförlust',
    bandwidth: 'låg bandbredd',
    freeze: 'frusen video',
    ufd: 'nätverkskvaliteten är låg',
  },
  directions: {
    send: 'utgående',
    receive: 'inkommande',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Nätverkskvaliteten har ändrats: {level}.',
  figures: {
    title: 'Samtalskvalitet',
    mos: 'Uppskattad ljudkvalitet: {mos} av 5',
    rtt: 'Tur och retur-tid: {value}\u00a0ms',
    jitter: 'Jitter: {value}\u00a0ms',
    loss: 'Paketförlust: {value}\u00a0%',
    bandwidth: 'Tillgänglig uppladdningshastighet: {value}\u00a0kbit/s',
    freeze: 'Video fryst: {value}\u00a0ms',
    send: 'Utgående',
    receive: 'Inkommande',
    none: 'Inget ljud överförs, så kvaliteten kan inte mätas.',
  },
};
