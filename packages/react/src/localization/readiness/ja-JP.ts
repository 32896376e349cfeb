import type { ReadinessStrings } from './en-US.js';

/**
 * Japanese strings of the readiness check. Polite です/ます and terms as in ACS's ja-JP (`@azure/communication-react`):
 * 通話, 通話に参加, ネットワーク, 接続, マイク, カメラ, ブラウザー, サポートされていません, もう一度お試しください,
 * キャンセル, コピーしました. Lists use 「、」. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessJaJP: ReadinessStrings = {
  locale: 'ja-JP',
  title: '参加する前に接続を確認してください',
  intro: '参加する前に通話が接続できるかどうかがわかるように、ブラウザー、デバイス、ネットワークを確認します。',
  start: 'チェックを開始',
  runAgain: 'もう一度チェック',
  cancel: 'キャンセル',
  allowDevices: 'カメラとマイクを許可',
  join: '参加',
  joinAnyway: 'このまま参加',
  running: '接続を確認しています…',
  progress: '{total} 件中 {done} 件のチェックが完了しました',
  aborted: 'チェックはキャンセルされました。',
  untested: '未テスト: {checks}。',
  listSeparator: '、',
  unknown: '不明',
  verdicts: {
    ready: { title: '参加する準備ができました', body: 'テストした項目はすべて正常です。' },
    warnings: {
      title: '参加できますが、問題が発生する可能性があります',
      body: '一部のチェックで問題が見つかったか、チェックを実行できませんでした。以下の詳細をご確認ください。',
    },
    blocked: {
      title: 'ここからは通話を接続できません',
      body: 'ネットワークまたはデバイスが原因で通話が機能しません。以下の問題を解決してから、もう一度チェックを実行してください。',
    },
    untested: {
      title: 'ここでは何もテストできませんでした',
      body: 'このブラウザーまたはこの環境ではどのチェックも実行できなかったため、通話が接続できるかどうかはわかりません。',
    },
  },
  checks: {
    environment: 'ブラウザー',
    devices: 'マイクとカメラ',
    relays: '通話のメディア サーバー',
    signalling: '通話サービス',
    history: '最近の通話',
  },
  status: {
    idle: '未開始',
    running: 'チェック中',
    pass: '合格',
    warn: '警告',
    fail: '失敗',
    skipped: '未テスト',
  },
  reasons: {
    'not-in-browser': 'このチェックにはブラウザーが必要です。',
    'timed-out': 'このチェックは時間がかかりすぎたため停止しました。',
    'sdk-error': 'このチェックを実行できませんでした: ブラウザーまたは Calling SDK がエラーを報告しました。',
    aborted: 'キャンセルされました。',
    supported: 'お使いのブラウザーはサポートされています ({browser} {browserVersion}、{platform})。',
    'webrtc-available': 'お使いのブラウザーで通話できます (WebRTC)。サポート対象かどうかは確認していません。',
    'unsupported-browser':
      'このブラウザーは通話ではサポートされていません ({browser})。通話が正常に動作しない可能性があります。',
    'unsupported-browser-version':
      'このバージョンのブラウザーは通話には古すぎます ({browser} {browserVersion})。ブラウザーを更新してください。',
    'unsupported-platform':
      'このオペレーティング システムは通話ではサポートされていません ({platform})。通話が正常に動作しない可能性があります。',
    'no-webrtc':
      'このブラウザーでは通話できません: WebRTC がありません。最新の Edge、Chrome、Firefox、または Safari を使用してください。',
    'devices-available': 'マイクが {microphones} 台、カメラが {cameras} 台見つかりました。',
    'no-microphone': 'マイクが見つかりません。他の参加者にあなたの声が聞こえません: マイクを接続してください。',
    'no-camera': 'カメラが見つかりません。他の参加者にはあなたの姿が見えません。',
    'microphone-denied':
      'マイクへのアクセスがブロックされています。他の参加者にあなたの声が聞こえません: ブラウザーの設定で許可してください。',
    'camera-denied':
      'カメラへのアクセスがブロックされています。他の参加者にはあなたの姿が見えません: ブラウザーの設定で許可してください。',
    'permission-needed': 'カメラとマイクを確認できるように、アクセスを許可してください。',
    'no-media-devices': 'このブラウザーではメディア デバイスを一覧表示できません。',
    'relays-reachable': 'お使いのネットワークから通話のメディア サーバーに接続できます ({transports})。',
    'relays-answered':
      '通話のメディア サーバーが応答しました ({transports})。サーバー経由で音声とビデオを送受信できるかどうかはテストしていません。',
    'udp-blocked-tcp-works':
      'お使いのネットワークでは UDP がブロックされているため、通話の音声とビデオには TCP が使用されます。通話は接続されるはずですが、品質が低下する可能性があります。',
    'udp-blocked':
      'お使いのネットワークでは通話のメディア サーバーへの UDP がブロックされています。TCP ポート 443 経由で接続できる可能性はありますが、テストしていません。',
    'partly-reachable':
      '一部の通話のメディア サーバーに接続できませんでした。それでも通話は接続される可能性があります。',
    'relays-blocked':
      'お使いのネットワークが通話のメディア サーバーをブロックしています。ファイアウォールで許可されるまで、通話はエラー 410/3112 で失敗します。',
    'relay-auth-failed':
      'アプリのメディア サーバー用の資格情報が拒否されました。これはアプリの問題で、ネットワークの問題ではありません。',
    'relay-server-error': 'メディア サーバーがエラーを返しました。後でもう一度お試しください。',
    'no-relay-urls': 'テストするメディア サーバーが指定されていないため、テストしていません。',
    'endpoints-reachable': '通話サービスに接続できます。',
    'endpoints-unreachable':
      '通話サービスに接続できません ({hosts})。インターネット接続またはプロキシを確認してください。',
    'no-endpoints': 'テストする通話サービスのアドレスが指定されていないため、テストしていません。',
    'recent-relay-failures':
      'このデバイスでの最近の {count} 件の通話は、エラー 410/3112 で終了しました: ネットワークによってブロックされました。',
    'history-clear': 'このデバイスでの最近の通話は接続されました。',
    'no-history': 'このデバイスでの以前の通話はありません。',
  },
  adminTitle: 'IT 管理者向け',
  adminIntro: 'ネットワークを管理している担当者にこれを送ってください。',
  adminFindings: '通話前のチェックで見つかった内容:',
  copyAdmin: 'IT 管理者向けにコピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。上のテキストを選択して、手動でコピーしてください。',
  inCall: {
    found: 'この通話の前のチェックで見つかった問題: {finding}',
    passed: 'この通話の前のチェックでは問題は見つかりませんでした。',
  },
};
