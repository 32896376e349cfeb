import type { QualityStrings } from './en-US.js';

/**
 * Turkish: the quality family's strings. Terms as in ACS's tr-TR: ağ kalitesi (its "Ağ kalitesi düşük"), arama,
 * video, bant genişliği. Turkish typography: the percent sign before the number (%5), "5 üzerinden" for "of 5".
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityTrTR: QualityStrings = {
  locale: 'tr-TR',
  levels: {
    good: 'İyi',
    fair: 'Orta',
    poor: 'Zayıf',
    unknown: 'Henüz ölçülmedi',
  },
  label: 'Ağ kalitesi: {level}',
  labelWithReasons: 'Ağ kalitesi: {level} – {reasons}',
  reasons: {
    rtt: 'gecikme',
    jitter: 'düzensiz ses',
    loss: 'paket kaybı',
    bandwidth: 'düşük bant genişliği',
    freeze: 'donmuş video',
    ufd: 'ağ kalitesi düşük',
  },
  directions: {
    send: 'gönderme',
    receive: 'alma',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'Ağ kalitesi değişti: {level}.',
  figures: {
    title: 'Arama kalitesi',
    mos: 'Tahmini ses kalitesi: 5 üzerinden {mos}',
    rtt: 'Gidiş-dönüş süresi: {value}\u00a0ms',
    jitter: 'Gecikme değişkenliği: {value}\u00a0ms',
    loss: 'Paket kaybı: %{value}',
    bandwidth: 'Kullanılabilir yükleme hızı: {value}\u00a0kbit/s',
    freeze: 'Video donması: {value}\u00a0ms',
    send: 'Gönderme',
    receive: 'Alma',
    none: 'Ses akışı olmadığı için kalite ölçülemiyor.',
  },
};
