import type { FallbackStrings } from './en-US.js';

/**
 * Korean: the fallback family's strings, formal (-습니다/-세요) as ACS. Terms as in ACS's ko-KR: its "Join by Phone"
 * button (전화로 참가) and phone-quality message (with its majority 전화 for phone and 참가 for join, where that message says
 * 휴대폰 and 참여), its dial-in panel's "유료" / "무료", ID, 모임, 통화, 비디오, "끄기" (its camera button). "전화 회의 ID" as Teams' dial-
 * in invitation. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackKoKR: FallbackStrings = {
  locale: 'ko-KR',
  phone: {
    action: '전화로 참가',
    instructions: '{number}에 전화를 건 다음 전화 회의 ID({conferenceId})를 입력하고 # 버튼을 누르세요.',
    title: '전화로 참가',
    intro: '네트워크가 이 장치의 통화를 차단하고 있습니다. 전화로 모임에 계속 참가할 수 있습니다.',
    conferenceId: '전화 회의 ID: {conferenceId}',
    toll: '유료',
    tollFree: '무료',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: '{number}에 전화 걸기',
    copyNumber: '번호 복사',
    copyConferenceId: '전화 회의 ID 복사',
    copied: '복사됨',
    copyFailed: '복사할 수 없습니다. 텍스트를 선택하여 직접 복사하세요.',
    moreNumbers: '지역 번호 찾기',
  },
  video: {
    title: '네트워크 상태가 좋지 않습니다',
    body: '비디오를 끄면 오디오를 깨끗하게 유지할 수 있습니다.',
    turnOff: '내 비디오 끄기',
    dismiss: '나중에',
    failed: '비디오를 끌 수 없습니다. 통화 컨트롤을 사용하세요.',
    phoneTitle: '연결 상태가 계속 좋지 않습니다',
    phoneBody: '더 나은 사운드를 위해 전화로 이 통화에 참가하세요.',
  },
};
