import type { FallbackStrings } from './en-US.js';

/**
 * Italian: the fallback family's strings. Register "tu" and terms as in ACS's it-IT: its "Join by Phone" button
 * (Partecipa tramite telefono) and phone-quality message, its dial-in panel's "Numero a tariffa" / "Numero verde",
 * ID, riunione, chiamata, video, "Spegni" (its camera button). "ID conferenza" as Teams' dial-in invitation (ACS's
 * panel says "ID riunione"). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackItIT: FallbackStrings = {
  locale: 'it-IT',
  phone: {
    action: 'Partecipa tramite telefono',
    instructions: 'Chiama il {number}, poi inserisci l’ID conferenza {conferenceId} seguito da #.',
    title: 'Partecipa tramite telefono',
    intro:
      'La tua rete blocca le chiamate da questo dispositivo. Puoi comunque partecipare alla riunione da un telefono.',
    conferenceId: 'ID conferenza: {conferenceId}',
    toll: 'Numero a tariffa',
    tollFree: 'Numero verde',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Chiama il {number}',
    copyNumber: 'Copia numero',
    copyConferenceId: 'Copia ID conferenza',
    copied: 'Copiato',
    copyFailed: 'Impossibile copiare. Seleziona il testo e copialo manualmente.',
    moreNumbers: 'Trova un numero locale',
  },
  video: {
    title: 'La tua rete è in difficoltà',
    body: 'Spegnere il video può aiutare a mantenere l’audio chiaro.',
    turnOff: 'Spegni il mio video',
    dismiss: 'Non ora',
    failed: 'Non è stato possibile spegnere il video. Usa i controlli della chiamata.',
    phoneTitle: 'La connessione è ancora scarsa',
    phoneBody: 'Partecipa a questa chiamata dal telefono per un audio migliore.',
  },
};
