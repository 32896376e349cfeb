import type { QualityStrings } from './en-US.js';

/**
 * Spanish (Spain): the quality family's strings. Terms as in ACS's es-ES: calidad de la red (its "La calidad de la
 * red es baja"), llamada, vídeo, ancho de banda; the levels agree with calidad (feminine). A (no-break) space before
 * % as the RAE writes it. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityEsES: QualityStrings = {
  locale: 'es-ES',
  levels: {
    good: 'Buena',
    fair: 'Aceptable',
    poor: 'Deficiente',
    unknown: 'Aún sin medir',
  },
  label: 'Calidad de la red: {level}',
  labelWithReasons: 'Calidad de la red: {level} — {reasons}',
  reasons: {
    rtt: 'retraso',
    jitter: 'audio irregular',
    loss: 'pérdida de paquetes',
    bandwidth: 'ancho de banda bajo',
    freeze: 'vídeo congelado',
    ufd: 'la calidad de la red es baja',
  },
  directions: {
    send: 'envío',
    receive: 'recepción',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'La calidad de la red ha cambiado: {level}.',
  figures: {
    title: 'Calidad de la llamada',
    mos: 'Calidad de audio estimada: {mos} de 5',
    rtt: 'Tiempo de ida y vuelta: {value}\u00a0ms',
    jitter: 'Fluctuación: {value}\u00a0ms',
    loss: 'Pérdida de paquetes: {value}\u00a0%',
    bandwidth: 'Ancho de banda de subida disponible: {value}\u00a0kbit/s',
    freeze: 'Vídeo congelado: {value}\u00a0ms',
    send: 'Envío',
    receive: 'Recepción',
    none: 'No se está transmitiendo audio, así que no se puede medir la calidad.',
  },
};
