import type { FallbackStrings } from './en-US.js';

/**
 * Turkish: the fallback family's strings. Register "siz" and terms as in ACS's tr-TR: its "Join by Phone" button
 * (Telefonla katıl, in sentence case) and phone-quality message, its dial-in panel's "Ücretli" / "Ücretsiz", kimlik,
 * toplantı, arama, video, "kapat" (its camera button). "Konferans kimliği" as Teams' dial-in invitation (ACS's panel
 * says "toplantı kimliği"). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackTrTR: FallbackStrings = {
  locale: 'tr-TR',
  phone: {
    action: 'Telefonla katıl',
    instructions: '{number} numarasını arayın, ardından konferans kimliğini ({conferenceId}) girip # tuşuna basın.',
    title: 'Telefonla katıl',
    intro: 'Ağınız bu cihazdan yapılan aramaları engelliyor. Yine de toplantıya bir telefondan katılabilirsiniz.',
    conferenceId: 'Konferans kimliği: {conferenceId}',
    toll: 'Ücretli',
    tollFree: 'Ücretsiz',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: '{number} numarasını ara',
    copyNumber: 'Numarayı kopyala',
    copyConferenceId: 'Konferans kimliğini kopyala',
    copied: 'Kopyalandı',
    copyFailed: 'Kopyalanamadı. Metni seçip kendiniz kopyalayın.',
    moreNumbers: 'Yerel bir numara bulun',
  },
  video: {
    title: 'Ağınız zorlanıyor',
    body: 'Videonuzu kapatmak sesin net kalmasına yardımcı olabilir.',
    turnOff: 'Videomu kapat',
    dismiss: 'Şimdi değil',
    failed: 'Videonuz kapatılamadı. Arama denetimlerini kullanın.',
    phoneTitle: 'Bağlantı hâlâ zayıf',
    phoneBody: 'Daha iyi ses için telefonunuzdan bu aramaya katılın.',
  },
};
