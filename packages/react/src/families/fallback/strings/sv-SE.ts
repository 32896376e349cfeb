import type { FallbackStrings } from './en-US.js';

/**
 * Swedish: the fallback family's strings. "Du" and terms as in ACS's sv-SE: its "Join by Phone" button (Anslut via
 * telefon) and phone-quality message, its dial-in panel's "Avgiftsbelagt" / "Avgiftsfritt", ID, möte, samtal, video,
 * "Stäng av" (its camera button). "Konferens-ID" as Teams' dial-in invitation (ACS's panel says "mötes-ID"). Machine-
 * written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackSvSE: FallbackStrings = {
  locale: 'sv-SE',
  phone: {
    action: 'Anslut via telefon',
    instructions: 'Ring {number} och ange sedan konferens-ID:t {conferenceId} följt av #.',
    title: 'Anslut via telefon',
    intro: 'Ditt nätverk blockerar samtal från den här enheten. Du kan fortfarande ansluta till mötet från en telefon.',
    conferenceId: 'Konferens-ID: {conferenceId}',
    toll: 'Avgiftsbelagt',
    tollFree: 'Avgiftsfritt',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Ring {number}',
    copyNumber: 'Kopiera numret',
    copyConferenceId: 'Kopiera konferens-ID',
    copied: 'Kopierat',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    moreNumbers: 'Hitta ett lokalt nummer',
  },
  video: {
    title: 'Ditt nätverk har svårt att hänga med',
    body: 'Om du stänger av videon kan ljudet förbli tydligt.',
    turnOff: 'Stäng av min video',
    dismiss: 'Inte nu',
    failed: 'Det gick inte att stänga av videon. Använd samtalets kontroller.',
    phoneTitle: 'Anslutningen är fortfarande dålig',
    phoneBody: 'Anslut till det här samtalet från din telefon för bättre ljud.',
  },
};
