import type { CallDiagnosticsStrings } from '../en-US.js';

/** Italian (Italy). Machine-written: wants a native speaker's review (docs/localization.md). */
export const itIT: CallDiagnosticsStrings = {
  locale: 'it-IT',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Difficoltà a raggiungere i server delle chiamate',
    relaysUnreachableBody:
      'La tua rete blocca la connessione di cui hanno bisogno l’audio e il video della chiamata. Se continua, la chiamata potrebbe non riuscire.',
    relaysUnreachableSince: 'Dalle {time}',
    endedTitle: 'La chiamata è terminata a causa di un problema di rete',
    relayFailureTitle: 'Impossibile connettere la chiamata: la tua rete l’ha bloccata',
    relayFailureBody:
      'Il dispositivo non è riuscito a raggiungere i server di inoltro che trasportano l’audio e il video della chiamata. Di solito la causa è un firewall, una VPN o un criterio di rete.',
    code: 'Codice errore {code}',
    callId: 'ID chiamata: {callId}',
    retry: 'Riprova',
    checkNetwork: 'Controlla la rete',
    copyDetails: 'Copia dettagli',
    copied: 'Dettagli copiati',
    copyFailed: 'Impossibile copiare. Seleziona i dettagli qui sotto e copiali manualmente.',
    detailsLabel: 'Dettagli della chiamata per il supporto',
    dismiss: 'Chiudi',
    transientHint:
      'Le chiamate hanno già funzionato su questa rete, quindi probabilmente è un problema temporaneo: riprova.',
    persistentHint:
      'Le chiamate continuano a non riuscire su questa rete, quindi riprovare difficilmente servirà. Controlla la rete o invia il report all’amministratore IT.',
  },
  toast: {
    recoveredTitle: 'Connessione ripristinata',
    recoveredBody: 'La tua rete raggiunge di nuovo i server delle chiamate.',
  },
  panel: {
    title: 'Controlla firewall e rete',
    close: 'Chiudi',
    intro:
      'Le chiamate devono raggiungere i server di inoltro multimediale di Azure Communication Services. Quando un firewall, una VPN o un proxy li blocca, la chiamata termina con l’errore 410/3112.',
    failedCall: 'L’ultima chiamata è terminata con l’errore {code} (ID chiamata {callId}).',
    checklistTitle: 'Cosa controllare',
    checkMediaPorts: 'Consenti le porte UDP 3478–3481 e la porta TCP 443 verso l’intervallo di indirizzi {range}.',
    checkSignalling: 'Consenti le porte TCP 443 e 80 verso {domains}.',
    checkUdp:
      'Assicurati che il firewall non blocchi UDP: le chiamate funzionano meglio su UDP e in alternativa usano TCP 443.',
    checkNat:
      'Controlla le impostazioni NAT: il firewall non deve riscrivere gli indirizzi o le porte UDP mappati e il pool NAT deve essere abbastanza grande.',
    checkVpn:
      'Con una VPN, usa lo split tunneling in modo che il traffico delle chiamate vada direttamente su Internet anziché passare per la VPN.',
    checkCorporate:
      'In una rete aziendale, il firewall dell’organizzazione potrebbe richiedere le stesse regole. Invia i dettagli qui sotto all’amministratore IT.',
    checkCustomTurn:
      'Se questa app usa server TURN propri, assicurati che indirizzo IP, porta e protocollo (UDP, TCP o TLS) non siano bloccati.',
    rulesTitle: 'Regole da consentire',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Se di solito le chiamate funzionano, la tua rete potrebbe essere cambiata: riprova. Se ogni chiamata non riesce, va corretta la configurazione di rete; riprovare non servirà.',
    adminTitle: 'Per l’amministratore IT',
    adminIntro: 'Copia questo testo e invialo a chi gestisce la tua rete.',
    copyAdmin: 'Copia per l’amministratore IT',
    copied: 'Copiato',
    copyFailed: 'Impossibile copiare. Seleziona il testo e copialo manualmente.',
    adminText: {
      heading: 'Le chiamate di Azure Communication Services sono bloccate su questa rete.',
      rulesHeading: 'Consentire:',
      nat: 'Non riscrivere indirizzi o porte NAT mappati per UDP; mantenere il pool NAT abbastanza grande.',
      vpn: 'Escludere questo traffico dai tunnel VPN (split tunneling).',
      customTurn: 'Se l’app usa server TURN personalizzati, aprire IP, porta e protocollo.',
      detailsHeading: 'Dettagli della chiamata:',
    },
  },
  details: {
    callId: 'ID chiamata',
    participantId: 'ID partecipante',
    code: 'Codice errore',
    time: 'Ora',
    relaysUnreachableSince: 'Server di inoltro non raggiungibili dalle',
    relayStatus: 'Stato dei server di inoltro',
    unknown: 'sconosciuto',
  },
  report: {
    title: 'Report per il supporto',
    intro:
      'Tutto ciò che serve al supporto per trovare questa chiamata. Password, token e credenziali TURN vengono rimossi prima che lasci questa pagina.',
    previewLabel: 'Anteprima del report per il supporto',
    copy: 'Copia report',
    download: 'Scarica report',
    copied: 'Report copiato',
    copyFailed: 'Impossibile copiare il report. Scaricalo oppure seleziona il testo e copialo manualmente.',
    downloaded: 'Report scaricato',
    downloadFailed: 'Impossibile scaricare il report. Copialo invece.',
  },
  purpose: {
    media: 'contenuti multimediali',
    signalling: 'segnalazione',
  },
  endCodes: {
    relaysNotReachable: 'La tua rete ha bloccato la connessione multimediale della chiamata.',
    setupNetworkUnexpected: 'Impossibile avviare la chiamata a causa di un problema di rete imprevisto.',
    droppedNetworkUnexpected: 'La chiamata si è interrotta a causa di un problema di rete imprevisto.',
    mediaOfferFailed: 'La chiamata non è riuscita a configurare audio e video.',
    noMediaConnectivitySetup:
      'La chiamata non è riuscita a connettere audio e video. Potrebbe bloccarla un firewall o una VPN.',
    mediaConnectivityLost: 'La chiamata ha perso la connessione audio e video.',
    httpRequestFailed: 'Il browser non è riuscito a completare una richiesta di rete per la chiamata.',
    networkLostNoReconnect: 'Il dispositivo ha perso la connessione di rete e non è riuscito a riconnettersi.',
    infrastructureUnreachable: 'Il dispositivo non è riuscito a raggiungere il servizio di chiamata.',
    mediaStackError: 'Audio e video non hanno funzionato su questo dispositivo.',
    localNetworkIssue: 'Un problema di rete su questo dispositivo ha terminato la chiamata.',
    serviceError: 'Il servizio di chiamata ha avuto un problema.',
    unknown: 'La chiamata è terminata in modo imprevisto.',
  },
  network: {
    noNetworkTitle: 'Sei offline',
    noNetworkBody:
      'Il dispositivo non ha una connessione di rete. Controlla il Wi-Fi o il cavo di rete; la chiamata riprende quando torni online.',
    relaysUnreachableTitle: 'Difficoltà a raggiungere i server delle chiamate',
    reconnectingTitle: 'Riconnessione in corso…',
    reconnectingBody: 'La chiamata ha perso la connessione audio e video e sta cercando di riconnettersi.',
    reconnectFailedTitle: 'Impossibile riconnettere la chiamata',
    reconnectFailedBody:
      'La rete è caduta e la chiamata non è riuscita a riconnettersi. Controlla la connessione e partecipa di nuovo.',
    sendQualityBadTitle: 'Gli altri potrebbero non sentirti o vederti',
    sendQualityBadBody:
      'La tua rete fatica a inviare audio e video. Avvicinati al Wi-Fi o chiudi altre app che usano la rete.',
    sendQualityPoorTitle: 'La qualità della rete è bassa',
    sendQualityPoorBody: 'Gli altri potrebbero sentirti o vederti in ritardo.',
    receiveQualityBadTitle: 'Potresti non sentire o vedere gli altri',
    receiveQualityBadBody:
      'La tua rete fatica a ricevere audio e video. Avvicinati al Wi-Fi o chiudi altre app che usano la rete.',
    receiveQualityPoorTitle: 'Audio e video in arrivo potrebbero essere discontinui',
    receiveQualityPoorBody: 'La tua rete riceve lentamente.',
    since: 'Dalle {time}',
    moreIssuesOne: '+1 altro problema',
    moreIssuesMany: '+{count} altri problemi',
    endTitles: {
      relaysNotReachable: 'Impossibile connettere la chiamata: la tua rete l’ha bloccata',
      setupNetworkUnexpected: 'Impossibile avviare la chiamata a causa di un problema di rete',
      droppedNetworkUnexpected: 'La chiamata si è interrotta a causa di un problema di rete',
      mediaOfferFailed: 'Impossibile configurare audio e video della chiamata',
      noMediaConnectivitySetup: 'Impossibile connettere audio e video della chiamata',
      mediaConnectivityLost: 'La chiamata ha perso la connessione audio e video',
      httpRequestFailed: 'Una richiesta di rete per la chiamata non è riuscita',
      networkLostNoReconnect: 'Chiamata terminata: la connessione di rete è stata persa',
      infrastructureUnreachable: 'Impossibile raggiungere il servizio di chiamata',
      mediaStackError: 'Chiamata terminata: audio e video non hanno funzionato su questo dispositivo',
      localNetworkIssue: 'Chiamata terminata per un problema di rete su questo dispositivo',
      serviceError: 'Chiamata terminata: il servizio di chiamata ha avuto un problema',
      unknown: 'La chiamata è terminata in modo imprevisto',
    },
    actions: {
      retry: 'Riprova: spesso è un problema temporaneo.',
      'fix-network': 'Controlla la rete: di solito la causa è un firewall, una VPN o una connessione debole.',
      'contact-support': 'Se continua a succedere, copia i dettagli e contatta il supporto.',
      'update-environment': 'Aggiorna il browser e usa un dispositivo supportato, quindi riprova.',
    },
  },
  probe: {
    title: 'Verifica la connessione',
    intro:
      'Controlla da questo dispositivo se i server di inoltro di questa app sono raggiungibili tramite UDP, TCP e TLS. Richiede pochi secondi e non invia audio né video.',
    noServers:
      'Questa app usa i server di inoltro di Azure Communication Services. Per testarli servono credenziali di inoltro fornite dall’app, che non ne ha fornite, quindi il test non è disponibile qui. L’elenco di controlli qui sopra resta valido.',
    start: 'Verifica la connessione',
    again: 'Verifica di nuovo',
    cancel: 'Annulla il test',
    running: 'Test di {count} indirizzi di inoltro in corso…',
    progressLabel: 'Avanzamento del test di inoltro',
    cancelled: 'Test annullato.',
    resultsLabel: 'Risultato per indirizzo di inoltro',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Cosa significa',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'funziona',
      'auth-failed': 'ha rifiutato le credenziali dell’app',
      unreachable: 'bloccato o non raggiungibile',
      'server-error': 'il server ha risposto con un errore',
      'invalid-url': 'indirizzo di inoltro non valido',
      timeout: 'nessuna risposta (probabilmente bloccato)',
      unsupported: 'non verificabile qui',
    },
    verdicts: {
      'all-reachable':
        'Tutti i server di inoltro funzionano da questa rete. Se le chiamate non riescono ancora, la causa è altrove: riprova o invia i dettagli al supporto.',
      'udp-blocked-tcp-works':
        'UDP è bloccato, ma {working} funziona: le chiamate possono connettersi, con audio e video inoltrati via TCP, quindi la qualità può calare. Chiedi all’amministratore IT di consentire UDP verso i server di inoltro.',
      'partly-reachable':
        'Alcuni server di inoltro funzionano ({working}), altri sono bloccati ({blocked}). Le chiamate dovrebbero connettersi; invia i dettagli all’amministratore IT perché apra il resto.',
      'auth-failed':
        'I server di inoltro hanno rifiutato le credenziali dell’app. È un problema di configurazione dell’app, non della tua rete: contatta il supporto dell’app.',
      'server-error':
        'I server di inoltro hanno risposto con un errore. Probabilmente non dipende dalla tua rete: contatta il supporto dell’app.',
      'all-blocked':
        'Tutti i server di inoltro sono bloccati da questa rete: è ciò che termina le chiamate con l’errore 410/3112. Invia i dettagli all’amministratore IT o prova un’altra rete.',
      'no-testable-servers': 'Nessuno degli indirizzi di inoltro dell’app può essere verificato qui.',
      'no-webrtc':
        'Questo browser non può eseguire il test (non ha WebRTC). Usa una versione recente di Edge, Chrome, Firefox o Safari.',
    },
    adminHeading: 'Test di inoltro da questo dispositivo:',
    adminVerdict: 'Esito: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', errore {code}',
  },
};
