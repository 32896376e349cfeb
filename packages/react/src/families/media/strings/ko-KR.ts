import type { MediaStrings } from './en-US.js';

/**
 * Korean: the media family's strings. Formal register (-습니다/-세요) and terms as in ACS's ko-KR: 마이크, 카메라,
 * 스피커 (ACS's "발언자" in one menu is a person speaking, not the device), 음소거 / 음소거 해제, 권한, 화면 공유, 장치;
 * macOS's Korean names (시스템 설정 › 개인정보 보호 및 보안). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const mediaKoKR: MediaStrings = {
  locale: 'ko-KR',
  issues: {
    microphonePermissionDenied: {
      title: '컴퓨터에서 마이크를 차단하고 있습니다',
      body: '이 브라우저에서 마이크를 사용하도록 허용될 때까지 다른 사람이 사용자의 음성을 들을 수 없습니다.',
    },
    cameraPermissionDenied: {
      title: '컴퓨터에서 카메라를 차단하고 있습니다',
      body: '이 브라우저에서 카메라를 사용하도록 허용될 때까지 다른 사람이 사용자를 볼 수 없습니다.',
    },
    screenshareRecordingDisabled: {
      title: '컴퓨터에서 화면 공유를 차단하고 있습니다',
      body: '이 브라우저에서 화면을 녹화하도록 허용될 때까지 화면을 공유할 수 없습니다.',
    },
    noMicrophoneDevicesEnumerated: {
      title: '마이크를 찾을 수 없습니다',
      body: '다른 사람이 음성을 들을 수 있도록 마이크나 헤드셋을 연결하세요.',
    },
    noSpeakerDevicesEnumerated: {
      title: '스피커를 찾을 수 없습니다',
      body: '통화를 들으려면 스피커나 헤드폰을 연결하세요.',
    },
    microphoneNotFunctioning: {
      title: '마이크가 작동하지 않습니다',
      body: '다른 사람이 음성을 들을 수 없습니다. 마이크가 꺼져 있거나 다른 앱에서 사용 중일 수 있습니다. 해당 앱을 닫거나 다른 마이크를 선택하세요.',
    },
    microphoneMuteUnexpectedly: {
      title: '시스템에서 마이크를 음소거했습니다',
      body: '다시 음성이 들리도록 음소거를 해제하거나 다른 마이크를 선택하세요.',
    },
    microphoneNotMuteButSilent: {
      title: '마이크에서 소리가 감지되지 않습니다',
      body: '마이크가 연결되어 있고 장치 자체에서 음소거되어 있지 않은지 확인하거나 다른 마이크를 선택하세요.',
    },
    cameraStartFailed: {
      title: '카메라를 시작할 수 없습니다',
      body: '카메라가 꺼져 있거나 다른 앱에서 사용 중일 수 있습니다. 해당 앱을 닫고 카메라를 다시 켜거나 다른 카메라를 선택하세요.',
    },
    cameraStartTimedOut: {
      title: '카메라를 시작하는 데 너무 오래 걸립니다',
      body: '카메라를 껐다가 다시 켜거나 다른 카메라를 선택하세요.',
    },
    cameraStoppedUnexpectedly: {
      title: '카메라가 중지되었습니다',
      body: '시스템에 의해 비디오가 중지되었습니다. 카메라를 다시 켜거나 다른 카메라를 선택하세요.',
    },
    capturerStartFailed: {
      title: '화면 공유를 시작할 수 없습니다',
      body: '화면을 다시 공유해 보세요.',
    },
    capturerStoppedUnexpectedly: {
      title: '화면 공유가 중지되었습니다',
      body: '계속하려면 화면을 다시 공유하세요.',
    },
    cameraFreeze: {
      title: '다른 사람에게 비디오가 멈춘 것으로 보입니다',
      body: '현재 네트워크 속도가 비디오에 너무 느릴 수 있습니다. 네트워크를 확인하거나 카메라를 껐다가 다시 켜세요.',
    },
  },
  allow: {
    microphone: {
      macos:
        '허용하려면: 시스템 설정 › 개인정보 보호 및 보안 › 마이크를 열고 브라우저를 켠 다음 브라우저를 다시 시작하세요.',
      chromium:
        '브라우저에서: 주소 표시줄 왼쪽의 사이트 설정 아이콘을 선택하고 마이크를 허용한 다음 페이지를 새로 고치세요.',
      safari:
        'Safari에서: Safari › 이 웹 사이트에 대한 설정을 선택하고 마이크를 허용으로 설정한 다음 페이지를 새로 고치세요.',
      firefox:
        'Firefox에서: 주소 표시줄의 권한 아이콘을 선택하고 차단된 마이크 권한을 제거한 다음 페이지를 새로 고치세요.',
    },
    camera: {
      macos:
        '허용하려면: 시스템 설정 › 개인정보 보호 및 보안 › 카메라를 열고 브라우저를 켠 다음 브라우저를 다시 시작하세요.',
      chromium:
        '브라우저에서: 주소 표시줄 왼쪽의 사이트 설정 아이콘을 선택하고 카메라를 허용한 다음 페이지를 새로 고치세요.',
      safari:
        'Safari에서: Safari › 이 웹 사이트에 대한 설정을 선택하고 카메라를 허용으로 설정한 다음 페이지를 새로 고치세요.',
      firefox:
        'Firefox에서: 주소 표시줄의 권한 아이콘을 선택하고 차단된 카메라 권한을 제거한 다음 페이지를 새로 고치세요.',
    },
    screen: {
      macos:
        '허용하려면: 시스템 설정 › 개인정보 보호 및 보안 › 화면 및 시스템 오디오 녹음을 열고 브라우저를 켠 다음 브라우저를 다시 시작하세요.',
      chromium: '브라우저에서: 화면을 다시 공유하고 브라우저에서 물으면 공유할 항목을 선택하세요.',
      safari: 'Safari에서: 화면을 다시 공유하고 Safari에서 물으면 허용하세요.',
      firefox: 'Firefox에서: 화면을 다시 공유하고 Firefox에서 물으면 허용하세요.',
    },
  },
  actions: {
    unmute: '음소거 해제',
    chooseMicrophone: '다른 마이크 선택',
    chooseCamera: '다른 카메라 선택',
    chooseSpeaker: '다른 스피커 선택',
    checkNetwork: '네트워크 확인',
  },
  muted: {
    title: '마이크가 음소거되어 있습니다',
    body: '말하고 있지만 마이크가 음소거되어 있습니다.',
    unmute: '음소거 해제',
    dismiss: '닫기',
    unmuteFailed: '음소거를 해제할 수 없습니다. 통화 컨트롤을 사용하여 음소거를 해제하세요.',
  },
  remote: {
    poorConnection: '연결 상태 나쁨',
    reconnecting: '다시 연결하는 중',
    offline: '오프라인',
    connectionBlocked: '연결 차단됨',
    cameraFrozen: '카메라 멈춤',
    cameraStopped: '카메라 중지됨',
    microphoneNotWorking: '마이크 작동 안 함',
    mutedBySystem: '장치에서 음소거됨',
    noMicrophone: '마이크 없음',
    noSpeaker: '통화를 들을 수 없음',
    label: '{name}: {problem}',
    someone: '참가자',
  },
};
