import type { CallDiagnosticsStrings } from '../en-US.js';

/** Spanish (Spain). Machine-written: wants a native speaker's review (docs/localization.md). */
export const esES: CallDiagnosticsStrings = {
  locale: 'es-ES',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problemas para conectar con los servidores de llamada',
    relaysUnreachableBody:
      'Tu red está bloqueando la conexión que necesitan el audio y el vídeo de la llamada. La llamada puede fallar si esto continúa.',
    relaysUnreachableSince: 'Desde las {time}',
    endedTitle: 'Tu llamada ha terminado por un problema de red',
    relayFailureTitle: 'No se ha podido conectar la llamada: tu red la ha bloqueado',
    relayFailureBody:
      'Tu dispositivo no ha podido llegar a los servidores de retransmisión que transportan el audio y el vídeo de la llamada. Suele deberse a un cortafuegos, una VPN o una directiva de red.',
    code: 'Código de error {code}',
    callId: 'ID de llamada: {callId}',
    retry: 'Reintentar',
    checkNetwork: 'Comprobar la red',
    copyDetails: 'Copiar detalles',
    copied: 'Detalles copiados',
    copyFailed: 'No se ha podido copiar. Selecciona los detalles de abajo y cópialos tú mismo.',
    detailsLabel: 'Detalles de la llamada para el soporte técnico',
    dismiss: 'Descartar',
    transientHint:
      'Las llamadas ya te han funcionado en esta red, así que probablemente sea algo temporal: vuelve a intentarlo.',
    persistentHint:
      'Las llamadas fallan una y otra vez en esta red, así que reintentar seguramente no servirá. Comprueba la red o envía el informe a tu administrador de TI.',
  },
  toast: {
    recoveredTitle: 'Conexión restablecida',
    recoveredBody: 'Tu red vuelve a llegar a los servidores de llamada.',
  },
  panel: {
    title: 'Comprueba el cortafuegos y la red',
    close: 'Cerrar',
    intro:
      'Las llamadas necesitan llegar a los retransmisores multimedia de Azure Communication Services. Si un cortafuegos, una VPN o un proxy los bloquea, la llamada termina con el error 410/3112.',
    failedCall: 'Tu última llamada terminó con el error {code} (ID de llamada {callId}).',
    checklistTitle: 'Qué comprobar',
    checkMediaPorts: 'Permite los puertos UDP 3478–3481 y el puerto TCP 443 hacia el intervalo de direcciones {range}.',
    checkSignalling: 'Permite los puertos TCP 443 y 80 hacia {domains}.',
    checkUdp:
      'Asegúrate de que el cortafuegos no bloquea UDP: las llamadas funcionan mejor por UDP y, si no, recurren a TCP 443.',
    checkNat:
      'Revisa la configuración NAT: el cortafuegos no debe reescribir las direcciones ni los puertos UDP asignados, y el grupo NAT debe ser lo bastante grande.',
    checkVpn:
      'Con una VPN, usa la tunelización dividida para que el tráfico de la llamada vaya directamente a Internet en lugar de pasar por la VPN.',
    checkCorporate:
      'En una red de empresa, puede que el cortafuegos de tu organización necesite las mismas reglas. Envía los detalles de abajo a tu administrador de TI.',
    checkCustomTurn:
      'Si esta aplicación usa sus propios servidores TURN, asegúrate de que su dirección IP, puerto y protocolo (UDP, TCP o TLS) no están bloqueados.',
    rulesTitle: 'Reglas que hay que permitir',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Si las llamadas normalmente te funcionan, puede que tu red haya cambiado: vuelve a intentarlo. Si todas las llamadas fallan, hay que corregir la configuración de red; reintentar no servirá.',
    adminTitle: 'Para tu administrador de TI',
    adminIntro: 'Copia esto y envíaselo a quien gestione tu red.',
    copyAdmin: 'Copiar para tu administrador de TI',
    copied: 'Copiado',
    copyFailed: 'No se ha podido copiar. Selecciona el texto y cópialo tú mismo.',
    adminText: {
      heading: 'Las llamadas de Azure Communication Services están bloqueadas en esta red.',
      rulesHeading: 'Permitid lo siguiente:',
      nat: 'No reescribir las direcciones ni los puertos NAT asignados para UDP; mantener un grupo NAT lo bastante grande.',
      vpn: 'Excluir este tráfico de los túneles VPN (tunelización dividida).',
      customTurn: 'Si la aplicación usa servidores TURN propios, abrir su IP, puerto y protocolo.',
      detailsHeading: 'Detalles de la llamada:',
    },
  },
  details: {
    callId: 'ID de llamada',
    participantId: 'ID de participante',
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
    copyFailed: 'No se ha podido copiar el informe. Descárgalo, o selecciona el texto y cópialo tú mismo.',
    downloaded: 'Informe descargado',
    downloadFailed: 'No se ha podido descargar el informe. Cópialo en su lugar.',
  },
  purpose: {
    media: 'multimedia',
    signalling: 'señalización',
  },
  endCodes: {
    relaysNotReachable: 'Tu red ha bloqueado la conexión multimedia de la llamada.',
    setupNetworkUnexpected: 'La llamada no ha podido empezar por un problema de red inesperado.',
    droppedNetworkUnexpected: 'La llamada se ha cortado por un problema de red inesperado.',
    mediaOfferFailed: 'La llamada no ha podido configurar el audio y el vídeo.',
    noMediaConnectivitySetup:
      'La llamada no ha podido conectar el audio y el vídeo. Puede que un cortafuegos o una VPN lo esté bloqueando.',
    mediaConnectivityLost: 'La llamada ha perdido la conexión de audio y vídeo.',
    httpRequestFailed: 'El navegador no ha podido completar una solicitud de red para la llamada.',
    networkLostNoReconnect: 'Tu dispositivo ha perdido la conexión de red y no ha podido volver a conectarse.',
    infrastructureUnreachable: 'Tu dispositivo no ha podido llegar al servicio de llamadas.',
    mediaStackError: 'El audio y el vídeo han fallado en este dispositivo.',
    localNetworkIssue: 'Un problema de red en este dispositivo ha terminado la llamada.',
    serviceError: 'El servicio de llamadas ha tenido un problema.',
    unknown: 'La llamada ha terminado de forma inesperada.',
  },
  network: {
    noNetworkTitle: 'Estás sin conexión',
    noNetworkBody:
      'Tu dispositivo no tiene conexión de red. Comprueba la wifi o el cable de red; la llamada seguirá cuando vuelvas a estar conectado.',
    relaysUnreachableTitle: 'Problemas para conectar con los servidores de llamada',
    reconnectingTitle: 'Reconectando…',
    reconnectingBody: 'La llamada ha perdido la conexión de audio y vídeo y está intentando reconectarse.',
    reconnectFailedTitle: 'No se ha podido reconectar la llamada',
    reconnectFailedBody:
      'La red se ha caído y la llamada no ha podido reconectarse. Comprueba la conexión y vuelve a unirte.',
    sendQualityBadTitle: 'Puede que los demás no te oigan ni te vean',
    sendQualityBadBody:
      'A tu red le cuesta enviar audio y vídeo. Acércate a la wifi o cierra otras aplicaciones que usen la red.',
    sendQualityPoorTitle: 'Tu conexión es débil',
    sendQualityPoorBody: 'Puede que los demás te oigan o te vean con retraso.',
    receiveQualityBadTitle: 'Puede que no oigas ni veas a los demás',
    receiveQualityBadBody:
      'A tu red le cuesta recibir audio y vídeo. Acércate a la wifi o cierra otras aplicaciones que usen la red.',
    receiveQualityPoorTitle: 'El audio y el vídeo entrantes pueden entrecortarse',
    receiveQualityPoorBody: 'Tu red está recibiendo datos lentamente.',
    since: 'Desde las {time}',
    moreIssuesOne: '+1 problema de red más',
    moreIssuesMany: '+{count} problemas de red más',
    endTitles: {
      relaysNotReachable: 'No se ha podido conectar la llamada: tu red la ha bloqueado',
      setupNetworkUnexpected: 'La llamada no ha podido empezar por un problema de red',
      droppedNetworkUnexpected: 'La llamada se ha cortado por un problema de red',
      mediaOfferFailed: 'La llamada no ha podido configurar el audio y el vídeo',
      noMediaConnectivitySetup: 'La llamada no ha podido conectar el audio y el vídeo',
      mediaConnectivityLost: 'La llamada ha perdido la conexión de audio y vídeo',
      httpRequestFailed: 'Ha fallado una solicitud de red de la llamada',
      networkLostNoReconnect: 'La llamada ha terminado: se ha caído la red',
      infrastructureUnreachable: 'La llamada no ha podido llegar al servicio de llamadas',
      mediaStackError: 'La llamada ha terminado: el audio y el vídeo han fallado en este dispositivo',
      localNetworkIssue: 'La llamada ha terminado por un problema de red en este dispositivo',
      serviceError: 'La llamada ha terminado: el servicio de llamadas ha tenido un problema',
      unknown: 'La llamada ha terminado de forma inesperada',
    },
    actions: {
      retry: 'Vuelve a intentarlo: suele ser algo temporal.',
      'fix-network': 'Comprueba la red: la causa habitual es un cortafuegos, una VPN o una conexión débil.',
      'contact-support': 'Si sigue pasando, copia los detalles y ponte en contacto con el soporte técnico.',
      'update-environment': 'Actualiza el navegador y usa un dispositivo compatible; después, vuelve a intentarlo.',
    },
  },
  probe: {
    title: 'Probar mi conexión',
    intro:
      'Comprueba desde este dispositivo si se puede llegar a los servidores de retransmisión de esta aplicación por UDP, TCP y TLS. Tarda unos segundos y no envía audio ni vídeo.',
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
        'Todos los retransmisores funcionan desde esta red. Si las llamadas siguen fallando, la causa está en otra parte: vuelve a intentarlo o envía los detalles al soporte técnico.',
      'udp-blocked-tcp-works':
        'UDP está bloqueado, pero {working} funciona: las llamadas pueden conectarse, con el audio y el vídeo retransmitidos por TCP, así que la calidad puede bajar. Pide a tu administrador de TI que permita UDP hacia los servidores de retransmisión.',
      'partly-reachable':
        'Algunos retransmisores funcionan ({working}) y otros están bloqueados ({blocked}). Las llamadas deberían conectarse; envía los detalles a tu administrador de TI para que abra el resto.',
      'auth-failed':
        'Los servidores de retransmisión han rechazado las credenciales de la aplicación. Es un problema de configuración de la aplicación, no de tu red: ponte en contacto con el soporte de la aplicación.',
      'server-error':
        'Los servidores de retransmisión han respondido con un error. Probablemente no es tu red: ponte en contacto con el soporte de la aplicación.',
      'all-blocked':
        'Todos los retransmisores están bloqueados desde esta red: esto es lo que termina las llamadas con el error 410/3112. Envía los detalles a tu administrador de TI o prueba otra red.',
      'no-testable-servers': 'No se puede probar aquí ninguna de las direcciones de retransmisión de la aplicación.',
      'no-webrtc':
        'Este navegador no puede ejecutar la prueba (no tiene WebRTC). Usa una versión actual de Edge, Chrome, Firefox o Safari.',
    },
    adminHeading: 'Prueba de retransmisión desde este dispositivo:',
    adminVerdict: 'Resultado: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', error {code}',
  },
};
