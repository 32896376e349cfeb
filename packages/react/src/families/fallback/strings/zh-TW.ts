import type { FallbackStrings } from './en-US.js';

/**
 * Chinese (Traditional, Taiwan): the fallback family's strings, written with Taiwan terms. "您" and terms as in ACS's
 * zh-TW: its "Join by Phone" button (使用電話加入) and phone-quality message (with 電話 where that message says 手機), its
 * dial-in panel's "付費" / "免付費電話", 識別碼, 會議, 通話, 連線, "關閉" (its camera button); video is 視訊, as ACS's network warning
 * and the main table (the glossary test's allow-list); full-width punctuation. "電話會議識別碼" as Teams' dial-in
 * invitation. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackZhTW: FallbackStrings = {
  locale: 'zh-TW',
  phone: {
    action: '使用電話加入',
    instructions: '撥打 {number}，然後輸入電話會議識別碼 {conferenceId}，再按 #。',
    title: '使用電話加入',
    intro: '您的網路封鎖了此裝置上的通話。您仍可使用電話加入會議。',
    conferenceId: '電話會議識別碼：{conferenceId}',
    toll: '付費',
    tollFree: '免付費電話',
    numberLine: '{number}（{kind}）',
    numberLinePlace: '{number}（{kind}，{place}）',
    call: '撥打 {number}',
    copyNumber: '複製號碼',
    copyConferenceId: '複製電話會議識別碼',
    copied: '已複製',
    copyFailed: '無法複製。請選取文字並自行複製。',
    moreNumbers: '尋找當地號碼',
  },
  video: {
    title: '您的網路不太穩定',
    body: '關閉視訊有助於保持音訊清晰。',
    turnOff: '關閉我的視訊',
    dismiss: '稍後再說',
    failed: '無法關閉您的視訊。請使用通話控制項。',
    phoneTitle: '連線仍然不佳',
    phoneBody: '從您的電話加入此通話以獲得更佳的音效。',
  },
};
