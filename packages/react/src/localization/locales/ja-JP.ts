import type { CallDiagnosticsStrings } from '../en-US.js';

/** Japanese (Japan). Machine-written: wants a native speaker's review (docs/localization.md). */
export const jaJP: CallDiagnosticsStrings = {
  locale: 'ja-JP',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: '通話サーバーに接続しにくくなっています',
    relaysUnreachableBody:
      'ネットワークが、通話の音声とビデオに必要な接続をブロックしています。この状態が続くと、通話が失敗する可能性があります。',
    relaysUnreachableSince: '{time} から',
    endedTitle: 'ネットワークの問題により通話が終了しました',
    relayFailureTitle: '通話を接続できませんでした: ネットワークによってブロックされました',
    relayFailureBody:
      'デバイスが、通話の音声とビデオを中継するリレー サーバーに到達できませんでした。通常、ファイアウォール、VPN、またはネットワーク ポリシーが原因です。',
    code: 'エラー コード {code}',
    callId: '通話 ID: {callId}',
    retry: '再試行',
    checkNetwork: 'ネットワークを確認',
    copyDetails: '詳細をコピー',
    copied: '詳細をコピーしました',
    copyFailed: 'コピーできませんでした。下の詳細を選択して、手動でコピーしてください。',
    detailsLabel: 'サポート用の通話の詳細',
    dismiss: '閉じる',
    transientHint:
      'このネットワークでは以前に通話できているため、一時的な問題の可能性があります。もう一度お試しください。',
    persistentHint:
      'このネットワークでは通話の失敗が続いているため、再試行しても解決しない可能性があります。ネットワークを確認するか、レポートを IT 管理者に送ってください。',
  },
  toast: {
    recoveredTitle: '接続が回復しました',
    recoveredBody: 'ネットワークが再び通話サーバーに接続できるようになりました。',
  },
  panel: {
    title: 'ファイアウォールとネットワークを確認する',
    close: '閉じる',
    intro:
      '通話には Azure Communication Services のメディア リレーへの接続が必要です。ファイアウォール、VPN、またはプロキシがこれをブロックすると、通話はエラー 410/3112 で終了します。',
    failedCall: '前回の通話はエラー {code} で終了しました (通話 ID {callId})。',
    checklistTitle: '確認すること',
    checkMediaPorts: 'アドレス範囲 {range} への UDP ポート 3478–3481 と TCP ポート 443 を許可してください。',
    checkSignalling: '{domains} への TCP ポート 443 と 80 を許可してください。',
    checkUdp:
      'ファイアウォールが UDP をブロックしていないことを確認してください。通話は UDP で最もよく動作し、使えない場合は TCP 443 に切り替わります。',
    checkNat:
      'NAT の設定を確認してください。ファイアウォールは UDP のマップされたアドレスやポートを書き換えてはならず、NAT プールは十分な大きさが必要です。',
    checkVpn:
      'VPN を使っている場合は、スプリット トンネリングを使い、通話のトラフィックが VPN を経由せずに直接インターネットに出るようにしてください。',
    checkCorporate:
      '会社のネットワークでは、組織のファイアウォールにも同じルールが必要な場合があります。下の詳細を IT 管理者に送ってください。',
    checkCustomTurn:
      'このアプリが独自の TURN サーバーを使っている場合は、その IP アドレス、ポート、プロトコル (UDP、TCP、TLS) がブロックされていないことを確認してください。',
    rulesTitle: '許可するルール',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'ふだん通話できている場合は、ネットワークが変わった可能性があります。もう一度お試しください。すべての通話が失敗する場合は、ネットワーク構成の修正が必要です。再試行しても解決しません。',
    adminTitle: 'IT 管理者向け',
    adminIntro: 'これをコピーして、ネットワークを管理している担当者に送ってください。',
    copyAdmin: 'IT 管理者向けにコピー',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。テキストを選択して、手動でコピーしてください。',
    adminText: {
      heading: 'このネットワークでは Azure Communication Services の通話がブロックされています。',
      rulesHeading: '次を許可してください:',
      nat: 'UDP のマップされた NAT アドレスやポートを書き換えないでください。NAT プールは十分な大きさを確保してください。',
      vpn: 'このトラフィックを VPN トンネルから除外してください (スプリット トンネリング)。',
      customTurn: 'アプリがカスタム TURN サーバーを使う場合は、その IP、ポート、プロトコルを開放してください。',
      detailsHeading: '通話の詳細:',
    },
  },
  details: {
    callId: '通話 ID',
    participantId: '参加者 ID',
    code: 'エラー コード',
    time: '時刻',
    relaysUnreachableSince: 'リレーに到達できなくなった時刻',
    relayStatus: 'リレーの状態',
    unknown: '不明',
  },
  report: {
    title: 'サポート レポート',
    intro:
      'サポートがこの通話を調べるために必要な情報がすべて含まれています。パスワード、トークン、TURN の資格情報は、このページから送信される前に削除されます。',
    previewLabel: 'サポート レポートのプレビュー',
    copy: 'レポートをコピー',
    download: 'レポートをダウンロード',
    copied: 'レポートをコピーしました',
    copyFailed:
      'レポートをコピーできませんでした。代わりにダウンロードするか、テキストを選択して手動でコピーしてください。',
    downloaded: 'レポートをダウンロードしました',
    downloadFailed: 'レポートをダウンロードできませんでした。代わりにコピーしてください。',
  },
  purpose: {
    media: 'メディア',
    signalling: 'シグナリング',
  },
  endCodes: {
    relaysNotReachable: 'ネットワークが通話のメディア接続をブロックしました。',
    setupNetworkUnexpected: '予期しないネットワークの問題により、通話を開始できませんでした。',
    droppedNetworkUnexpected: '予期しないネットワークの問題により、通話が切断されました。',
    mediaOfferFailed: '通話の音声とビデオを設定できませんでした。',
    noMediaConnectivitySetup:
      '通話の音声とビデオを接続できませんでした。ファイアウォールまたは VPN がブロックしている可能性があります。',
    mediaConnectivityLost: '通話の音声とビデオの接続が失われました。',
    httpRequestFailed: 'ブラウザーが通話のネットワーク要求を完了できませんでした。',
    networkLostNoReconnect: 'デバイスのネットワーク接続が失われ、再接続できませんでした。',
    infrastructureUnreachable: 'デバイスが通話サービスに接続できませんでした。',
    mediaStackError: 'このデバイスで音声とビデオが失敗しました。',
    localNetworkIssue: 'このデバイスのネットワークの問題により通話が終了しました。',
    serviceError: '通話サービスで問題が発生しました。',
    unknown: '通話が予期せず終了しました。',
  },
  network: {
    noNetworkTitle: 'オフラインです',
    noNetworkBody:
      'デバイスがネットワークに接続されていません。Wi-Fi またはネットワーク ケーブルを確認してください。接続が戻ると通話は続行されます。',
    relaysUnreachableTitle: '通話サーバーに接続しにくくなっています',
    reconnectingTitle: '再接続中…',
    reconnectingBody: '通話の音声とビデオの接続が失われたため、再接続を試みています。',
    reconnectFailedTitle: '通話を再接続できませんでした',
    reconnectFailedBody:
      'ネットワークが切断され、通話を再接続できませんでした。接続を確認して、もう一度参加してください。',
    sendQualityBadTitle: '相手にあなたの声や映像が届いていない可能性があります',
    sendQualityBadBody:
      'ネットワークで音声とビデオの送信が難しくなっています。Wi-Fi の近くに移動するか、ネットワークを使っている他のアプリを閉じてください。',
    sendQualityPoorTitle: 'ネットワークの品質が低くなっています',
    sendQualityPoorBody: '相手にはあなたの声や映像が遅れて届く可能性があります。',
    receiveQualityBadTitle: '相手の声や映像を受信できない可能性があります',
    receiveQualityBadBody:
      'ネットワークで音声とビデオの受信が難しくなっています。Wi-Fi の近くに移動するか、ネットワークを使っている他のアプリを閉じてください。',
    receiveQualityPoorTitle: '受信する音声とビデオが途切れる可能性があります',
    receiveQualityPoorBody: 'ネットワークの受信速度が低下しています。',
    since: '{time} から',
    moreIssuesOne: 'ほかに 1 件の問題',
    moreIssuesMany: 'ほかに {count} 件の問題',
    endTitles: {
      relaysNotReachable: '通話を接続できませんでした: ネットワークによってブロックされました',
      setupNetworkUnexpected: 'ネットワークの問題により通話を開始できませんでした',
      droppedNetworkUnexpected: 'ネットワークの問題により通話が切断されました',
      mediaOfferFailed: '通話の音声とビデオを設定できませんでした',
      noMediaConnectivitySetup: '通話の音声とビデオを接続できませんでした',
      mediaConnectivityLost: '通話の音声とビデオの接続が失われました',
      httpRequestFailed: '通話のネットワーク要求が失敗しました',
      networkLostNoReconnect: '通話が終了しました: ネットワーク接続が失われました',
      infrastructureUnreachable: '通話サービスに接続できませんでした',
      mediaStackError: '通話が終了しました: このデバイスで音声とビデオが失敗しました',
      localNetworkIssue: 'このデバイスのネットワークの問題により通話が終了しました',
      serviceError: '通話が終了しました: 通話サービスで問題が発生しました',
      unknown: '通話が予期せず終了しました',
    },
    actions: {
      retry: 'もう一度お試しください。一時的な問題であることがよくあります。',
      'fix-network': 'ネットワークを確認してください。ファイアウォール、VPN、または弱い接続がよくある原因です。',
      'contact-support': '繰り返し発生する場合は、詳細をコピーしてサポートに連絡してください。',
      'update-environment': 'ブラウザーを更新し、サポートされているデバイスを使ってから、もう一度お試しください。',
    },
  },
  probe: {
    title: '接続をテストする',
    intro:
      'このデバイスから、アプリのリレー サーバーに UDP、TCP、TLS で到達できるかを確認します。数秒で終わり、音声やビデオは送信しません。',
    noServers:
      'このアプリは Azure Communication Services 自体のリレーを使っています。テストにはアプリからのリレー資格情報が必要ですが、提供されていないため、ここではテストを利用できません。上のチェックリストは引き続き有効です。',
    start: '接続をテストする',
    again: 'もう一度テスト',
    cancel: 'テストをキャンセル',
    running: '{count} 件のリレー アドレスをテストしています…',
    progressLabel: 'リレー テストの進行状況',
    cancelled: 'テストをキャンセルしました。',
    resultsLabel: 'リレー アドレスごとの結果',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: '結果の意味',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: '動作しています',
      'auth-failed': 'アプリの資格情報を拒否しました',
      unreachable: 'ブロックされているか到達できません',
      'server-error': 'サーバーがエラーを返しました',
      'invalid-url': '有効なリレー アドレスではありません',
      timeout: '応答なし (ブロックされている可能性があります)',
      unsupported: 'ここではテストできません',
    },
    verdicts: {
      'all-reachable':
        'このネットワークからすべてのリレーが動作しています。それでも通話が失敗する場合、原因は別の場所にあります。もう一度試すか、詳細をサポートに送ってください。',
      'udp-blocked-tcp-works':
        'UDP はブロックされていますが、{working} は動作しています。通話は接続できますが、音声とビデオは TCP 経由で中継されるため、品質が下がる可能性があります。リレー サーバーへの UDP を許可するよう IT 管理者に依頼してください。',
      'partly-reachable':
        '一部のリレーは動作しています ({working}) が、ほかはブロックされています ({blocked})。通話は接続できるはずです。残りを開放してもらうため、詳細を IT 管理者に送ってください。',
      'auth-failed':
        'リレー サーバーがアプリの資格情報を拒否しました。これはネットワークではなくアプリの構成の問題です。アプリのサポートに連絡してください。',
      'server-error':
        'リレー サーバーがエラーを返しました。おそらくネットワークの問題ではありません。アプリのサポートに連絡してください。',
      'all-blocked':
        'このネットワークからはすべてのリレーがブロックされています。これが通話をエラー 410/3112 で終わらせる原因です。詳細を IT 管理者に送るか、別のネットワークを試してください。',
      'no-testable-servers': 'アプリのリレー アドレスはどれもここではテストできません。',
      'no-webrtc':
        'このブラウザーではテストを実行できません (WebRTC がありません)。最新バージョンの Edge、Chrome、Firefox、または Safari を使ってください。',
    },
    adminHeading: 'このデバイスからのリレー テスト:',
    adminVerdict: '判定: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: '、エラー {code}',
  },
};
