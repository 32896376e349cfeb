import type { QualityStrings } from './en-US.js';

/**
 * Korean: the quality family's strings, formal (-습니다) as ACS. Terms as in ACS's ko-KR: 네트워크 품질 (its "네트워크 품질이 낮습니다"),
 * 통화, 비디오, 대역폭; units without a space as the main table ({ms}ms). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const qualityKoKR: QualityStrings = {
  locale: 'ko-KR',
  levels: {
    good: '좋음',
    fair: '보통',
    poor: '나쁨',
    unknown: '아직 측정되지 않음',
  },
  label: '네트워크 품질: {level}',
  labelWithReasons: '네트워크 품질: {level} — {reasons}',
  reasons: {
    rtt: '지연',
    jitter: '고르지 않은 오디오',
    loss: '패킷 손실',
    bandwidth: '낮은 대역폭',
    freeze: '비디오 멈춤',
    ufd: '네트워크 품질이 낮습니다',
  },
  directions: {
    send: '송신',
    receive: '수신',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: '네트워크 품질이 변경되었습니다: {level}.',
  figures: {
    title: '통화 품질',
    mos: '예상 오디오 품질: {mos}/5',
    rtt: '왕복 시간: {value}ms',
    jitter: '지터: {value}ms',
    loss: '패킷 손실: {value}%',
    bandwidth: '사용 가능한 업로드 대역폭: {value}kbps',
    freeze: '비디오 멈춤: {value}ms',
    send: '송신',
    receive: '수신',
    none: '오디오가 전송되지 않아 품질을 측정할 수 없습니다.',
  },
};
