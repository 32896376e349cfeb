import type { QualityStrings } from './en-US.js';

/**
 * Chinese (Traditional, Taiwan): the quality family's strings, written with Taiwan terms. "您" and terms as in ACS's
 * zh-TW: 網路品質 (its "您的網路品質不佳", kept whole for that reason), 通話, 凍結, 頻寬; video is 視訊, as ACS's network warning and
 * survey and the main table, where ACS's start/stop errors say 影片 (the glossary test's allow-list). Full-width
 * punctuation and 毫秒 as the main table. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityZhTW: QualityStrings = {
  locale: 'zh-TW',
  levels: {
    good: '良好',
    fair: '普通',
    poor: '不佳',
    unknown: '尚未測量',
  },
  label: '網路品質：{level}',
  labelWithReasons: '網路品質：{level}——{reasons}',
  reasons: {
    rtt: '延遲',
    jitter: '音訊不穩定',
    loss: '封包遺失',
    bandwidth: '頻寬不足',
    freeze: '視訊凍結',
    ufd: '您的網路品質不佳',
  },
  directions: {
    send: '傳送',
    receive: '接收',
  },
  reasonWithDirection: '{reason}（{direction}）',
  separator: '、',
  announcement: '網路品質已變更：{level}。',
  figures: {
    title: '通話品質',
    mos: '預估音訊品質：{mos}/5',
    rtt: '來回時間：{value}\u00a0毫秒',
    jitter: '抖動：{value}\u00a0毫秒',
    loss: '封包遺失率：{value}%',
    bandwidth: '可用上傳頻寬：{value}\u00a0kbps',
    freeze: '視訊凍結：{value}\u00a0毫秒',
    send: '傳送',
    receive: '接收',
    none: '沒有音訊傳輸，因此無法測量品質。',
  },
};
