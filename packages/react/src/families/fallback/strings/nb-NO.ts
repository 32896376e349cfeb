import type { FallbackStrings } from './en-US.js';

/**
 * Norwegian (Bokmål): the fallback family's strings. "Du" and terms as in ACS's nb-NO: its "Join by Phone" button
 * (Bli med via telefon) and phone-quality message, its dial-in panel's "nummer med avgift" / "gratis", ID, møte,
 * samtale, video, "Slå av" (its camera button). "Konferanse-ID" as Teams' dial-in invitation (ACS's panel says "møte-
 * ID"). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackNbNO: FallbackStrings = {
  locale: 'nb-NO',
  phone: {
    action: 'Bli med via telefon',
    instructions: 'Ring {number}, og skriv deretter inn konferanse-ID-en {conferenceId} etterfulgt av #.',
    title: 'Bli med via telefon',
    intro: 'Nettverket ditt blokkerer samtaler fra denne enheten. Du kan fortsatt bli med i møtet fra en telefon.',
    conferenceId: 'Konferanse-ID: {conferenceId}',
    toll: 'Nummer med avgift',
    tollFree: 'Gratis',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Ring {number}',
    copyNumber: 'Kopier nummeret',
    copyConferenceId: 'Kopier konferanse-ID-en',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    moreNumbers: 'Finn et lokalt nummer',
  },
  video: {
    title: 'Nettverket ditt sliter',
    body: 'Hvis du slår av videoen, kan lyden holde seg klar.',
    turnOff: 'Slå av videoen min',
    dismiss: 'Ikke nå',
    failed: 'Kunne ikke slå av videoen. Bruk kontrollene i samtalen.',
    phoneTitle: 'Tilkoblingen er fortsatt dårlig',
    phoneBody: 'Bli med i denne samtalen fra telefonen for bedre lyd.',
  },
};
