/**
 * English (United States): the quality family's strings: the call quality indicator's level, its reasons and the
 * figures of its tooltip. Other locales implement {@link QualityStrings}. Placeholders are `{name}`.
 */
export const qualityEnUS = {
  locale: 'en-US',
  levels: {
    good: 'Good',
    fair: 'Fair',
    poor: 'Poor',
    unknown: 'Not measured yet',
  },
  /** The indicator's accessible name, with and without a reason. */
  label: 'Network quality: {level}',
  labelWithReasons: 'Network quality: {level} — {reasons}',
  /** What crossed its threshold, in words. */
  reasons: {
    rtt: 'delay',
    jitter: 'uneven audio',
    loss: 'packet loss',
    bandwidth: 'low bandwidth',
    freeze: 'frozen video',
    ufd: 'network quality is low',
  },
  directions: {
    send: 'sending',
    receive: 'receiving',
  },
  /** `{reason} ({direction})`, e.g. "packet loss (receiving)". */
  reasonWithDirection: '{reason} ({direction})',
  /** The list separator between reasons. */
  separator: ', ',
  /** The polite announcement when the level changes. */
  announcement: 'Network quality has changed: {level}.',
  /** The tooltip: the figures of the last sample. */
  figures: {
    title: 'Call quality',
    mos: 'Estimated audio quality: {mos} of 5',
    rtt: 'Round trip: {value} ms',
    jitter: 'Jitter: {value} ms',
    loss: 'Packet loss: {value}%',
    bandwidth: 'Available upload: {value} kbit/s',
    freeze: 'Video frozen: {value} ms',
    send: 'Sending',
    receive: 'Receiving',
    none: 'No audio is flowing, so quality cannot be measured.',
  },
};

/** The shape every locale of the quality family implements. */
export type QualityStrings = typeof qualityEnUS;
