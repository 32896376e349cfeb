import type { ReadinessStrings } from './en-US.js';

/**
 * Korean strings of the readiness check. Polite -세요/-습니다 and terms as in ACS's ko-KR
 * (`@azure/communication-react`): 통화, 통화에 참가, 네트워크, 연결, 마이크, 카메라, 브라우저, 지원되지 않는,
 * 다시 시도, 취소, 복사됨. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessKoKR: ReadinessStrings = {
  locale: 'ko-KR',
  title: '참가하기 전에 연결을 확인하세요',
  intro: '참가하기 전에 통화가 연결될 수 있는지 알 수 있도록 브라우저, 장치, 네트워크를 확인합니다.',
  start: '검사 시작',
  runAgain: '다시 검사',
  cancel: '취소',
  allowDevices: '카메라 및 마이크 허용',
  join: '참가',
  joinAnyway: '그래도 참가',
  running: '연결을 확인하는 중…',
  progress: '검사 {total}개 중 {done}개 완료',
  aborted: '검사가 취소되었습니다.',
  untested: '테스트되지 않음: {checks}.',
  listSeparator: ', ',
  unknown: '알 수 없음',
  verdicts: {
    ready: { title: '참가할 준비가 되었습니다', body: '테스트한 모든 항목이 정상입니다.' },
    warnings: {
      title: '참가할 수 있지만 문제가 있을 수 있습니다',
      body: '일부 검사에서 문제가 발견되었거나 검사를 실행할 수 없었습니다. 아래 세부 정보를 확인하세요.',
    },
    blocked: {
      title: '여기서는 통화를 연결할 수 없습니다',
      body: '네트워크나 장치 때문에 통화가 작동하지 않습니다. 아래 문제를 해결한 다음 검사를 다시 실행하세요.',
    },
    untested: {
      title: '여기서는 아무것도 테스트할 수 없었습니다',
      body: '이 브라우저 또는 이 환경에서는 어떤 검사도 실행할 수 없어 통화가 연결될지 알 수 없습니다.',
    },
  },
  checks: {
    environment: '브라우저',
    devices: '마이크 및 카메라',
    relays: '통화 미디어 서버',
    signalling: '통화 서비스',
    history: '최근 통화',
  },
  status: {
    idle: '시작 안 됨',
    running: '검사 중',
    pass: '통과',
    warn: '경고',
    fail: '실패',
    skipped: '테스트되지 않음',
  },
  reasons: {
    'not-in-browser': '이 검사에는 브라우저가 필요합니다.',
    'timed-out': '이 검사가 너무 오래 걸려 중지되었습니다.',
    'sdk-error': '이 검사를 실행할 수 없습니다. 브라우저 또는 Calling SDK에서 오류를 보고했습니다.',
    aborted: '취소되었습니다.',
    supported: '브라우저가 지원됩니다({browser} {browserVersion}, {platform}).',
    'webrtc-available': '브라우저에서 통화할 수 있습니다(WebRTC). 지원 여부는 확인하지 않았습니다.',
    'unsupported-browser':
      '이 브라우저는 통화에 지원되지 않습니다({browser}). 통화가 제대로 작동하지 않을 수 있습니다.',
    'unsupported-browser-version':
      '이 브라우저 버전은 통화에 사용하기에 너무 오래되었습니다({browser} {browserVersion}). 브라우저를 업데이트하세요.',
    'unsupported-platform':
      '이 운영 체제는 통화에 지원되지 않습니다({platform}). 통화가 제대로 작동하지 않을 수 있습니다.',
    'no-webrtc':
      '이 브라우저로는 통화할 수 없습니다. WebRTC가 없습니다. 최신 Edge, Chrome, Firefox 또는 Safari를 사용하세요.',
    'devices-available': '마이크 {microphones}개와 카메라 {cameras}개를 찾았습니다.',
    'no-microphone': '마이크를 찾을 수 없습니다. 다른 사람이 내 목소리를 들을 수 없습니다. 마이크를 연결하세요.',
    'no-camera': '카메라를 찾을 수 없습니다. 다른 사람이 나를 볼 수 없습니다.',
    'microphone-denied':
      '마이크 액세스가 차단되어 있습니다. 다른 사람이 내 목소리를 들을 수 없습니다. 브라우저 설정에서 허용하세요.',
    'camera-denied':
      '카메라 액세스가 차단되어 있습니다. 다른 사람이 나를 볼 수 없습니다. 브라우저 설정에서 허용하세요.',
    'permission-needed': '카메라와 마이크를 확인할 수 있도록 액세스를 허용하세요.',
    'no-media-devices': '이 브라우저에서는 미디어 장치 목록을 가져올 수 없습니다.',
    'relays-reachable': '네트워크에서 통화 미디어 서버에 연결할 수 있습니다({transports}).',
    'relays-answered':
      '통화 미디어 서버가 응답했습니다({transports}). 이 서버를 통해 오디오와 비디오가 전달될 수 있는지는 테스트하지 않았습니다.',
    'udp-blocked-tcp-works':
      '네트워크에서 UDP를 차단하므로 통화 오디오와 비디오는 TCP를 사용합니다. 통화는 연결되겠지만 품질이 낮아질 수 있습니다.',
    'udp-blocked':
      '네트워크에서 통화 미디어 서버로의 UDP를 차단합니다. TCP 포트 443을 통해 통화가 연결될 수도 있지만 이는 테스트하지 않았습니다.',
    'partly-reachable': '일부 통화 미디어 서버에 연결할 수 없었습니다. 그래도 통화는 연결될 수 있습니다.',
    'relays-blocked':
      '네트워크에서 통화 미디어 서버를 차단합니다. 방화벽에서 허용할 때까지 통화는 오류 410/3112로 실패합니다.',
    'relay-auth-failed': '앱의 미디어 서버 자격 증명이 거부되었습니다. 네트워크가 아니라 앱의 문제입니다.',
    'relay-server-error': '미디어 서버가 오류로 응답했습니다. 나중에 다시 시도하세요.',
    'no-relay-urls': '테스트할 미디어 서버가 제공되지 않아 테스트하지 않았습니다.',
    'endpoints-reachable': '통화 서비스에 연결할 수 있습니다.',
    'endpoints-unreachable': '통화 서비스에 연결할 수 없습니다({hosts}). 인터넷 연결 또는 프록시를 확인하세요.',
    'no-endpoints': '테스트할 통화 서비스 주소가 제공되지 않아 테스트하지 않았습니다.',
    'recent-relay-failures':
      '이 장치의 최근 통화 {count}건이 오류 410/3112로 종료되었습니다. 네트워크에서 차단했습니다.',
    'history-clear': '이 장치의 최근 통화는 연결되었습니다.',
    'no-history': '이 장치에는 이전 통화가 없습니다.',
  },
  adminTitle: 'IT 관리자용',
  adminIntro: '네트워크를 관리하는 담당자에게 보내세요.',
  adminFindings: '통화 전 검사에서 발견된 내용:',
  copyAdmin: 'IT 관리자용으로 복사',
  copied: '복사됨',
  copyFailed: '복사할 수 없습니다. 위의 텍스트를 선택하여 직접 복사하세요.',
  inCall: {
    found: '이 통화 전에 실행한 검사 결과: {finding}',
    passed: '이 통화 전에 실행한 검사에서 문제가 발견되지 않았습니다.',
  },
};
