import type { QualityStrings } from './en-US.js';

/**
 * Polish: the quality family's strings. Terms as in ACS's pl-PL: jakość sieci (its "Niska jakość sieci"), rozmowa,
 * wideo, przepustowość; the levels agree with jakość (feminine). Polish typography: a spaced en dash, % without a
 * space. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityPlPL: QualityStrings = {
  locale: 'pl-PL',
  levels: {
    good: 'Dobra',
    fair: 'Średnia',
    poor: 'Słaba',
    unknown: 'Jeszcze niezmierzona',
  },
  label: 'Jakość sieci: {level}',
  labelWithReasons: 'Jakość sieci: {level} – {reasons}',
  reasons: {
    rtt: 'opóźnienie',
    jitter: 'nierówny dźwięk',
    loss: 'utrata pakietów',
    bandwidth: 'niska przepustowość',
    freeze: 'zamrożone wideo',
    ufd: 'niska jakość sieci',
  },
  directions: {
    send: 'wysyłanie',
    receive: 'odbieranie',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Jakość sieci się zmieniła: {level}.',
  figures: {
    title: 'Jakość rozmowy',
    mos: 'Szacowana jakość dźwięku: {mos} na 5',
    rtt: 'Czas w obie strony: {value}\u00a0ms',
    jitter: 'Zmienność opóźnienia: {value}\u00a0ms',
    loss: 'Utrata pakietów: {value}%',
    bandwidth: 'Dostępna przepustowość wysyłania: {value}\u00a0kbit/s',
    freeze: 'Zamrożone wideo: {value}\u00a0ms',
    send: 'Wysyłanie',
    receive: 'Odbieranie',
    none: 'Dźwięk nie jest przesyłany, więc nie można zmierzyć jakości.',
  },
};
