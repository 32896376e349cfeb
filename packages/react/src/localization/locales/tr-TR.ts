import type { CallDiagnosticsStrings } from '../en-US.js';

/** Turkish (Türkiye). Machine-written: wants a native speaker's review (docs/localization.md). */
export const trTR: CallDiagnosticsStrings = {
  locale: 'tr-TR',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Arama sunucularına ulaşmada sorun var',
    relaysUnreachableBody:
      'Ağınız, aramanızın ses ve görüntüsü için gereken bağlantıyı engelliyor. Bu devam ederse arama başarısız olabilir.',
    relaysUnreachableSince: '{time} itibarıyla',
    endedTitle: 'Aramanız bir ağ sorunu nedeniyle sona erdi',
    relayFailureTitle: 'Aramanız bağlanamadı: ağınız engelledi',
    relayFailureBody:
      'Cihazınız, aramanın ses ve görüntüsünü taşıyan aktarma sunucularına ulaşamadı. Buna genellikle bir güvenlik duvarı, VPN veya ağ ilkesi neden olur.',
    code: 'Hata kodu {code}',
    callId: 'Arama kimliği: {callId}',
    retry: 'Yeniden dene',
    checkNetwork: 'Ağınızı denetleyin',
    copyDetails: 'Ayrıntıları kopyala',
    copied: 'Ayrıntılar kopyalandı',
    copyFailed: 'Kopyalanamadı. Aşağıdaki ayrıntıları seçip kendiniz kopyalayın.',
    detailsLabel: 'Destek için arama ayrıntıları',
    dismiss: 'Kapat',
    transientHint: 'Bu ağda daha önce aramalarınız çalıştı, yani sorun büyük olasılıkla geçici: yeniden deneyin.',
    persistentHint:
      'Bu ağda aramalar sürekli başarısız oluyor, bu yüzden yeniden denemek büyük olasılıkla işe yaramaz. Ağınızı denetleyin veya raporu BT yöneticinize gönderin.',
  },
  toast: {
    recoveredTitle: 'Bağlantı geri geldi',
    recoveredBody: 'Ağınız arama sunucularına yeniden ulaşabiliyor.',
  },
  panel: {
    title: 'Güvenlik duvarınızı ve ağınızı denetleyin',
    close: 'Kapat',
    intro:
      'Aramaların Azure Communication Services medya aktarıcılarına ulaşması gerekir. Bir güvenlik duvarı, VPN veya ara sunucu bunları engellediğinde arama 410/3112 hatasıyla sona erer.',
    failedCall: 'Son aramanız {code} hatasıyla sona erdi (arama kimliği {callId}).',
    checklistTitle: 'Denetlenecekler',
    checkMediaPorts:
      '{range} adres aralığına UDP 3478–3481 bağlantı noktalarına ve TCP 443 bağlantı noktasına izin verin.',
    checkSignalling: '{domains} için TCP 443 ve 80 bağlantı noktalarına izin verin.',
    checkUdp:
      'Güvenlik duvarınızın UDP’yi engellemediğinden emin olun: aramalar en iyi UDP üzerinden çalışır ve gerekirse TCP 443’e geçer.',
    checkNat:
      'NAT ayarlarınızı denetleyin: güvenlik duvarı eşlenen UDP adreslerini veya bağlantı noktalarını yeniden yazmamalı ve NAT havuzu yeterince büyük olmalıdır.',
    checkVpn:
      'VPN kullanıyorsanız, arama trafiğinin VPN yerine doğrudan internete gitmesi için bölünmüş tünel kullanın.',
    checkCorporate:
      'Şirket ağında, kuruluşunuzun güvenlik duvarının da aynı kurallara ihtiyacı olabilir. Aşağıdaki ayrıntıları BT yöneticinize gönderin.',
    checkCustomTurn:
      'Bu uygulama kendi TURN sunucularını kullanıyorsa, bunların IP adresinin, bağlantı noktasının ve protokolünün (UDP, TCP veya TLS) engellenmediğinden emin olun.',
    rulesTitle: 'İzin verilecek kurallar',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Aramalarınız genellikle çalışıyorsa ağınız değişmiş olabilir: yeniden deneyin. Her arama başarısız oluyorsa ağ yapılandırmasının düzeltilmesi gerekir; yeniden denemek işe yaramaz.',
    adminTitle: 'BT yöneticiniz için',
    adminIntro: 'Bunu kopyalayıp ağınızı yöneten kişiye gönderin.',
    copyAdmin: 'BT yöneticiniz için kopyala',
    copied: 'Kopyalandı',
    copyFailed: 'Kopyalanamadı. Metni seçip kendiniz kopyalayın.',
    adminText: {
      heading: 'Bu ağda Azure Communication Services aramaları engelleniyor.',
      rulesHeading: 'Lütfen şunlara izin verin:',
      nat: 'UDP için eşlenen NAT adreslerini veya bağlantı noktalarını yeniden yazmayın; NAT havuzunu yeterince büyük tutun.',
      vpn: 'Bu trafiği VPN tünellerinin dışında tutun (bölünmüş tünel).',
      customTurn: 'Uygulama özel TURN sunucuları kullanıyorsa, bunların IP, bağlantı noktası ve protokolünü açın.',
      detailsHeading: 'Arama ayrıntıları:',
    },
  },
  details: {
    callId: 'Arama kimliği',
    participantId: 'Katılımcı kimliği',
    code: 'Hata kodu',
    time: 'Saat',
    relaysUnreachableSince: 'Aktarıcılara şu zamandan beri ulaşılamıyor',
    relayStatus: 'Aktarıcı durumu',
    unknown: 'bilinmiyor',
  },
  report: {
    title: 'Destek raporu',
    intro:
      'Desteğin bu aramayı bulması için gereken her şey. Parolalar, belirteçler ve TURN kimlik bilgileri bu sayfadan çıkmadan önce kaldırılır.',
    previewLabel: 'Destek raporu önizlemesi',
    copy: 'Raporu kopyala',
    download: 'Raporu indir',
    copied: 'Rapor kopyalandı',
    copyFailed: 'Rapor kopyalanamadı. Bunun yerine indirin veya metni seçip kendiniz kopyalayın.',
    downloaded: 'Rapor indirildi',
    downloadFailed: 'Rapor indirilemedi. Bunun yerine kopyalayın.',
  },
  purpose: {
    media: 'medya',
    signalling: 'sinyalleşme',
  },
  endCodes: {
    relaysNotReachable: 'Ağınız aramanın medya bağlantısını engelledi.',
    setupNetworkUnexpected: 'Beklenmeyen bir ağ sorunu nedeniyle arama başlatılamadı.',
    droppedNetworkUnexpected: 'Beklenmeyen bir ağ sorunu nedeniyle arama kesildi.',
    mediaOfferFailed: 'Arama ses ve görüntüyü ayarlayamadı.',
    noMediaConnectivitySetup: 'Arama ses ve görüntüyü bağlayamadı. Bir güvenlik duvarı veya VPN engelliyor olabilir.',
    mediaConnectivityLost: 'Aramanın ses ve görüntü bağlantısı koptu.',
    httpRequestFailed: 'Tarayıcı, arama için bir ağ isteğini tamamlayamadı.',
    networkLostNoReconnect: 'Cihazınızın ağ bağlantısı koptu ve yeniden bağlanamadı.',
    infrastructureUnreachable: 'Cihazınız arama hizmetine ulaşamadı.',
    mediaStackError: 'Bu cihazda ses ve görüntü başarısız oldu.',
    localNetworkIssue: 'Bu cihazdaki bir ağ sorunu aramayı sonlandırdı.',
    serviceError: 'Arama hizmetinde bir sorun oluştu.',
    unknown: 'Arama beklenmedik şekilde sona erdi.',
  },
  network: {
    noNetworkTitle: 'Çevrimdışısınız',
    noNetworkBody:
      'Cihazınızın ağ bağlantısı yok. Wi-Fi’yi veya ağ kablonuzu denetleyin; bağlantı geri geldiğinde arama devam eder.',
    relaysUnreachableTitle: 'Arama sunucularına ulaşmada sorun var',
    reconnectingTitle: 'Yeniden bağlanıyor…',
    reconnectingBody: 'Aramanın ses ve görüntü bağlantısı koptu, yeniden bağlanmaya çalışıyor.',
    reconnectFailedTitle: 'Aramanız yeniden bağlanamadı',
    reconnectFailedBody: 'Ağ koptu ve arama yeniden bağlanamadı. Bağlantınızı denetleyip yeniden katılın.',
    sendQualityBadTitle: 'Diğerleri sizi duymuyor veya görmüyor olabilir',
    sendQualityBadBody:
      'Ağınız ses ve görüntü göndermekte zorlanıyor. Wi-Fi’ye yaklaşın veya ağı kullanan diğer uygulamaları kapatın.',
    sendQualityPoorTitle: 'Ağ kalitesi düşük',
    sendQualityPoorBody: 'Diğerleri sizi gecikmeli duyabilir veya görebilir.',
    receiveQualityBadTitle: 'Diğerlerini duyamayabilir veya göremeyebilirsiniz',
    receiveQualityBadBody:
      'Ağınız ses ve görüntü almakta zorlanıyor. Wi-Fi’ye yaklaşın veya ağı kullanan diğer uygulamaları kapatın.',
    receiveQualityPoorTitle: 'Gelen ses ve görüntü kesik kesik olabilir',
    receiveQualityPoorBody: 'Ağınız veri alırken yavaş.',
    since: '{time} itibarıyla',
    moreIssuesOne: '+1 sorun daha',
    moreIssuesMany: '+{count} sorun daha',
    endTitles: {
      relaysNotReachable: 'Aramanız bağlanamadı: ağınız engelledi',
      setupNetworkUnexpected: 'Aramanız bir ağ sorunu nedeniyle başlatılamadı',
      droppedNetworkUnexpected: 'Aramanız bir ağ sorunu nedeniyle kesildi',
      mediaOfferFailed: 'Aramanız ses ve görüntüyü ayarlayamadı',
      noMediaConnectivitySetup: 'Aramanız ses ve görüntüyü bağlayamadı',
      mediaConnectivityLost: 'Aramanızın ses ve görüntü bağlantısı koptu',
      httpRequestFailed: 'Aramanız için bir ağ isteği başarısız oldu',
      networkLostNoReconnect: 'Aramanız sona erdi: ağ bağlantısı kesildi',
      infrastructureUnreachable: 'Aramanız arama hizmetine ulaşamadı',
      mediaStackError: 'Aramanız sona erdi: bu cihazda ses ve görüntü başarısız oldu',
      localNetworkIssue: 'Aramanız bu cihazdaki bir ağ sorunu nedeniyle sona erdi',
      serviceError: 'Aramanız sona erdi: arama hizmetinde bir sorun oluştu',
      unknown: 'Aramanız beklenmedik şekilde sona erdi',
    },
    actions: {
      retry: 'Yeniden deneyin: bu çoğu zaman geçicidir.',
      'fix-network': 'Ağınızı denetleyin: genellikle neden bir güvenlik duvarı, VPN veya zayıf bağlantıdır.',
      'contact-support': 'Bu tekrar ederse ayrıntıları kopyalayıp destekle iletişime geçin.',
      'update-environment': 'Tarayıcınızı güncelleyin ve desteklenen bir cihaz kullanıp yeniden deneyin.',
    },
  },
  probe: {
    title: 'Bağlantımı test et',
    intro:
      'Bu uygulamanın aktarma sunucularına UDP, TCP ve TLS üzerinden bu cihazdan ulaşılıp ulaşılamadığını denetleyin. Birkaç saniye sürer ve ses ya da görüntü göndermez.',
    noServers:
      'Bu uygulama Azure Communication Services’in kendi aktarıcılarını kullanıyor. Bunları test etmek için uygulamanın aktarma kimlik bilgileri gerekir ve uygulama hiçbirini sağlamadı; bu yüzden test burada kullanılamıyor. Yukarıdaki denetim listesi yine de geçerlidir.',
    start: 'Bağlantımı test et',
    again: 'Yeniden test et',
    cancel: 'Testi iptal et',
    running: '{count} aktarma adresi test ediliyor…',
    progressLabel: 'Aktarma testi ilerlemesi',
    cancelled: 'Test iptal edildi.',
    resultsLabel: 'Aktarma adresine göre sonuç',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Bunun anlamı',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'çalışıyor',
      'auth-failed': 'uygulamanın kimlik bilgilerini reddetti',
      unreachable: 'engellendi veya ulaşılamıyor',
      'server-error': 'sunucu bir hatayla yanıt verdi',
      'invalid-url': 'geçerli bir aktarma adresi değil',
      timeout: 'yanıt yok (büyük olasılıkla engellendi)',
      unsupported: 'burada test edilemez',
    },
    verdicts: {
      'all-reachable':
        'Tüm aktarıcılar bu ağdan çalışıyor. Aramalar yine de başarısız oluyorsa neden başka bir yerde: yeniden deneyin veya ayrıntıları desteğe gönderin.',
      'udp-blocked-tcp-works':
        'UDP engellendi, ancak {working} çalışıyor: aramalar bağlanabilir, ses ve görüntü TCP üzerinden aktarılır, bu yüzden kalite düşebilir. BT yöneticinizden aktarma sunucularına UDP izni vermesini isteyin.',
      'partly-reachable':
        'Bazı aktarıcılar çalışıyor ({working}), diğerleri engellendi ({blocked}). Aramalar bağlanmalıdır; kalanları açabilmesi için ayrıntıları BT yöneticinize gönderin.',
      'auth-failed':
        'Aktarma sunucuları uygulamanın kimlik bilgilerini reddetti. Bu, ağınızla değil uygulamanın yapılandırmasıyla ilgili bir sorun: uygulamanın desteğiyle iletişime geçin.',
      'server-error':
        'Aktarma sunucuları bir hatayla yanıt verdi. Sorun büyük olasılıkla ağınızda değil: uygulamanın desteğiyle iletişime geçin.',
      'all-blocked':
        'Tüm aktarıcılar bu ağdan engelleniyor: aramaları 410/3112 hatasıyla sonlandıran budur. Ayrıntıları BT yöneticinize gönderin veya başka bir ağ deneyin.',
      'no-testable-servers': 'Uygulamanın aktarma adreslerinin hiçbiri burada test edilemiyor.',
      'no-webrtc':
        'Bu tarayıcı testi çalıştıramıyor (WebRTC desteği yok). Edge, Chrome, Firefox veya Safari’nin güncel bir sürümünü kullanın.',
    },
    adminHeading: 'Bu cihazdan aktarma testi:',
    adminVerdict: 'Sonuç: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', hata {code}',
  },
};
