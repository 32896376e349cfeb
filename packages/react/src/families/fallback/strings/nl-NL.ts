import type { FallbackStrings } from './en-US.js';

/**
 * Dutch: the fallback family's strings. Register "u" and terms as in ACS's nl-NL: its "Join by Phone" button
 * (Deelnemen via telefoon) and phone-quality message, its dial-in panel's "niet-gratis" / "Gratis", "id",
 * vergadering, gesprek, video, "uitschakelen" (its camera button). "Conferentie-id" as Teams' dial-in invitation
 * (ACS's panel says "Vergadering-id"). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackNlNL: FallbackStrings = {
  locale: 'nl-NL',
  phone: {
    action: 'Deelnemen via telefoon',
    instructions: 'Bel {number} en voer daarna de conferentie-id {conferenceId} in, gevolgd door #.',
    title: 'Deelnemen via telefoon',
    intro:
      'Uw netwerk blokkeert gesprekken vanaf dit apparaat. U kunt nog steeds deelnemen aan de vergadering via een telefoon.',
    conferenceId: 'Conferentie-id: {conferenceId}',
    toll: 'Niet-gratis',
    tollFree: 'Gratis',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: '{number} bellen',
    copyNumber: 'Nummer kopiëren',
    copyConferenceId: 'Conferentie-id kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren is mislukt. Selecteer de tekst en kopieer hem zelf.',
    moreNumbers: 'Een lokaal nummer zoeken',
  },
  video: {
    title: 'Uw netwerk heeft het moeilijk',
    body: 'Als u uw video uitschakelt, blijft het geluid helder.',
    turnOff: 'Mijn video uitschakelen',
    dismiss: 'Niet nu',
    failed: 'Kan uw video niet uitschakelen. Gebruik de knoppen van het gesprek.',
    phoneTitle: 'De verbinding is nog steeds slecht',
    phoneBody: 'Neem deel aan dit gesprek vanaf uw telefoon voor een beter geluid.',
  },
};
