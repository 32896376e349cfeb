import type { QualityStrings } from './en-US.js';

/**
 * Dutch: the quality family's strings. Terms as in ACS's nl-NL: netwerkkwaliteit (its "De netwerkkwaliteit is laag"),
 * gesprek, video, bandbreedte; "Jitter" is the Dutch technical term. % without a space, as Dutch writes it. Machine-
 * written: wants a native speaker's review (docs/localization.md).
 */
export const qualityNlNL: QualityStrings = {
  locale: 'nl-NL',
  levels: {
    good: 'Goed',
    fair: 'Redelijk',
    poor: 'Slecht',
    unknown: 'Nog niet gemeten',
  },
  label: 'Netwerkkwaliteit: {level}',
  labelWithReasons: 'Netwerkkwaliteit: {level} – {reasons}',
  reasons: {
    rtt: 'vertraging',
    jitter: 'ongelijkmatige audio',
    loss: 'pakketverlies',
    bandwidth: 'lage bandbreedte',
    freeze: 'bevroren video',
    ufd: 'de netwerkkwaliteit is laag',
  },
  directions: {
    send: 'verzenden',
    receive: 'ontvangen',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'De netwerkkwaliteit is gewijzigd: {level}.',
  figures: {
    title: 'Gesprekskwaliteit',
    mos: 'Geschatte audiokwaliteit: {mos} van 5',
    rtt: 'Retourtijd: {value}\u00a0ms',
    jitter: 'Jitter: {value}\u00a0ms',
    loss: 'Pakketverlies: {value}%',
    bandwidth: 'Beschikbare uploadsnelheid: {value}\u00a0kbit/s',
    freeze: 'Video bevroren: {value}\u00a0ms',
    send: 'Verzenden',
    receive: 'Ontvangen',
    none: 'Er wordt geen audio verzonden, dus de kwaliteit kan niet worden gemeten.',
  },
};
