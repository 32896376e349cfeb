import type { FallbackStrings } from './en-US.js';

/**
 * Finnish: the fallback family's strings. Register "sinä" and terms as in ACS's fi-FI: its "Join by Phone" button
 * (Liity puhelimella) and phone-quality message, its dial-in panel's "Maksullinen" / "Maksuton", tunnus, kokous,
 * puhelu, video, "Poista käytöstä" (its camera button). "Neuvottelutunnus" as Teams' dial-in invitation (ACS's panel
 * says "kokoustunnus"). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackFiFI: FallbackStrings = {
  locale: 'fi-FI',
  phone: {
    action: 'Liity puhelimella',
    instructions: 'Soita numeroon {number} ja anna sitten neuvottelutunnus {conferenceId} ja sen perään #.',
    title: 'Liity puhelimella',
    intro: 'Verkkosi estää puhelut tästä laitteesta. Voit silti liittyä kokoukseen puhelimella.',
    conferenceId: 'Neuvottelutunnus: {conferenceId}',
    toll: 'Maksullinen',
    tollFree: 'Maksuton',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Soita numeroon {number}',
    copyNumber: 'Kopioi numero',
    copyConferenceId: 'Kopioi neuvottelutunnus',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi epäonnistui. Valitse teksti ja kopioi se itse.',
    moreNumbers: 'Etsi paikallinen numero',
  },
  video: {
    title: 'Verkkosi on ylikuormittunut',
    body: 'Kun poistat videon käytöstä, ääni pysyy selkeänä.',
    turnOff: 'Poista videoni käytöstä',
    dismiss: 'Ei nyt',
    failed: 'Videon poistaminen käytöstä epäonnistui. Käytä puhelun ohjaimia.',
    phoneTitle: 'Yhteys on yhä heikko',
    phoneBody: 'Liity tähän puheluun puhelimestasi, jotta ääni on parempi.',
  },
};
