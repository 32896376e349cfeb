import type { FallbackStrings } from './en-US.js';

/**
 * Chinese (Simplified): the fallback family's strings. "你" and terms as in ACS's zh-CN: its "Join by Phone" button
 * (通过电话加入) and phone-quality message (with its 电话 where that message says 手机), its dial-in panel's "收费电话" / "免费电话",
 * ID, 会议, 通话, 视频, "关闭" (its camera button); full-width punctuation. "电话会议 ID" as Teams' dial-in invitation. Machine-
 * written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackZhCN: FallbackStrings = {
  locale: 'zh-CN',
  phone: {
    action: '通过电话加入',
    instructions: '拨打 {number}，然后输入电话会议 ID {conferenceId}，再按 #。',
    title: '通过电话加入',
    intro: '你的网络阻止了此设备上的通话。你仍可以通过电话加入会议。',
    conferenceId: '电话会议 ID：{conferenceId}',
    toll: '收费电话',
    tollFree: '免费电话',
    numberLine: '{number}（{kind}）',
    numberLinePlace: '{number}（{kind}，{place}）',
    call: '拨打 {number}',
    copyNumber: '复制号码',
    copyConferenceId: '复制电话会议 ID',
    copied: '已复制',
    copyFailed: '无法复制。请选择文本并自行复制。',
    moreNumbers: '查找本地号码',
  },
  video: {
    title: '你的网络不太稳定',
    body: '关闭视频有助于保持音频清晰。',
    turnOff: '关闭我的视频',
    dismiss: '以后再说',
    failed: '无法关闭你的视频。请使用通话控件。',
    phoneTitle: '连接仍然不佳',
    phoneBody: '通过电话加入此通话，以获得更好的声音。',
  },
};
