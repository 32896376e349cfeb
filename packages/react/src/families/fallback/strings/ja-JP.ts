import type { FallbackStrings } from './en-US.js';

/**
 * Japanese: the fallback family's strings, in です/ます as ACS. Terms as in ACS's ja-JP: its "Join by Phone" button
 * (電話で参加) and phone-quality message, its dial-in panel's "有料電話番号" / "無料電話番号", ID, 会議, 通話, ビデオ, "オフにする" (its camera
 * button). "電話会議 ID" as Teams' dial-in invitation. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const fallbackJaJP: FallbackStrings = {
  locale: 'ja-JP',
  phone: {
    action: '電話で参加',
    instructions: '{number} に電話をかけ、電話会議 ID {conferenceId} に続けて # を入力してください。',
    title: '電話で参加',
    intro:
      'お使いのネットワークでは、このデバイスからの通話がブロックされています。電話から会議に参加することはできます。',
    conferenceId: '電話会議 ID: {conferenceId}',
    toll: '有料電話番号',
    tollFree: '無料電話番号',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}、{place})',
    call: '{number} に電話',
    copyNumber: '番号をコピー',
    copyConferenceId: '電話会議 ID をコピー',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。テキストを選択して、手動でコピーしてください。',
    moreNumbers: 'ローカル番号を検索',
  },
  video: {
    title: 'ネットワークが不安定です',
    body: 'ビデオをオフにすると、音声をクリアに保てます。',
    turnOff: 'ビデオをオフにする',
    dismiss: '後で',
    failed: 'ビデオをオフにできませんでした。通話のコントロールを使用してください。',
    phoneTitle: '接続が不安定なままです',
    phoneBody: 'サウンドを向上させるには、電話からこの通話に参加してください。',
  },
};
