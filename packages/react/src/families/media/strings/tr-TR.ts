import type { MediaStrings } from './en-US.js';

/**
 * Turkish: the media family's strings. Register "siz" and terms as in ACS's tr-TR: mikrofon, kamera, hoparlör,
 * "sesi kapalı" / "Sesi aç", izin, ekran paylaşımı; macOS's Turkish names (Sistem Ayarları › Gizlilik ve Güvenlik).
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaTrTR: MediaStrings = {
  locale: 'tr-TR',
  issues: {
    microphonePermissionDenied: {
      title: 'Bilgisayarınız mikrofonunuzu engelliyor',
      body: 'Bu tarayıcının mikrofonu kullanmasına izin verilene kadar diğer kişiler sizi duyamaz.',
    },
    cameraPermissionDenied: {
      title: 'Bilgisayarınız kameranızı engelliyor',
      body: 'Bu tarayıcının kamerayı kullanmasına izin verilene kadar diğer kişiler sizi göremez.',
    },
    screenshareRecordingDisabled: {
      title: 'Bilgisayarınız ekran paylaşımını engelliyor',
      body: 'Bu tarayıcının ekranınızı kaydetmesine izin verilene kadar ekranınızı paylaşamazsınız.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Mikrofon bulunamadı',
      body: 'Diğer kişilerin sizi duyabilmesi için bir mikrofon veya mikrofonlu kulaklık bağlayın.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Hoparlör bulunamadı',
      body: 'Aramayı duymak için hoparlör veya kulaklık bağlayın.',
    },
    microphoneNotFunctioning: {
      title: 'Mikrofonunuz çalışmıyor',
      body: 'Diğer kişiler sizi duyamıyor. Mikrofon kapalı olabilir veya başka bir uygulama tarafından kullanılıyor olabilir: o uygulamayı kapatın veya başka bir mikrofon seçin.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Sisteminiz mikrofonunuzun sesini kapattı',
      body: 'Yeniden duyulmak için sesi açın veya başka bir mikrofon seçin.',
    },
    microphoneNotMuteButSilent: {
      title: 'Mikrofonunuz ses algılamıyor',
      body: 'Takılı olduğunu ve cihazın kendisinde sesinin kapalı olmadığını denetleyin veya başka bir mikrofon seçin.',
    },
    cameraStartFailed: {
      title: 'Kameranız başlatılamadı',
      body: 'Kamera kapalı olabilir veya başka bir uygulama tarafından kullanılıyor olabilir: o uygulamayı kapatıp kameranızı yeniden açın veya başka bir kamera seçin.',
    },
    cameraStartTimedOut: {
      title: 'Kameranızın başlatılması çok uzun sürüyor',
      body: 'Kameranızı kapatıp yeniden açın veya başka bir kamera seçin.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Kameranız durdu',
      body: 'Videonuz sisteminiz tarafından durduruldu. Kameranızı yeniden açın veya başka bir kamera seçin.',
    },
    capturerStartFailed: {
      title: 'Ekran paylaşımı başlatılamadı',
      body: 'Ekranınızı yeniden paylaşmayı deneyin.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Ekran paylaşımı durdu',
      body: 'Devam etmek için ekranınızı yeniden paylaşın.',
    },
    cameraFreeze: {
      title: 'Diğer kişiler videonuzu donmuş görüyor',
      body: 'Ağınız şu anda video için çok yavaş olabilir. Ağınızı denetleyin veya kameranızı kapatıp yeniden açın.',
    },
  },
  allow: {
    microphone: {
      macos:
        'İzin vermek için: Sistem Ayarları › Gizlilik ve Güvenlik › Mikrofon bölümünü açın, tarayıcınızı etkinleştirin ve ardından tarayıcıyı yeniden başlatın.',
      chromium:
        'Tarayıcıda: adres çubuğunun solundaki site ayarları simgesini seçin, mikrofona izin verin ve ardından sayfayı yeniden yükleyin.',
      safari:
        'Safari’de: Safari › Bu Web Sitesi İçin Ayarlar’ı seçin, Mikrofon’u İzin Ver olarak ayarlayın ve ardından sayfayı yeniden yükleyin.',
      firefox:
        'Firefox’ta: adres çubuğundaki izinler simgesini seçin, engellenen mikrofon iznini kaldırın ve ardından sayfayı yeniden yükleyin.',
    },
    camera: {
      macos:
        'İzin vermek için: Sistem Ayarları › Gizlilik ve Güvenlik › Kamera bölümünü açın, tarayıcınızı etkinleştirin ve ardından tarayıcıyı yeniden başlatın.',
      chromium:
        'Tarayıcıda: adres çubuğunun solundaki site ayarları simgesini seçin, kameraya izin verin ve ardından sayfayı yeniden yükleyin.',
      safari:
        'Safari’de: Safari › Bu Web Sitesi İçin Ayarlar’ı seçin, Kamera’yı İzin Ver olarak ayarlayın ve ardından sayfayı yeniden yükleyin.',
      firefox:
        'Firefox’ta: adres çubuğundaki izinler simgesini seçin, engellenen kamera iznini kaldırın ve ardından sayfayı yeniden yükleyin.',
    },
    screen: {
      macos:
        'İzin vermek için: Sistem Ayarları › Gizlilik ve Güvenlik › Ekran ve Sistem Sesi Kaydı bölümünü açın, tarayıcınızı etkinleştirin ve ardından tarayıcıyı yeniden başlatın.',
      chromium: 'Tarayıcıda: ekranınızı yeniden paylaşın ve tarayıcı sorduğunda neyi paylaşacağınızı seçin.',
      safari: 'Safari’de: ekranınızı yeniden paylaşın ve Safari sorduğunda izin verin.',
      firefox: 'Firefox’ta: ekranınızı yeniden paylaşın ve Firefox sorduğunda izin verin.',
    },
  },
  actions: {
    unmute: 'Sesi aç',
    chooseMicrophone: 'Başka bir mikrofon seç',
    chooseCamera: 'Başka bir kamera seç',
    chooseSpeaker: 'Başka bir hoparlör seç',
    checkNetwork: 'Ağınızı denetleyin',
  },
  muted: {
    title: 'Sesiniz kapalı',
    body: 'Konuşuyorsunuz, ancak mikrofonunuzun sesi kapalı.',
    unmute: 'Sesi aç',
    dismiss: 'Kapat',
    unmuteFailed: 'Ses açılamadı. Sesi açmak için arama denetimlerini kullanın.',
  },
  remote: {
    poorConnection: 'Zayıf bağlantı',
    reconnecting: 'Yeniden bağlanıyor',
    offline: 'Çevrimdışı',
    connectionBlocked: 'Bağlantı engellendi',
    cameraFrozen: 'Kamera dondu',
    cameraStopped: 'Kamera durdu',
    microphoneNotWorking: 'Mikrofon çalışmıyor',
    mutedBySystem: 'Cihazı tarafından sessize alındı',
    noMicrophone: 'Mikrofon yok',
    noSpeaker: 'Aramayı duyamıyor',
    label: '{name}: {problem}',
    someone: 'Bir katılımcı',
  },
};
