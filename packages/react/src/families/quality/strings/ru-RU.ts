import type { QualityStrings } from './en-US.js';

/**
 * Russian: the quality family's strings. Terms as in ACS's ru-RU: качество работы сети (its "Качество работы сети:
 * низкое"), звонок, видео (зависло, as its survey), пропускная способность; the levels agree with качество (neuter).
 * Russian typography: a spaced em dash, a (no-break) space before % and units (мс, кбит/с). Machine-written: wants a
 * native speaker's review (docs/localization.md).
 */
export const qualityRuRU: QualityStrings = {
  locale: 'ru-RU',
  levels: {
    good: 'Хорошее',
    fair: 'Среднее',
    poor: 'Низкое',
    unknown: 'Ещё не измерено',
  },
  label: 'Качество работы сети: {level}',
  labelWithReasons: 'Качество работы сети: {level} — {reasons}',
  reasons: {
    rtt: 'задержка',
    jitter: 'неравномерный звук',
    loss: 'потеря пакетов',
    bandwidth: 'низкая пропускная способность',
    freeze: 'зависание видео',
    ufd: 'качество работы сети: низкое',
  },
  directions: {
    send: 'отправка',
    receive: 'получение',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Качество работы сети изменилось: {level}.',
  figures: {
    title: 'Качество звонка',
    mos: 'Оценка качества звука: {mos} из 5',
    rtt: 'Задержка туда и обратно: {value}\u00a0мс',
    jitter: 'Джиттер: {value}\u00a0мс',
    loss: 'Потеря пакетов: {value}\u00a0%',
    bandwidth: 'Доступная скорость отправки: {value}\u00a0кбит/с',
    freeze: 'Зависание видео: {value}\u00a0мс',
    send: 'Отправка',
    receive: 'Получение',
    none: 'Звук не передаётся, поэтому качество невозможно измерить.',
  },
};
