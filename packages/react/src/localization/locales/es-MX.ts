import type { CallDiagnosticsStrings } from '../en-US.js';
import { mergeStrings } from '../strings.js';
import { esES } from './es-ES.js';

/**
 * Spanish (Mexico): es-ES with Latin American usage (video, firewall, preterite, reporte) and, like ACS's es-MX, the
 * informal "tú" where es-ES says "usted" (so every string that addresses the user is written here). Only the strings
 * that differ are written here, so a string added to es-ES is Spanish in es-MX too (check its form of address).
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const esMX: CallDiagnosticsStrings = mergeStrings(esES, {
  locale: 'es-MX',
  banner: {
    relaysUnreachableBody:
      'Tu red está bloqueando la conexión que necesitan el audio y el video de la llamada. La llamada puede fallar si esto continúa.',
    endedTitle: 'Tu llamada finalizó por un problema de red',
    relayFailureTitle: 'No se pudo conectar la llamada: tu red la bloqueó',
    relayFailureBody:
      'Tu dispositivo no pudo llegar a los servidores de retransmisión que transportan el audio y el video de la llamada. Suele deberse a un firewall, una VPN o una directiva de red.',
    checkNetwork: 'Revisar la red',
    copyFailed: 'No se pudo copiar. Selecciona los detalles de abajo y cópialos tú mismo.',
    transientHint:
      'Las llamadas ya te funcionaron en esta red, así que probablemente sea algo temporal: inténtalo de nuevo.',
    persistentHint:
      'Las llamadas fallan una y otra vez en esta red, así que volver a intentarlo seguramente no servirá. Revisa la red o envía el reporte a tu administrador de TI.',
  },
  toast: {
    recoveredBody: 'Tu red vuelve a llegar a los servidores de llamada.',
  },
  panel: {
    title: 'Revisa el firewall y la red',
    intro:
      'Las llamadas necesitan llegar a los retransmisores multimedia de Azure Communication Services. Si un firewall, una VPN o un proxy los bloquea, la llamada finaliza con el error 410/3112.',
    failedCall: 'Tu última llamada finalizó con el error {code} (id. de llamada {callId}).',
    checklistTitle: 'Qué revisar',
    checkMediaPorts: 'Permite los puertos UDP 3478–3481 y el puerto TCP 443 hacia el intervalo de direcciones {range}.',
    checkSignalling: 'Permite los puertos TCP 443 y 80 hacia {domains}.',
    checkUdp:
      'Asegúrate de que el firewall no bloquea UDP: las llamadas funcionan mejor por UDP y, si no, recurren a TCP 443.',
    checkNat:
      'Revisa la configuración NAT: el firewall no debe reescribir las direcciones ni los puertos UDP asignados, y el grupo NAT debe ser lo suficientemente grande.',
    checkVpn:
      'Con una VPN, usa la tunelización dividida para que el tráfico de la llamada vaya directamente a Internet en lugar de pasar por la VPN.',
    checkCorporate:
      'En una red de empresa, puede que el firewall de tu organización necesite las mismas reglas. Envía los detalles de abajo a tu administrador de TI.',
    checkCustomTurn:
      'Si esta aplicación usa sus propios servidores TURN, asegúrate de que su dirección IP, puerto y protocolo (UDP, TCP o TLS) no están bloqueados.',
    retryAdvice:
      'Si las llamadas normalmente te funcionan, puede que tu red haya cambiado: inténtalo de nuevo. Si todas las llamadas fallan, hay que corregir la configuración de red; volver a intentarlo no servirá.',
    adminTitle: 'Para tu administrador de TI',
    adminIntro: 'Copia esto y envíaselo a quien gestione tu red.',
    copyAdmin: 'Copiar para tu administrador de TI',
    copyFailed: 'No se pudo copiar. Selecciona el texto y cópialo tú mismo.',
    adminText: {
      nat: 'No reescribir las direcciones ni los puertos NAT asignados para UDP; mantener un grupo NAT lo suficientemente grande.',
    },
  },
  report: {
    title: 'Reporte para soporte técnico',
    previewLabel: 'Vista previa del reporte para soporte técnico',
    copy: 'Copiar reporte',
    download: 'Descargar reporte',
    copied: 'Reporte copiado',
    copyFailed: 'No se pudo copiar el reporte. Descárgalo, o selecciona el texto y cópialo tú mismo.',
    downloaded: 'Reporte descargado',
    downloadFailed: 'No se pudo descargar el reporte. Cópialo en su lugar.',
  },
  endCodes: {
    relaysNotReachable: 'Tu red bloqueó la conexión multimedia de la llamada.',
    setupNetworkUnexpected: 'La llamada no pudo empezar por un problema de red inesperado.',
    droppedNetworkUnexpected: 'Se desconectó la llamada por un problema de red inesperado.',
    mediaOfferFailed: 'La llamada no pudo configurar el audio y el video.',
    noMediaConnectivitySetup:
      'La llamada no pudo conectar el audio y el video. Puede que un firewall o una VPN lo esté bloqueando.',
    mediaConnectivityLost: 'La llamada perdió la conexión de audio y video.',
    httpRequestFailed: 'El navegador no pudo completar una solicitud de red para la llamada.',
    networkLostNoReconnect: 'Tu dispositivo perdió la conexión de red y no pudo volver a conectarse.',
    infrastructureUnreachable: 'Tu dispositivo no pudo llegar al servicio de llamadas.',
    mediaStackError: 'El audio y el video fallaron en este dispositivo.',
    localNetworkIssue: 'Un problema de red en este dispositivo finalizó la llamada.',
    serviceError: 'El servicio de llamadas tuvo un problema.',
    unknown: 'La llamada finalizó de forma inesperada.',
  },
  network: {
    noNetworkTitle: 'Estás sin conexión',
    noNetworkBody:
      'Tu dispositivo no tiene conexión de red. Revisa el Wi-Fi o el cable de red; la llamada seguirá cuando vuelvas a estar conectado.',
    reconnectingBody: 'La llamada perdió la conexión de audio y video y está intentando reconectarse.',
    reconnectFailedTitle: 'No se pudo reconectar la llamada',
    reconnectFailedBody:
      'Se perdió la conexión de red y la llamada no pudo reconectarse. Revisa la conexión y vuelve a unirte.',
    sendQualityBadTitle: 'Puede que los demás no te oigan ni te vean',
    sendQualityBadBody:
      'A tu red le cuesta enviar audio y video. Acércate al router Wi-Fi o cierra otras aplicaciones que usen la red.',
    sendQualityPoorBody: 'Puede que los demás te oigan o te vean con retraso.',
    receiveQualityBadTitle: 'Puede que no oigas ni veas a los demás',
    receiveQualityBadBody:
      'A tu red le cuesta recibir audio y video. Acércate al router Wi-Fi o cierra otras aplicaciones que usen la red.',
    receiveQualityPoorTitle: 'El audio y el video entrantes pueden entrecortarse',
    receiveQualityPoorBody: 'Tu red está recibiendo datos lentamente.',
    endTitles: {
      relaysNotReachable: 'No se pudo conectar la llamada: tu red la bloqueó',
      setupNetworkUnexpected: 'La llamada no pudo empezar por un problema de red',
      droppedNetworkUnexpected: 'Se desconectó la llamada por un problema de red',
      mediaOfferFailed: 'La llamada no pudo configurar el audio y el video',
      noMediaConnectivitySetup: 'La llamada no pudo conectar el audio y el video',
      mediaConnectivityLost: 'La llamada perdió la conexión de audio y video',
      httpRequestFailed: 'Falló una solicitud de red de la llamada',
      networkLostNoReconnect: 'La llamada finalizó: se perdió la conexión de red',
      infrastructureUnreachable: 'La llamada no pudo llegar al servicio de llamadas',
      mediaStackError: 'La llamada finalizó: el audio y el video fallaron en este dispositivo',
      localNetworkIssue: 'La llamada finalizó por un problema de red en este dispositivo',
      serviceError: 'La llamada finalizó: el servicio de llamadas tuvo un problema',
      unknown: 'La llamada finalizó de forma inesperada',
    },
    actions: {
      retry: 'Inténtalo de nuevo: suele ser algo temporal.',
      'fix-network': 'Revisa la red: la causa habitual es un firewall, una VPN o una conexión débil.',
      'contact-support': 'Si sigue pasando, copia los detalles y ponte en contacto con el soporte técnico.',
      'update-environment': 'Actualiza el navegador y usa un dispositivo compatible; después, inténtalo de nuevo.',
    },
  },
  probe: {
    intro:
      'Revisa desde este dispositivo si se puede llegar a los servidores de retransmisión de esta aplicación por UDP, TCP y TLS. Tarda unos segundos y no envía audio ni video.',
    statuses: {
      'auth-failed': 'rechazó las credenciales de la aplicación',
      'server-error': 'el servidor respondió con un error',
    },
    verdicts: {
      'all-reachable':
        'Todos los retransmisores funcionan desde esta red. Si las llamadas siguen fallando, la causa está en otra parte: inténtalo de nuevo o envía los detalles al soporte técnico.',
      'udp-blocked-tcp-works':
        'UDP está bloqueado, pero {working} funciona: las llamadas pueden conectarse, con el audio y el video retransmitidos por TCP, así que la calidad puede bajar. Pide a tu administrador de TI que permita UDP hacia los servidores de retransmisión.',
      'partly-reachable':
        'Algunos retransmisores funcionan ({working}) y otros están bloqueados ({blocked}). Las llamadas deberían conectarse; envía los detalles a tu administrador de TI para que abra el resto.',
      'auth-failed':
        'Los servidores de retransmisión rechazaron las credenciales de la aplicación. Es un problema de configuración de la aplicación, no de tu red: ponte en contacto con el soporte de la aplicación.',
      'server-error':
        'Los servidores de retransmisión respondieron con un error. Probablemente no es tu red: ponte en contacto con el soporte de la aplicación.',
      'all-blocked':
        'Todos los retransmisores están bloqueados desde esta red: esto es lo que finaliza las llamadas con el error 410/3112. Envía los detalles a tu administrador de TI o prueba otra red.',
      'no-webrtc':
        'Este navegador no puede ejecutar la prueba (no tiene WebRTC). Usa una versión actual de Edge, Chrome, Firefox o Safari.',
    },
  },
});
