import type { CallDiagnosticsStrings } from '../en-US.js';

/** Korean (Korea). Machine-written: wants a native speaker's review (docs/localization.md). */
export const koKR: CallDiagnosticsStrings = {
  locale: 'ko-KR',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: '통화 서버에 연결하는 데 문제가 있습니다',
    relaysUnreachableBody:
      '네트워크가 통화 오디오와 비디오에 필요한 연결을 차단하고 있습니다. 이 상태가 계속되면 통화가 실패할 수 있습니다.',
    relaysUnreachableSince: '{time}부터',
    endedTitle: '네트워크 문제로 통화가 종료되었습니다',
    relayFailureTitle: '통화를 연결할 수 없습니다: 네트워크에서 차단했습니다',
    relayFailureBody:
      '장치가 통화 오디오와 비디오를 전달하는 릴레이 서버에 연결할 수 없었습니다. 보통 방화벽, VPN 또는 네트워크 정책 때문입니다.',
    code: '오류 코드 {code}',
    callId: '통화 ID: {callId}',
    retry: '다시 시도',
    checkNetwork: '네트워크 확인',
    copyDetails: '세부 정보 복사',
    copied: '세부 정보를 복사했습니다',
    copyFailed: '복사할 수 없습니다. 아래 세부 정보를 선택하여 직접 복사하세요.',
    detailsLabel: '지원팀에 보낼 통화 세부 정보',
    dismiss: '닫기',
    transientHint: '이 네트워크에서 전에 통화가 된 적이 있으므로 일시적인 문제일 가능성이 높습니다. 다시 시도하세요.',
    persistentHint:
      '이 네트워크에서는 통화가 계속 실패하므로 다시 시도해도 해결되지 않을 가능성이 높습니다. 네트워크를 확인하거나 보고서를 IT 관리자에게 보내세요.',
  },
  toast: {
    recoveredTitle: '연결이 복원되었습니다',
    recoveredBody: '네트워크가 다시 통화 서버에 연결할 수 있습니다.',
  },
  panel: {
    title: '방화벽 및 네트워크 확인',
    close: '닫기',
    intro:
      '통화는 Azure Communication Services의 미디어 릴레이에 연결되어야 합니다. 방화벽, VPN 또는 프록시가 이를 차단하면 통화가 오류 410/3112로 종료됩니다.',
    failedCall: '마지막 통화가 오류 {code}(으)로 종료되었습니다(통화 ID {callId}).',
    checklistTitle: '확인할 사항',
    checkMediaPorts: '주소 범위 {range}(으)로 가는 UDP 포트 3478–3481과 TCP 포트 443을 허용하세요.',
    checkSignalling: '{domains}(으)로 가는 TCP 포트 443과 80을 허용하세요.',
    checkUdp:
      '방화벽이 UDP를 차단하지 않는지 확인하세요. 통화는 UDP에서 가장 잘 작동하며, 안 되면 TCP 443으로 전환됩니다.',
    checkNat: 'NAT 설정을 확인하세요. 방화벽은 UDP 매핑 주소나 포트를 다시 쓰면 안 되며, NAT 풀은 충분히 커야 합니다.',
    checkVpn:
      'VPN을 사용 중이면 분할 터널링을 사용하여 통화 트래픽이 VPN을 거치지 않고 인터넷으로 바로 나가도록 하세요.',
    checkCorporate:
      '회사 네트워크에서는 조직의 방화벽에도 같은 규칙이 필요할 수 있습니다. 아래 세부 정보를 IT 관리자에게 보내세요.',
    checkCustomTurn:
      '이 앱이 자체 TURN 서버를 사용한다면 해당 서버의 IP 주소, 포트, 프로토콜(UDP, TCP 또는 TLS)이 차단되지 않았는지 확인하세요.',
    rulesTitle: '허용할 규칙',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      '평소에 통화가 잘 된다면 네트워크가 바뀌었을 수 있습니다. 다시 시도하세요. 모든 통화가 실패한다면 네트워크 구성을 고쳐야 하며, 다시 시도해도 도움이 되지 않습니다.',
    adminTitle: 'IT 관리자용',
    adminIntro: '이 내용을 복사하여 네트워크 관리자에게 보내세요.',
    copyAdmin: 'IT 관리자용으로 복사',
    copied: '복사됨',
    copyFailed: '복사할 수 없습니다. 텍스트를 선택하여 직접 복사하세요.',
    adminText: {
      heading: '이 네트워크에서 Azure Communication Services 통화가 차단되고 있습니다.',
      rulesHeading: '다음을 허용해 주세요.',
      nat: 'UDP의 매핑된 NAT 주소나 포트를 다시 쓰지 마세요. NAT 풀을 충분히 크게 유지하세요.',
      vpn: '이 트래픽을 VPN 터널에서 제외하세요(분할 터널링).',
      customTurn: '앱이 사용자 지정 TURN 서버를 사용한다면 해당 IP, 포트, 프로토콜을 열어 주세요.',
      detailsHeading: '통화 세부 정보:',
    },
  },
  details: {
    callId: '통화 ID',
    participantId: '참가자 ID',
    code: '오류 코드',
    time: '시간',
    relaysUnreachableSince: '릴레이 연결 불가 시작 시간',
    relayStatus: '릴레이 상태',
    unknown: '알 수 없음',
  },
  report: {
    title: '지원 보고서',
    intro:
      '지원팀이 이 통화를 조회하는 데 필요한 모든 정보입니다. 암호, 토큰, TURN 자격 증명은 이 페이지를 벗어나기 전에 제거됩니다.',
    previewLabel: '지원 보고서 미리 보기',
    copy: '보고서 복사',
    download: '보고서 다운로드',
    copied: '보고서를 복사했습니다',
    copyFailed: '보고서를 복사할 수 없습니다. 대신 다운로드하거나 텍스트를 선택하여 직접 복사하세요.',
    downloaded: '보고서를 다운로드했습니다',
    downloadFailed: '보고서를 다운로드할 수 없습니다. 대신 복사하세요.',
  },
  purpose: {
    media: '미디어',
    signalling: '신호',
  },
  endCodes: {
    relaysNotReachable: '네트워크가 통화의 미디어 연결을 차단했습니다.',
    setupNetworkUnexpected: '예기치 않은 네트워크 문제로 통화를 시작할 수 없었습니다.',
    droppedNetworkUnexpected: '예기치 않은 네트워크 문제로 통화가 끊겼습니다.',
    mediaOfferFailed: '통화의 오디오와 비디오를 설정할 수 없었습니다.',
    noMediaConnectivitySetup:
      '통화의 오디오와 비디오를 연결할 수 없었습니다. 방화벽이나 VPN이 차단하고 있을 수 있습니다.',
    mediaConnectivityLost: '통화의 오디오 및 비디오 연결이 끊어졌습니다.',
    httpRequestFailed: '브라우저가 통화에 필요한 네트워크 요청을 완료할 수 없었습니다.',
    networkLostNoReconnect: '장치의 네트워크 연결이 끊어졌으며 다시 연결할 수 없었습니다.',
    infrastructureUnreachable: '장치가 통화 서비스에 연결할 수 없었습니다.',
    mediaStackError: '이 장치에서 오디오와 비디오가 실패했습니다.',
    localNetworkIssue: '이 장치의 네트워크 문제로 통화가 종료되었습니다.',
    serviceError: '통화 서비스에 문제가 발생했습니다.',
    unknown: '통화가 예기치 않게 종료되었습니다.',
  },
  network: {
    noNetworkTitle: '오프라인 상태입니다',
    noNetworkBody:
      '장치가 네트워크에 연결되어 있지 않습니다. Wi-Fi나 네트워크 케이블을 확인하세요. 다시 연결되면 통화가 계속됩니다.',
    relaysUnreachableTitle: '통화 서버에 연결하는 데 문제가 있습니다',
    reconnectingTitle: '다시 연결하는 중…',
    reconnectingBody: '통화의 오디오 및 비디오 연결이 끊어져 다시 연결하는 중입니다.',
    reconnectFailedTitle: '통화를 다시 연결할 수 없습니다',
    reconnectFailedBody: '네트워크가 끊어져 통화를 다시 연결할 수 없었습니다. 연결을 확인하고 다시 참가하세요.',
    sendQualityBadTitle: '다른 사람이 내 소리를 듣거나 나를 보지 못할 수 있습니다',
    sendQualityBadBody:
      '네트워크에서 오디오와 비디오를 보내는 데 어려움을 겪고 있습니다. Wi-Fi에 더 가까이 가거나 네트워크를 사용하는 다른 앱을 닫으세요.',
    sendQualityPoorTitle: '네트워크 품질이 낮습니다',
    sendQualityPoorBody: '다른 사람에게 내 소리나 영상이 지연되어 전달될 수 있습니다.',
    receiveQualityBadTitle: '다른 사람의 소리를 듣거나 영상을 보지 못할 수 있습니다',
    receiveQualityBadBody:
      '네트워크에서 오디오와 비디오를 받는 데 어려움을 겪고 있습니다. Wi-Fi에 더 가까이 가거나 네트워크를 사용하는 다른 앱을 닫으세요.',
    receiveQualityPoorTitle: '수신 오디오와 비디오가 끊길 수 있습니다',
    receiveQualityPoorBody: '네트워크 수신 속도가 느립니다.',
    since: '{time}부터',
    moreIssuesOne: '문제 1개 더 있음',
    moreIssuesMany: '문제 {count}개 더 있음',
    endTitles: {
      relaysNotReachable: '통화를 연결할 수 없습니다: 네트워크에서 차단했습니다',
      setupNetworkUnexpected: '네트워크 문제로 통화를 시작할 수 없었습니다',
      droppedNetworkUnexpected: '네트워크 문제로 통화가 끊겼습니다',
      mediaOfferFailed: '통화의 오디오와 비디오를 설정할 수 없었습니다',
      noMediaConnectivitySetup: '통화의 오디오와 비디오를 연결할 수 없었습니다',
      mediaConnectivityLost: '통화의 오디오 및 비디오 연결이 끊어졌습니다',
      httpRequestFailed: '통화의 네트워크 요청이 실패했습니다',
      networkLostNoReconnect: '통화가 종료되었습니다: 네트워크 연결이 끊어졌습니다',
      infrastructureUnreachable: '통화 서비스에 연결할 수 없었습니다',
      mediaStackError: '통화가 종료되었습니다: 이 장치에서 오디오와 비디오가 실패했습니다',
      localNetworkIssue: '이 장치의 네트워크 문제로 통화가 종료되었습니다',
      serviceError: '통화가 종료되었습니다: 통화 서비스에 문제가 발생했습니다',
      unknown: '통화가 예기치 않게 종료되었습니다',
    },
    actions: {
      retry: '다시 시도하세요. 일시적인 문제인 경우가 많습니다.',
      'fix-network': '네트워크를 확인하세요. 방화벽, VPN 또는 약한 연결이 흔한 원인입니다.',
      'contact-support': '계속 발생하면 세부 정보를 복사하여 지원팀에 문의하세요.',
      'update-environment': '브라우저를 업데이트하고 지원되는 장치를 사용한 후 다시 시도하세요.',
    },
  },
  probe: {
    title: '내 연결 테스트',
    intro:
      '이 장치에서 앱의 릴레이 서버에 UDP, TCP, TLS로 연결할 수 있는지 확인합니다. 몇 초 정도 걸리며 오디오나 비디오는 보내지 않습니다.',
    noServers:
      '이 앱은 Azure Communication Services 자체 릴레이를 사용합니다. 이를 테스트하려면 앱의 릴레이 자격 증명이 필요한데 앱에서 제공하지 않았으므로 여기서는 테스트를 사용할 수 없습니다. 위의 확인 목록은 여전히 유효합니다.',
    start: '내 연결 테스트',
    again: '다시 테스트',
    cancel: '테스트 취소',
    running: '릴레이 주소 {count}개를 테스트하는 중…',
    progressLabel: '릴레이 테스트 진행률',
    cancelled: '테스트가 취소되었습니다.',
    resultsLabel: '릴레이 주소별 결과',
    resultLine: '{transport} · {url}: {status} ({ms}ms)',
    verdictTitle: '결과의 의미',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: '작동함',
      'auth-failed': '앱의 자격 증명을 거부함',
      unreachable: '차단되었거나 연결할 수 없음',
      'server-error': '서버가 오류로 응답함',
      'invalid-url': '유효한 릴레이 주소가 아님',
      timeout: '응답 없음(차단되었을 가능성 높음)',
      unsupported: '여기서 테스트할 수 없음',
    },
    verdicts: {
      'all-reachable':
        '이 네트워크에서 모든 릴레이가 작동합니다. 그래도 통화가 실패한다면 원인은 다른 곳에 있습니다. 다시 시도하거나 세부 정보를 지원팀에 보내세요.',
      'udp-blocked-tcp-works':
        'UDP는 차단되었지만 {working}은(는) 작동합니다. 통화는 연결될 수 있지만 오디오와 비디오가 TCP로 중계되므로 품질이 떨어질 수 있습니다. IT 관리자에게 릴레이 서버로의 UDP를 허용해 달라고 요청하세요.',
      'partly-reachable':
        '일부 릴레이는 작동하고({working}) 나머지는 차단되었습니다({blocked}). 통화는 연결될 것입니다. 나머지를 열 수 있도록 세부 정보를 IT 관리자에게 보내세요.',
      'auth-failed':
        '릴레이 서버가 앱의 자격 증명을 거부했습니다. 네트워크가 아니라 앱 구성의 문제입니다. 앱 지원팀에 문의하세요.',
      'server-error':
        '릴레이 서버가 오류로 응답했습니다. 네트워크 문제는 아닐 가능성이 높습니다. 앱 지원팀에 문의하세요.',
      'all-blocked':
        '이 네트워크에서 모든 릴레이가 차단되었습니다. 이것이 통화가 오류 410/3112로 끝나는 원인입니다. 세부 정보를 IT 관리자에게 보내거나 다른 네트워크를 사용해 보세요.',
      'no-testable-servers': '앱의 릴레이 주소 중 여기서 테스트할 수 있는 것이 없습니다.',
      'no-webrtc':
        '이 브라우저에서는 테스트를 실행할 수 없습니다(WebRTC 없음). 최신 버전의 Edge, Chrome, Firefox 또는 Safari를 사용하세요.',
    },
    adminHeading: '이 장치의 릴레이 테스트:',
    adminVerdict: '판정: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms}ms)',
    adminCode: ', 오류 {code}',
  },
};
