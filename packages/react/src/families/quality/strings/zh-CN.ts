import type { QualityStrings } from './en-US.js';

/**
 * Chinese (Simplified): the quality family's strings. Terms as in ACS's zh-CN: 网络质量 (its "网络质量低"), 通话, 视频, 冻结, 带宽;
 * full-width punctuation (：（）、——) and 毫秒 as the main table. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const qualityZhCN: QualityStrings = {
  locale: 'zh-CN',
  levels: {
    good: '良好',
    fair: '一般',
    poor: '较差',
    unknown: '尚未测量',
  },
  label: '网络质量：{level}',
  labelWithReasons: '网络质量：{level}——{reasons}',
  reasons: {
    rtt: '延迟',
    jitter: '音频不稳定',
    loss: '丢包',
    bandwidth: '带宽低',
    freeze: '视频冻结',
    ufd: '网络质量低',
  },
  directions: {
    send: '发送',
    receive: '接收',
  },
  reasonWithDirection: '{reason}（{direction}）',
  separator: '、',
  announcement: '网络质量已变化：{level}。',
  figures: {
    title: '通话质量',
    mos: '估计音频质量：{mos}/5',
    rtt: '往返时间：{value}\u00a0毫秒',
    jitter: '抖动：{value}\u00a0毫秒',
    loss: '丢包率：{value}%',
    bandwidth: '可用上传带宽：{value}\u00a0kbps',
    freeze: '视频冻结：{value}\u00a0毫秒',
    send: '发送',
    receive: '接收',
    none: '没有音频传输，因此无法测量质量。',
  },
};
