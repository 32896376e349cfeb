import type { FallbackStrings } from './en-US.js';

/**
 * Polish: the fallback family's strings. Register "ty" and terms as in ACS's pl-PL: its "Join by Phone" button
 * (Dołącz przez telefon) and phone-quality message, its dial-in panel's "Płatny" / "Bezpłatny" (numer),
 * identyfikator, spotkanie, rozmowa, wideo, "Wyłącz" (its camera button). "Identyfikator konferencji" as Teams' dial-
 * in invitation (ACS's panel says "identyfikator spotkania"). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const fallbackPlPL: FallbackStrings = {
  locale: 'pl-PL',
  phone: {
    action: 'Dołącz przez telefon',
    instructions:
      'Zadzwoń pod numer {number}, a następnie wprowadź identyfikator konferencji {conferenceId}, a po nim #.',
    title: 'Dołącz przez telefon',
    intro: 'Twoja sieć blokuje rozmowy z tego urządzenia. Nadal możesz dołączyć do spotkania przez telefon.',
    conferenceId: 'Identyfikator konferencji: {conferenceId}',
    toll: 'Płatny',
    tollFree: 'Bezpłatny',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Zadzwoń pod numer {number}',
    copyNumber: 'Kopiuj numer',
    copyConferenceId: 'Kopiuj identyfikator konferencji',
    copied: 'Skopiowano',
    copyFailed: 'Nie udało się skopiować. Zaznacz tekst i skopiuj go samodzielnie.',
    moreNumbers: 'Znajdź numer lokalny',
  },
  video: {
    title: 'Twoja sieć ma problemy',
    body: 'Wyłączenie wideo może pomóc zachować wyraźny dźwięk.',
    turnOff: 'Wyłącz moje wideo',
    dismiss: 'Nie teraz',
    failed: 'Nie udało się wyłączyć wideo. Użyj przycisków rozmowy.',
    phoneTitle: 'Połączenie jest nadal słabe',
    phoneBody: 'Dołącz do tej rozmowy z telefonu, aby uzyskać lepszy dźwięk.',
  },
};
