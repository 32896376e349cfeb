import type { FallbackStrings } from './en-US.js';

/**
 * German (Germany): the fallback family's strings. Register "Sie" and terms as in ACS's de-DE: its "Join by Phone"
 * button (Per Telefon teilnehmen) and phone-quality message, its dial-in panel's "Gebührenpflichtig" /
 * "Gebührenfrei", ID, Besprechung, Anruf, Video, "ausschalten" (its camera button). "Konferenz-ID" as Teams' dial-in
 * invitation (ACS's panel says "Besprechungs-ID"): it is what the phone system asks for. Machine-written: wants a
 * native speaker's review (docs/localization.md).
 */
export const fallbackDeDE: FallbackStrings = {
  locale: 'de-DE',
  phone: {
    action: 'Per Telefon teilnehmen',
    instructions: 'Rufen Sie {number} an, und geben Sie dann die Konferenz-ID {conferenceId} gefolgt von # ein.',
    title: 'Per Telefon teilnehmen',
    intro:
      'Ihr Netzwerk blockiert Anrufe von diesem Gerät. Sie können trotzdem per Telefon an der Besprechung teilnehmen.',
    conferenceId: 'Konferenz-ID: {conferenceId}',
    toll: 'Gebührenpflichtig',
    tollFree: 'Gebührenfrei',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: '{number} anrufen',
    copyNumber: 'Nummer kopieren',
    copyConferenceId: 'Konferenz-ID kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    moreNumbers: 'Lokale Einwahlnummer suchen',
  },
  video: {
    title: 'Ihr Netzwerk ist überlastet',
    body: 'Wenn Sie Ihr Video ausschalten, bleibt der Ton verständlich.',
    turnOff: 'Mein Video ausschalten',
    dismiss: 'Jetzt nicht',
    failed: 'Ihr Video konnte nicht ausgeschaltet werden. Verwenden Sie die Anrufsteuerelemente.',
    phoneTitle: 'Die Verbindung ist weiterhin schlecht',
    phoneBody: 'Nehmen Sie von Ihrem Telefon aus an diesem Anruf teil, um eine bessere Tonqualität zu erhalten.',
  },
};
