import type { ReadinessStrings } from './en-US.js';

/**
 * Italian strings of the readiness check. "Tu" and terms as in ACS's it-IT (`@azure/communication-react`): chiamata,
 * partecipare, rete, connessione, microfono, fotocamera, "non supportato", Riprova, Annulla. Machine-written: wants a
 * native speaker's review (docs/localization.md).
 */
export const readinessItIT: ReadinessStrings = {
  locale: 'it-IT',
  title: 'Controlla la connessione prima di partecipare',
  intro:
    'Controlliamo il browser, i dispositivi e la rete per farti sapere, prima di partecipare, se la chiamata potrà connettersi.',
  start: 'Avvia il controllo',
  runAgain: 'Ripeti il controllo',
  cancel: 'Annulla',
  allowDevices: 'Consenti fotocamera e microfono',
  join: 'Partecipa',
  joinAnyway: 'Partecipa comunque',
  running: 'Controllo della connessione in corso…',
  progress: '{done} controlli completati su {total}',
  aborted: 'Il controllo è stato annullato.',
  untested: 'Non verificato: {checks}.',
  listSeparator: ', ',
  unknown: 'sconosciuto',
  verdicts: {
    ready: { title: 'Puoi partecipare', body: 'Tutto ciò che abbiamo verificato funziona.' },
    warnings: {
      title: 'Puoi partecipare, ma potrebbero esserci problemi',
      body: 'Alcuni controlli hanno rilevato problemi o non è stato possibile eseguirli. Leggi i dettagli qui sotto.',
    },
    blocked: {
      title: 'La chiamata non può connettersi da qui',
      body: 'La rete o il dispositivo impediscono il funzionamento delle chiamate. Risolvi il problema indicato qui sotto, poi ripeti il controllo.',
    },
    untested: {
      title: 'Non è stato possibile verificare nulla qui',
      body: 'Nessun controllo è stato eseguito in questo browser o in questa configurazione, quindi non possiamo dire se la chiamata si connetterà.',
    },
  },
  checks: {
    environment: 'Browser',
    devices: 'Microfono e fotocamera',
    relays: 'Server multimediali delle chiamate',
    signalling: 'Servizio di chiamata',
    history: 'Le tue chiamate recenti',
  },
  status: {
    idle: 'Non avviato',
    running: 'Controllo in corso',
    pass: 'Superato',
    warn: 'Avviso',
    fail: 'Non riuscito',
    skipped: 'Non verificato',
  },
  reasons: {
    'not-in-browser': 'Questo controllo richiede un browser.',
    'timed-out': 'Questo controllo ha richiesto troppo tempo ed è stato interrotto.',
    'sdk-error': 'Impossibile eseguire questo controllo: il browser o il Calling SDK ha segnalato un errore.',
    aborted: 'Annullato.',
    supported: 'Il tuo browser è supportato ({browser} {browserVersion} su {platform}).',
    'webrtc-available': 'Il tuo browser può effettuare chiamate (WebRTC). Non è stato verificato se è supportato.',
    'unsupported-browser':
      'Questo browser non è supportato per le chiamate ({browser}). Le chiamate potrebbero non funzionare bene.',
    'unsupported-browser-version':
      'Questa versione del browser è troppo vecchia per le chiamate ({browser} {browserVersion}). Aggiorna il browser.',
    'unsupported-platform':
      'Questo sistema operativo non è supportato per le chiamate ({platform}). Le chiamate potrebbero non funzionare bene.',
    'no-webrtc':
      'Questo browser non può effettuare chiamate: non dispone di WebRTC. Usa una versione recente di Edge, Chrome, Firefox o Safari.',
    'devices-available': 'Microfoni trovati: {microphones}; fotocamere trovate: {cameras}.',
    'no-microphone': 'Nessun microfono trovato. Gli altri non ti sentiranno: collega un microfono.',
    'no-camera': 'Nessuna fotocamera trovata. Gli altri non ti vedranno.',
    'microphone-denied':
      'L’accesso al microfono è bloccato. Gli altri non ti sentiranno: consentilo nelle impostazioni del browser.',
    'camera-denied':
      'L’accesso alla fotocamera è bloccato. Gli altri non ti vedranno: consentilo nelle impostazioni del browser.',
    'permission-needed': 'Consenti l’accesso alla fotocamera e al microfono per permetterci di verificarli.',
    'no-media-devices': 'Questo browser non può elencare i dispositivi multimediali.',
    'relays-reachable': 'La tua rete può raggiungere i server multimediali delle chiamate ({transports}).',
    'relays-answered':
      'I server multimediali delle chiamate hanno risposto ({transports}). Non è stato verificato se audio e video possono passare attraverso di essi.',
    'udp-blocked-tcp-works':
      'La tua rete blocca UDP, quindi audio e video delle chiamate useranno TCP. Le chiamate dovrebbero connettersi, ma la qualità potrebbe essere inferiore.',
    'udp-blocked':
      'La tua rete blocca UDP verso i server multimediali delle chiamate. Le chiamate potrebbero comunque connettersi tramite la porta TCP 443, che non è stata verificata.',
    'partly-reachable':
      'Alcuni server multimediali delle chiamate non sono raggiungibili. Le chiamate potrebbero comunque connettersi.',
    'relays-blocked':
      'La tua rete blocca i server multimediali delle chiamate. Le chiamate non riusciranno, con l’errore 410/3112, finché il firewall non le consentirà.',
    'relay-auth-failed':
      'Le credenziali dell’app per i server multimediali sono state rifiutate. È un problema dell’app, non della tua rete.',
    'relay-server-error': 'I server multimediali hanno risposto con un errore. Riprova più tardi.',
    'no-relay-urls': 'Non è stato indicato alcun server multimediale da verificare, quindi non è stato verificato.',
    'endpoints-reachable': 'Il servizio di chiamata è raggiungibile.',
    'endpoints-unreachable':
      'Il servizio di chiamata non è raggiungibile ({hosts}). Controlla la connessione Internet o il proxy.',
    'no-endpoints':
      'Non è stato indicato alcun indirizzo del servizio di chiamata da verificare, quindi non è stato verificato.',
    'recent-relay-failures':
      'Le tue ultime chiamate su questo dispositivo ({count}) sono terminate con l’errore 410/3112: la tua rete le ha bloccate.',
    'history-clear': 'Le tue chiamate recenti su questo dispositivo si sono connesse.',
    'no-history': 'Nessuna chiamata precedente su questo dispositivo.',
  },
  adminTitle: 'Per l’amministratore IT',
  adminIntro: 'Invia questo testo a chi gestisce la tua rete.',
  adminFindings: 'Cosa ha rilevato il controllo prima della chiamata:',
  copyAdmin: 'Copia per l’amministratore IT',
  copied: 'Copiato',
  copyFailed: 'Impossibile copiare. Seleziona il testo qui sopra e copialo manualmente.',
  inCall: {
    found: 'Il controllo prima di questa chiamata ha rilevato: {finding}',
    passed: 'Il controllo prima di questa chiamata non ha rilevato problemi.',
  },
};
