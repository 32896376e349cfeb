import type { QualityStrings } from './en-US.js';

/**
 * Japanese: the quality family's strings, in です/ます as ACS. Terms as in ACS's ja-JP: ネットワークの品質 (its
 * "ネットワークの品質が低くなっています"), 通話, ビデオ, フリーズ, 帯域幅; the ideographic comma between reasons, kbps as Japanese interfaces write
 * it. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityJaJP: QualityStrings = {
  locale: 'ja-JP',
  levels: {
    good: '良好',
    fair: '普通',
    poor: '不良',
    unknown: '未測定',
  },
  label: 'ネットワークの品質: {level}',
  labelWithReasons: 'ネットワークの品質: {level} — {reasons}',
  reasons: {
    rtt: '遅延',
    jitter: '音声の揺らぎ',
    loss: 'パケット損失',
    bandwidth: '帯域幅不足',
    freeze: 'ビデオのフリーズ',
    ufd: 'ネットワークの品質が低くなっています',
  },
  directions: {
    send: '送信',
    receive: '受信',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: '、',
  announcement: 'ネットワークの品質が {level} に変わりました。',
  figures: {
    title: '通話品質',
    mos: '推定音声品質: {mos} / 5',
    rtt: '往復時間: {value}\u00a0ms',
    jitter: 'ジッター: {value}\u00a0ms',
    loss: 'パケット損失: {value}%',
    bandwidth: '利用可能なアップロード帯域幅: {value}\u00a0kbps',
    freeze: 'ビデオのフリーズ: {value}\u00a0ms',
    send: '送信',
    receive: '受信',
    none: '音声が流れていないため、品質を測定できません。',
  },
};
