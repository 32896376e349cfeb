import type { CallDiagnosticsStrings } from '../en-US.js';

/** Spanish (Spain). Machine-written: wants a native speaker's review (docs/localization.md). */
export const esES: CallDiagnosticsStrings = {
  locale: 'es-ES',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problemas para conectar con los servidores de llamada',
    relaysUnreachableBody:
      'Su red está bloqueando la conexión que necesitan el audio y el vídeo de la llamada. La llamada puede fallar si esto continúa.',
    relaysUnreachableSince: 'Desde las {time}',
    endedTitle: 'Su llamada ha finalizado por un problema de red',
    relayFailureTitle: 'No se ha podido conectar la llamada: su red la ha bloqueado',
    relayFailureBody:
      'Su dispositivo no ha podido llegar a los servidores de retransmisión que transportan el audio y el vídeo de la llamada. Suele deberse a un cortafuegos, una VPN o una directiva de red.',
    code: 'Código de error {code}',
    callId: 'Id. de llamada: {callId}',
    retry: 'Intentar de nuevo',
    checkNetwork: 'Comprobar la red',
    copyDetails: 'Copiar detalles',
    copied: 'Detalles copiados',
    copyFailed: 'No se ha podido copiar. Seleccione los detalles de abajo y cópielos usted mismo.',
    detailsLabel: 'Detalles de la llamada para el soporte técnico',
    dismiss: 'Cerrar',
    transientHint:
      'Las llamadas ya le han funcionado en esta red, así que probablemente sea algo temporal: inténtelo de nuevo.',
    persistentHint:
      'Las llamadas fallan una y otra vez en esta red, así que intentarlo de nuevo seguramente no servirá. Compruebe la red o envíe el informe a su administrador de TI.',
  },
  toast: {
    recoveredTitle: 'Conexión restablecida',
    recoveredBody: 'Su red vuelve a llegar a los servidores de llamada.',
  },
  panel: {
    title: 'Compruebe el cortafuegos y la red',
    close: 'Cerrar',
    intro:
      'Las llamadas necesitan llegar a los retransmisores multimedia de Azure Communication Services. Si un cortafuegos, una VPN o un proxy los bloquea, la llamada finaliza con el error 410/3112.',
    failedCall: 'Su última llamada finalizó con el error {code} (id. de llamada {callId}).',
    checklistTitle: 'Qué comprobar',
    checkMediaPorts: 'Permita los puertos UDP 3478–3481 y el puerto TCP 443 hacia el intervalo de direcciones {range}.',
    checkSignalling: 'Permita los puertos TCP 443 y 80 hacia {domains}.',
    checkUdp:
      'Asegúrese de que el cortafuegos no bloquea UDP: las llamadas funcionan mejor por UDP y, si no, recurren a TCP 443.',
    checkNat:
      'Revise la configuración NAT: el cortafuegos no debe reescribir las direcciones ni los puertos UDP asignados, y el grupo NAT debe ser lo bastante grande.',
    checkVpn:
      'Con una VPN, use la tunelización dividida para que el tráfico de la llamada vaya directamente a Internet en lugar de pasar por la VPN.',
    checkCorporate:
      'En una red de empresa, puede que el cortafuegos de su organización necesite las mismas reglas. Envíe los detalles de abajo a su administrador de TI.',
    checkCustomTurn:
      'Si esta aplicación usa sus propios servidores TURN, asegúrese de que su dirección IP, puerto y protocolo (UDP, TCP o TLS) no están bloqueados.',
    rulesTitle: 'Reglas que hay que permitir',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Si las llamadas normalmente le funcionan, puede que su red haya cambiado: inténtelo de nuevo. Si todas las llamadas fallan, hay que corregir la configuración de red; intentarlo de nuevo no servirá.',
    adminTitle: 'Para su administrador de TI',
    adminIntro: 'Copie esto y envíeselo a quien gestione su red.',
    copyAdmin: 'Copiar para su administrador de TI',
    copied: 'Copiado',
    copyFailed: 'No se ha podido copiar. Seleccione el texto y cópielo usted mismo.',
    adminText: {
      heading: 'Las llamadas de Azure Communication Services están bloqueadas en esta red.',
      rulesHeading: 'Permitan lo siguiente:',
      nat: 'No reescribir las direcciones ni los puertos NAT asignados para UDP; mantener un grupo NAT lo bastante grande.',
      vpn: 'Excluir este tráfico de los túneles VPN (tunelización dividida).',
      customTurn: 'Si la aplicación usa servidores TURN propios, abrir su IP, puerto y protocolo.',
      detailsHeading: 'Detalles de la llamada:',
    },
  },
  details: {
    callId: 'Id. de llamada',
    participantId: 'Id. de participante',
    code: 'Código de error',
    time: 'Hora',
    relaysUnreachableSince: 'Retransmisores inaccesibles desde',
    relayStatus: 'Estado de los retransmisores',
    unknown: 'desconocido',
  },
  report: {
    title: 'Informe para soporte técnico',
    intro:
      'Todo lo que el soporte técnico necesita para localizar esta llamada. Las contraseñas, los tokens y las credenciales TURN se eliminan antes de que salga de esta página.',
    previewLabel: 'Vista previa del informe para soporte técnico',
    copy: 'Copiar informe',
    download: 'Descargar informe',
    copied: 'Informe copiado',
    copyFailed: 'No se ha podido copiar el informe. Descárguelo, o seleccione el texto y cópielo usted mismo.',
    downloaded: 'Informe descargado',
    downloadFailed: 'No se ha podido descargar el informe. Cópielo en su lugar.',
  },
  purpose: {
    media: 'multimedia',
    signalling: 'señalización',
  },
  endCodes: {
    relaysNotReachable: 'Su red ha bloqueado la conexión multimedia de la llamada.',
    setupNetworkUnexpected: 'La llamada no ha podido empezar por un problema de red inesperado.',
    droppedNetworkUnexpected: 'Se ha desconectado la llamada por un problema de red inesperado.',
    mediaOfferFailed: 'La llamada no ha podido configurar el audio y el vídeo.',
    noMediaConnectivitySetup:
      'La llamada no ha podido conectar el audio y el vídeo. Puede que un cortafuegos o una VPN lo esté bloqueando.',
    mediaConnectivityLost: 'La llamada ha perdido la conexión de audio y vídeo.',
    httpRequestFailed: 'El navegador no ha podido completar una solicitud de red para la llamada.',
    networkLostNoReconnect: 'Su dispositivo ha perdido la conexión de red y no ha podido volver a conectarse.',
    infrastructureUnreachable: 'Su dispositivo no ha podido llegar al servicio de llamadas.',
    mediaStackError: 'El audio y el vídeo han fallado en este dispositivo.',
    localNetworkIssue: 'Un problema de red en este dispositivo ha finalizado la llamada.',
    serviceError: 'El servicio de llamadas ha tenido un problema.',
    unknown: 'La llamada ha finalizado de forma inesperada.',
  },
  network: {
    noNetworkTitle: 'Sin conexión',
    noNetworkBody:
      'Su dispositivo no tiene conexión de red. Compruebe la wifi o el cable de red; la llamada seguirá cuando vuelva a estar conectado.',
    relaysUnreachableTitle: 'Problemas para conectar con los servidores de llamada',
    reconnectingTitle: 'Reconectando…',
    reconnectingBody: 'La llamada ha perdido la conexión de audio y vídeo y está intentando reconectarse.',
    reconnectFailedTitle: 'No se ha podido reconectar la llamada',
    reconnectFailedBody:
      'Se ha perdido la conexión de red y la llamada no ha podido reconectarse. Compruebe la conexión y vuelva a unirse.',
    sendQualityBadTitle: 'Puede que los demás no le oigan ni le vean',
    sendQualityBadBody:
      'A su red le cuesta enviar audio y vídeo. Acérquese a la wifi o cierre otras aplicaciones que usen la red.',
    sendQualityPoorTitle: 'La calidad de la red es baja',
    sendQualityPoorBody: 'Puede que los demás le oigan o le vean con retraso.',
    receiveQualityBadTitle: 'Puede que no oiga ni vea a los demás',
    receiveQualityBadBody:
      'A su red le cuesta recibir audio y vídeo. Acérquese a la wifi o cierre otras aplicaciones que usen la red.',
    receiveQualityPoorTitle: 'El audio y el vídeo entrantes pueden entrecortarse',
    receiveQualityPoorBody: 'Su red está recibiendo datos lentamente.',
    since: 'Desde las {time}',
    moreIssuesOne: '+1 problema más',
    moreIssuesMany: '+{count} problemas más',
    endTitles: {
      relaysNotReachable: 'No se ha podido conectar la llamada: su red la ha bloqueado',
      setupNetworkUnexpected: 'La llamada no ha podido empezar por un problema de red',
      droppedNetworkUnexpected: 'Se ha desconectado la llamada por un problema de red',
      mediaOfferFailed: 'La llamada no ha podido configurar el audio y el vídeo',
      noMediaConnectivitySetup: 'La llamada no ha podido conectar el audio y el vídeo',
      mediaConnectivityLost: 'La llamada ha perdido la conexión de audio y vídeo',
      httpRequestFailed: 'Ha fallado una solicitud de red de la llamada',
      networkLostNoReconnect: 'La llamada ha finalizado: se ha perdido la conexión de red',
      infrastructureUnreachable: 'La llamada no ha podido llegar al servicio de llamadas',
      mediaStackError: 'La llamada ha finalizado: el audio y el vídeo han fallado en este dispositivo',
      localNetworkIssue: 'La llamada ha finalizado por un problema de red en este dispositivo',
      serviceError: 'La llamada ha finalizado: el servicio de llamadas ha tenido un problema',
      unknown: 'La llamada ha finalizado de forma inesperada',
    },
    actions: {
      retry: 'Inténtelo de nuevo: suele ser algo temporal.',
      'fix-network': 'Compruebe la red: la causa habitual es un cortafuegos, una VPN o una conexión débil.',
      'contact-support': 'Si sigue pasando, copie los detalles y póngase en contacto con el soporte técnico.',
      'update-environment': 'Actualice el navegador y use un dispositivo compatible; después, inténtelo de nuevo.',
    },
  },
  probe: {
    title: 'Probar mi conexión',
    intro:
      'Compruebe desde este dispositivo si se puede llegar a los servidores de retransmisión de esta aplicación por UDP, TCP y TLS. Tarda unos segundos y no envía audio ni vídeo.',
    noServers:
      'Esta aplicación usa los propios retransmisores de Azure Communication Services. Para probarlos hacen falta credenciales de retransmisión de la aplicación, y no ha proporcionado ninguna, así que la prueba no está disponible aquí. La lista de comprobación de arriba sigue siendo válida.',
    start: 'Probar mi conexión',
    again: 'Volver a probar',
    cancel: 'Cancelar la prueba',
    running: 'Probando {count} direcciones de retransmisión…',
    progressLabel: 'Progreso de la prueba de retransmisión',
    cancelled: 'Prueba cancelada.',
    resultsLabel: 'Resultado por dirección de retransmisión',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Qué significa',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'funciona',
      'auth-failed': 'ha rechazado las credenciales de la aplicación',
      unreachable: 'bloqueado o inaccesible',
      'server-error': 'el servidor ha respondido con un error',
      'invalid-url': 'no es una dirección de retransmisión válida',
      timeout: 'sin respuesta (probablemente bloqueado)',
      unsupported: 'no se puede probar aquí',
    },
    verdicts: {
      'all-reachable':
        'Todos los retransmisores funcionan desde esta red. Si las llamadas siguen fallando, la causa está en otra parte: inténtelo de nuevo o envíe los detalles al soporte técnico.',
      'udp-blocked-tcp-works':
        'UDP está bloqueado, pero {working} funciona: las llamadas pueden conectarse, con el audio y el vídeo retransmitidos por TCP, así que la calidad puede bajar. Pida a su administrador de TI que permita UDP hacia los servidores de retransmisión.',
      'partly-reachable':
        'Algunos retransmisores funcionan ({working}) y otros están bloqueados ({blocked}). Las llamadas deberían conectarse; envíe los detalles a su administrador de TI para que abra el resto.',
      'auth-failed':
        'Los servidores de retransmisión han rechazado las credenciales de la aplicación. Es un problema de configuración de la aplicación, no de su red: póngase en contacto con el soporte de la aplicación.',
      'server-error':
        'Los servidores de retransmisión han respondido con un error. Probablemente no es su red: póngase en contacto con el soporte de la aplicación.',
      'all-blocked':
        'Todos los retransmisores están bloqueados desde esta red: esto es lo que finaliza las llamadas con el error 410/3112. Envíe los detalles a su administrador de TI o pruebe otra red.',
      'no-testable-servers': 'No se puede probar aquí ninguna de las direcciones de retransmisión de la aplicación.',
      'no-webrtc':
        'Este navegador no puede ejecutar la prueba (no tiene WebRTC). Use una versión actual de Edge, Chrome, Firefox o Safari.',
    },
    adminHeading: 'Prueba de retransmisión desde este dispositivo:',
    adminVerdict: 'Resultado: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', error {code}',
  },
};
