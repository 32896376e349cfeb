import type { ReadinessStrings } from './en-US.js';

/**
 * Turkish strings of the readiness check. Formal "siz" and terms as in ACS's tr-TR (`@azure/communication-react`):
 * arama, aramaya katılmak, ağ, bağlantı, mikrofon, kamera, tarayıcı, "desteklenmiyor", denetlemek, güncelleştirmek,
 * "Yeniden dene", İptal. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessTrTR: ReadinessStrings = {
  locale: 'tr-TR',
  title: 'Katılmadan önce bağlantınızı denetleyin',
  intro:
    'Katılmadan önce aramanın bağlanıp bağlanamayacağını bilmeniz için tarayıcınızı, cihazlarınızı ve ağınızı denetliyoruz.',
  start: 'Denetimi başlat',
  runAgain: 'Yeniden denetle',
  cancel: 'İptal',
  allowDevices: 'Kameraya ve mikrofona izin ver',
  join: 'Katıl',
  joinAnyway: 'Yine de katıl',
  running: 'Bağlantınız denetleniyor…',
  progress: '{total} denetimden {done} tanesi tamamlandı',
  aborted: 'Denetim iptal edildi.',
  untested: 'Test edilmedi: {checks}.',
  listSeparator: ', ',
  unknown: 'bilinmiyor',
  verdicts: {
    ready: { title: 'Katılmaya hazırsınız', body: 'Test ettiğimiz her şey çalışıyor.' },
    warnings: {
      title: 'Katılabilirsiniz ancak sorunlar olabilir',
      body: 'Bazı denetimler sorun buldu veya çalıştırılamadı. Aşağıdaki ayrıntıları okuyun.',
    },
    blocked: {
      title: 'Aramanız buradan bağlanamıyor',
      body: 'Ağınız veya cihazınız aramaların çalışmasını engelliyor. Aşağıdaki sorunu düzeltin, ardından denetimi yeniden çalıştırın.',
    },
    untested: {
      title: 'Burada hiçbir şeyi test edemedik',
      body: 'Bu tarayıcıda veya bu kurulumda hiçbir denetim çalıştırılamadı; bu nedenle aramanın bağlanıp bağlanmayacağını söyleyemiyoruz.',
    },
  },
  checks: {
    environment: 'Tarayıcı',
    devices: 'Mikrofon ve kamera',
    relays: 'Arama medya sunucuları',
    signalling: 'Arama hizmeti',
    history: 'Son aramalarınız',
  },
  status: {
    idle: 'Başlatılmadı',
    running: 'Denetleniyor',
    pass: 'Başarılı',
    warn: 'Uyarı',
    fail: 'Başarısız',
    skipped: 'Test edilmedi',
  },
  reasons: {
    'not-in-browser': 'Bu denetim için bir tarayıcı gerekir.',
    'timed-out': 'Bu denetim çok uzun sürdü ve durduruldu.',
    'sdk-error': 'Bu denetim çalıştırılamadı: tarayıcı veya Calling SDK bir hata bildirdi.',
    aborted: 'İptal edildi.',
    supported: 'Tarayıcınız destekleniyor ({browser} {browserVersion}, {platform}).',
    'webrtc-available': 'Tarayıcınız arama yapabiliyor (WebRTC). Desteklenip desteklenmediği denetlenmedi.',
    'unsupported-browser': 'Bu tarayıcı aramalar için desteklenmiyor ({browser}). Aramalar düzgün çalışmayabilir.',
    'unsupported-browser-version':
      'Bu tarayıcı sürümü aramalar için çok eski ({browser} {browserVersion}). Tarayıcınızı güncelleştirin.',
    'unsupported-platform':
      'Bu işletim sistemi aramalar için desteklenmiyor ({platform}). Aramalar düzgün çalışmayabilir.',
    'no-webrtc':
      'Bu tarayıcı arama yapamıyor: WebRTC desteği yok. Edge, Chrome, Firefox veya Safari’nin güncel bir sürümünü kullanın.',
    'devices-available': 'Bulunan mikrofon sayısı: {microphones}, kamera sayısı: {cameras}.',
    'no-microphone': 'Mikrofon bulunamadı. Diğer kişiler sizi duyamaz: bir mikrofon bağlayın.',
    'no-camera': 'Kamera bulunamadı. Diğer kişiler sizi göremez.',
    'microphone-denied':
      'Mikrofon erişimi engellendi. Diğer kişiler sizi duyamaz: tarayıcınızın ayarlarından izin verin.',
    'camera-denied': 'Kamera erişimi engellendi. Diğer kişiler sizi göremez: tarayıcınızın ayarlarından izin verin.',
    'permission-needed': 'Denetleyebilmemiz için kameranıza ve mikrofonunuza erişim izni verin.',
    'no-media-devices': 'Bu tarayıcı medya cihazlarını listeleyemiyor.',
    'relays-reachable': 'Ağınız arama medya sunucularına ulaşabiliyor ({transports}).',
    'relays-answered':
      'Arama medya sunucuları yanıt verdi ({transports}). Ses ve görüntünün bu sunucular üzerinden geçip geçemeyeceği test edilmedi.',
    'udp-blocked-tcp-works':
      'Ağınız UDP’yi engelliyor, bu nedenle aramaların sesi ve görüntüsü TCP kullanacak. Aramalar bağlanmalı ancak kalite daha düşük olabilir.',
    'udp-blocked':
      'Ağınız arama medya sunucularına giden UDP trafiğini engelliyor. Aramalar yine de TCP 443 numaralı bağlantı noktası üzerinden bağlanabilir; bu test edilmedi.',
    'partly-reachable': 'Bazı arama medya sunucularına ulaşılamadı. Aramalar yine de bağlanabilir.',
    'relays-blocked':
      'Ağınız arama medya sunucularını engelliyor. Güvenlik duvarı izin verene kadar aramalar 410/3112 hatasıyla başarısız olacak.',
    'relay-auth-failed':
      'Uygulamanın medya sunucusu kimlik bilgileri reddedildi. Bu, ağınızla değil uygulamayla ilgili bir sorundur.',
    'relay-server-error': 'Medya sunucuları bir hatayla yanıt verdi. Daha sonra yeniden deneyin.',
    'no-relay-urls': 'Test edilecek medya sunucusu verilmedi; bu nedenle bu test edilmedi.',
    'endpoints-reachable': 'Arama hizmetine ulaşılabiliyor.',
    'endpoints-unreachable':
      'Arama hizmetine ulaşılamıyor ({hosts}). İnternet bağlantınızı veya ara sunucu ayarınızı denetleyin.',
    'no-endpoints': 'Test edilecek arama hizmeti adresi verilmedi; bu nedenle bu test edilmedi.',
    'recent-relay-failures':
      'Bu cihazdaki son aramalarınız ({count}) 410/3112 hatasıyla sona erdi: ağınız bunları engelledi.',
    'history-clear': 'Bu cihazdaki son aramalarınız bağlandı.',
    'no-history': 'Bu cihazda önceki arama yok.',
  },
  adminTitle: 'BT yöneticiniz için',
  adminIntro: 'Bunu ağınızı yöneten kişiye gönderin.',
  adminFindings: 'Aramadan önceki denetimin bulguları:',
  copyAdmin: 'BT yöneticiniz için kopyala',
  copied: 'Kopyalandı',
  copyFailed: 'Kopyalanamadı. Yukarıdaki metni seçip kendiniz kopyalayın.',
  inCall: {
    found: 'Bu aramadan önceki denetim şunu buldu: {finding}',
    passed: 'Bu aramadan önceki denetim bir sorun bulmadı.',
  },
};
