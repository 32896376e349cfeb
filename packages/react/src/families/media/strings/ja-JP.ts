import type { MediaStrings } from './en-US.js';

/**
 * Japanese: the media family's strings. です/ます and terms as in ACS's ja-JP: マイク, カメラ, スピーカー, ミュート /
 * ミュートを解除, アクセス許可, 画面の共有; macOS's Japanese names in brackets, as Microsoft's Japanese style writes UI
 * names ([システム設定] › [プライバシーとセキュリティ]). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const mediaJaJP: MediaStrings = {
  locale: 'ja-JP',
  issues: {
    microphonePermissionDenied: {
      title: 'コンピューターがマイクをブロックしています',
      body: 'このブラウザーにマイクの使用が許可されるまで、他のユーザーにはあなたの声が聞こえません。',
    },
    cameraPermissionDenied: {
      title: 'コンピューターがカメラをブロックしています',
      body: 'このブラウザーにカメラの使用が許可されるまで、他のユーザーにはあなたの姿が見えません。',
    },
    screenshareRecordingDisabled: {
      title: 'コンピューターが画面の共有をブロックしています',
      body: 'このブラウザーに画面の収録が許可されるまで、画面を共有できません。',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'マイクが見つかりません',
      body: '他のユーザーに声が届くように、マイクまたはヘッドセットを接続してください。',
    },
    noSpeakerDevicesEnumerated: {
      title: 'スピーカーが見つかりません',
      body: '通話を聞くには、スピーカーまたはヘッドフォンを接続してください。',
    },
    microphoneNotFunctioning: {
      title: 'マイクが機能していません',
      body: '他のユーザーにあなたの声が聞こえていません。マイクがオフになっているか、別のアプリで使用されている可能性があります。そのアプリを閉じるか、別のマイクを選択してください。',
    },
    microphoneMuteUnexpectedly: {
      title: 'システムによってマイクがミュートになりました',
      body: 'もう一度声を届けるにはミュートを解除するか、別のマイクを選択してください。',
    },
    microphoneNotMuteButSilent: {
      title: 'マイクが音を拾っていません',
      body: 'マイクが接続されていて、デバイス側でミュートになっていないことを確認するか、別のマイクを選択してください。',
    },
    cameraStartFailed: {
      title: 'カメラを起動できませんでした',
      body: 'カメラがオフになっているか、別のアプリで使用されている可能性があります。そのアプリを閉じてカメラをもう一度オンにするか、別のカメラを選択してください。',
    },
    cameraStartTimedOut: {
      title: 'カメラの起動に時間がかかっています',
      body: 'カメラをオフにしてからもう一度オンにするか、別のカメラを選択してください。',
    },
    cameraStoppedUnexpectedly: {
      title: 'カメラが停止しました',
      body: 'システムによってビデオが停止されました。カメラをもう一度オンにするか、別のカメラを選択してください。',
    },
    capturerStartFailed: {
      title: '画面の共有を開始できませんでした',
      body: 'もう一度画面を共有してください。',
    },
    capturerStoppedUnexpectedly: {
      title: '画面の共有が停止しました',
      body: '続けるには、もう一度画面を共有してください。',
    },
    cameraFreeze: {
      title: '他のユーザーにはあなたのビデオが止まって見えています',
      body: '現在、ネットワークの速度がビデオには不十分な可能性があります。ネットワークを確認するか、カメラをオフにしてからもう一度オンにしてください。',
    },
  },
  allow: {
    microphone: {
      macos:
        '許可するには: [システム設定] › [プライバシーとセキュリティ] › [マイク] を開いてブラウザーをオンにし、ブラウザーを再起動してください。',
      chromium:
        'ブラウザーで: アドレス バーの左にあるサイト設定のアイコンを選択してマイクを許可し、ページを再読み込みしてください。',
      safari:
        'Safari で: [Safari] › [この Web サイトの設定] を選択して [マイク] を [許可] に設定し、ページを再読み込みしてください。',
      firefox:
        'Firefox で: アドレス バーのアクセス許可のアイコンを選択してブロックされたマイクのアクセス許可を削除し、ページを再読み込みしてください。',
    },
    camera: {
      macos:
        '許可するには: [システム設定] › [プライバシーとセキュリティ] › [カメラ] を開いてブラウザーをオンにし、ブラウザーを再起動してください。',
      chromium:
        'ブラウザーで: アドレス バーの左にあるサイト設定のアイコンを選択してカメラを許可し、ページを再読み込みしてください。',
      safari:
        'Safari で: [Safari] › [この Web サイトの設定] を選択して [カメラ] を [許可] に設定し、ページを再読み込みしてください。',
      firefox:
        'Firefox で: アドレス バーのアクセス許可のアイコンを選択してブロックされたカメラのアクセス許可を削除し、ページを再読み込みしてください。',
    },
    screen: {
      macos:
        '許可するには: [システム設定] › [プライバシーとセキュリティ] › [画面収録とシステムオーディオ録音] を開いてブラウザーをオンにし、ブラウザーを再起動してください。',
      chromium: 'ブラウザーで: もう一度画面を共有し、ブラウザーで確認されたら共有する内容を選択してください。',
      safari: 'Safari で: もう一度画面を共有し、Safari で確認されたら許可してください。',
      firefox: 'Firefox で: もう一度画面を共有し、Firefox で確認されたら許可してください。',
    },
  },
  actions: {
    unmute: 'ミュートを解除',
    chooseMicrophone: '別のマイクを選択',
    chooseCamera: '別のカメラを選択',
    chooseSpeaker: '別のスピーカーを選択',
    checkNetwork: 'ネットワークを確認',
  },
  muted: {
    title: 'ミュートになっています',
    body: '話していますが、マイクがミュートになっています。',
    unmute: 'ミュートを解除',
    dismiss: '閉じる',
    unmuteFailed: 'ミュートを解除できませんでした。通話のコントロールを使用してミュートを解除してください。',
  },
  remote: {
    poorConnection: '接続が不安定',
    reconnecting: '再接続中',
    offline: 'オフライン',
    connectionBlocked: '接続がブロックされています',
    cameraFrozen: 'カメラがフリーズ',
    cameraStopped: 'カメラが停止',
    microphoneNotWorking: 'マイクが機能していません',
    mutedBySystem: 'デバイスによってミュート',
    noMicrophone: 'マイクなし',
    noSpeaker: '通話が聞こえていません',
    label: '{name}: {problem}',
    someone: '参加者',
  },
};
