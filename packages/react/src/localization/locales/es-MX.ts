import type { CallDiagnosticsStrings } from '../en-US.js';
import { mergeStrings } from '../strings.js';
import { esES } from './es-ES.js';

/**
 * Spanish (Mexico): es-ES with Latin American usage (video, firewall, preterite, reporte). Only the strings that
 * differ are written here, so a string added to es-ES is Spanish in es-MX too. Machine-written: wants a native
 * speaker's review (docs/localization.md).
 */
export const esMX: CallDiagnosticsStrings = mergeStrings(esES, {
  locale: 'es-MX',
  banner: {
    relaysUnreachableBody:
      'Tu red está bloqueando la conexión que necesitan el audio y el video de la llamada. La llamada puede fallar si esto continúa.',
    endedTitle: 'Tu llamada terminó por un problema de red',
    relayFailureTitle: 'No se pudo conectar la llamada: tu red la bloqueó',
    relayFailureBody:
      'Tu dispositivo no pudo llegar a los servidores de retransmisión que transportan el audio y el video de la llamada. Suele deberse a un firewall, una VPN o una directiva de red.',
    checkNetwork: 'Revisar la red',
    copyFailed: 'No se pudo copiar. Selecciona los detalles de abajo y cópialos tú mismo.',
    transientHint:
      'Las llamadas ya te funcionaron en esta red, así que probablemente sea algo temporal: vuelve a intentarlo.',
    persistentHint:
      'Las llamadas fallan una y otra vez en esta red, así que reintentar seguramente no servirá. Revisa la red o envía el reporte a tu administrador de TI.',
  },
  panel: {
    title: 'Revisa el firewall y la red',
    intro:
      'Las llamadas necesitan llegar a los retransmisores multimedia de Azure Communication Services. Si un firewall, una VPN o un proxy los bloquea, la llamada termina con el error 410/3112.',
    checklistTitle: 'Qué revisar',
    checkUdp:
      'Asegúrate de que el firewall no bloquea UDP: las llamadas funcionan mejor por UDP y, si no, recurren a TCP 443.',
    checkNat:
      'Revisa la configuración NAT: el firewall no debe reescribir las direcciones ni los puertos UDP asignados, y el grupo NAT debe ser lo suficientemente grande.',
    checkCorporate:
      'En una red de empresa, puede que el firewall de tu organización necesite las mismas reglas. Envía los detalles de abajo a tu administrador de TI.',
    copyFailed: 'No se pudo copiar. Selecciona el texto y cópialo tú mismo.',
    adminText: {
      rulesHeading: 'Permitan lo siguiente:',
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
    droppedNetworkUnexpected: 'La llamada se cortó por un problema de red inesperado.',
    mediaOfferFailed: 'La llamada no pudo configurar el audio y el video.',
    noMediaConnectivitySetup:
      'La llamada no pudo conectar el audio y el video. Puede que un firewall o una VPN lo esté bloqueando.',
    mediaConnectivityLost: 'La llamada perdió la conexión de audio y video.',
    httpRequestFailed: 'El navegador no pudo completar una solicitud de red para la llamada.',
    networkLostNoReconnect: 'Tu dispositivo perdió la conexión de red y no pudo volver a conectarse.',
    infrastructureUnreachable: 'Tu dispositivo no pudo llegar al servicio de llamadas.',
    mediaStackError: 'El audio y el video fallaron en este dispositivo.',
    localNetworkIssue: 'Un problema de red en este dispositivo terminó la llamada.',
    serviceError: 'El servicio de llamadas tuvo un problema.',
    unknown: 'La llamada terminó de forma inesperada.',
  },
  network: {
    noNetworkBody:
      'Tu dispositivo no tiene conexión de red. Revisa el Wi-Fi o el cable de red; la llamada seguirá cuando vuelvas a estar conectado.',
    reconnectingBody: 'La llamada perdió la conexión de audio y video y está intentando reconectarse.',
    reconnectFailedTitle: 'No se pudo reconectar la llamada',
    reconnectFailedBody: 'La red se cayó y la llamada no pudo reconectarse. Revisa la conexión y vuelve a unirte.',
    sendQualityBadBody:
      'A tu red le cuesta enviar audio y video. Acércate al router Wi-Fi o cierra otras aplicaciones que usen la red.',
    receiveQualityBadBody:
      'A tu red le cuesta recibir audio y video. Acércate al router Wi-Fi o cierra otras aplicaciones que usen la red.',
    receiveQualityPoorTitle: 'El audio y el video entrantes pueden entrecortarse',
    endTitles: {
      relaysNotReachable: 'No se pudo conectar la llamada: tu red la bloqueó',
      setupNetworkUnexpected: 'La llamada no pudo empezar por un problema de red',
      droppedNetworkUnexpected: 'La llamada se cortó por un problema de red',
      mediaOfferFailed: 'La llamada no pudo configurar el audio y el video',
      noMediaConnectivitySetup: 'La llamada no pudo conectar el audio y el video',
      mediaConnectivityLost: 'La llamada perdió la conexión de audio y video',
      httpRequestFailed: 'Falló una solicitud de red de la llamada',
      networkLostNoReconnect: 'La llamada terminó: se cayó la red',
      infrastructureUnreachable: 'La llamada no pudo llegar al servicio de llamadas',
      mediaStackError: 'La llamada terminó: el audio y el video fallaron en este dispositivo',
      localNetworkIssue: 'La llamada terminó por un problema de red en este dispositivo',
      serviceError: 'La llamada terminó: el servicio de llamadas tuvo un problema',
      unknown: 'La llamada terminó de forma inesperada',
    },
    actions: {
      'fix-network': 'Revisa la red: la causa habitual es un firewall, una VPN o una conexión débil.',
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
      'udp-blocked-tcp-works':
        'UDP está bloqueado, pero {working} funciona: las llamadas pueden conectarse, con el audio y el video retransmitidos por TCP, así que la calidad puede bajar. Pide a tu administrador de TI que permita UDP hacia los servidores de retransmisión.',
      'auth-failed':
        'Los servidores de retransmisión rechazaron las credenciales de la aplicación. Es un problema de configuración de la aplicación, no de tu red: ponte en contacto con el soporte de la aplicación.',
      'server-error':
        'Los servidores de retransmisión respondieron con un error. Probablemente no es tu red: ponte en contacto con el soporte de la aplicación.',
    },
  },
});
