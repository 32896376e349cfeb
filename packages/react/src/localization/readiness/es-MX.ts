import { mergeStrings } from '../strings.js';
import type { ReadinessStrings } from './en-US.js';
import { readinessEsES } from './es-ES.js';

/**
 * Spanish (Mexico) strings of the readiness check: es-ES with Latin American usage, as ACS's es-MX and the kit's main
 * es-MX table: "tú" (ACS es-MX: "Comprueba", "Únete"), video, firewall, preterite. Only the strings that differ are
 * written here, so a string added to es-ES is Spanish in es-MX too. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const readinessEsMX: ReadinessStrings = mergeStrings<ReadinessStrings>(readinessEsES, {
  locale: 'es-MX',
  title: 'Comprueba tu conexión antes de unirte',
  intro:
    'Comprobamos tu navegador, tus dispositivos y tu red para que sepas, antes de unirte, si la llamada podrá conectarse.',
  joinAnyway: 'Unirse de todas formas',
  running: 'Comprobando tu conexión…',
  aborted: 'Se canceló la comprobación.',
  verdicts: {
    ready: { title: 'Ya puedes unirte', body: 'Todo lo que comprobamos funciona.' },
    warnings: {
      title: 'Puedes unirte, pero podría haber problemas',
      body: 'Algunas comprobaciones encontraron problemas o no se pudieron ejecutar. Consulta los detalles a continuación.',
    },
    blocked: {
      title: 'Tu llamada no puede conectarse desde aquí',
      body: 'Tu red o tu dispositivo impide que las llamadas funcionen. Soluciona el problema que se indica a continuación y vuelve a ejecutar la comprobación.',
    },
    untested: {
      title: 'No pudimos comprobar nada aquí',
      body: 'Ninguna comprobación se pudo ejecutar en este navegador o esta configuración, así que no podemos saber si la llamada se conectará.',
    },
  },
  checks: { history: 'Tus llamadas recientes' },
  reasons: {
    'timed-out': 'Esta comprobación tardó demasiado y se detuvo.',
    'sdk-error': 'No se pudo ejecutar esta comprobación: el navegador o el SDK de llamadas notificó un error.',
    supported: 'Tu navegador es compatible ({browser} {browserVersion} en {platform}).',
    'webrtc-available': 'Tu navegador puede hacer llamadas (WebRTC). No se comprobó si es compatible.',
    'unsupported-browser-version':
      'Esta versión del navegador es demasiado antigua para las llamadas ({browser} {browserVersion}). Actualiza tu navegador.',
    'no-webrtc':
      'Este navegador no puede hacer llamadas: no tiene WebRTC. Usa una versión actual de Edge, Chrome, Firefox o Safari.',
    'devices-available': 'Se encontraron {microphones} micrófono(s) y {cameras} cámara(s).',
    'no-microphone': 'No se encontró ningún micrófono. Los demás no te oirán: conecta un micrófono.',
    'no-camera': 'No se encontró ninguna cámara. Los demás no te verán.',
    'microphone-denied':
      'El acceso al micrófono está bloqueado. Los demás no te oirán: permítelo en la configuración de tu navegador.',
    'camera-denied':
      'El acceso a la cámara está bloqueado. Los demás no te verán: permítelo en la configuración de tu navegador.',
    'permission-needed': 'Permite el acceso a tu cámara y tu micrófono para que podamos comprobarlos.',
    'relays-reachable': 'Tu red puede llegar a los servidores multimedia de las llamadas ({transports}).',
    'relays-answered':
      'Los servidores multimedia de las llamadas respondieron ({transports}). No se comprobó si el audio y el video pueden pasar por ellos.',
    'udp-blocked-tcp-works':
      'Tu red bloquea UDP, así que el audio y el video de las llamadas usarán TCP. Las llamadas deberían conectarse, pero la calidad puede ser menor.',
    'udp-blocked':
      'Tu red bloquea UDP hacia los servidores multimedia de las llamadas. Puede que las llamadas se conecten igualmente por el puerto TCP 443, que no se comprobó.',
    'partly-reachable':
      'No se pudo llegar a algunos servidores multimedia de las llamadas. Es posible que las llamadas se conecten igualmente.',
    'relays-blocked':
      'Tu red bloquea los servidores multimedia de las llamadas. Las llamadas fallarán con el error 410/3112 hasta que el firewall las permita.',
    'relay-auth-failed':
      'Se rechazaron las credenciales de la aplicación para los servidores multimedia. Es un problema de la aplicación, no de tu red.',
    'relay-server-error': 'Los servidores multimedia respondieron con un error. Inténtalo de nuevo más tarde.',
    'no-relay-urls': 'No se indicó ningún servidor multimedia que comprobar, así que no se comprobó.',
    'endpoints-unreachable':
      'No se puede llegar al servicio de llamadas ({hosts}). Comprueba tu conexión a Internet o tu proxy.',
    'no-endpoints': 'No se indicó ninguna dirección del servicio de llamadas que comprobar, así que no se comprobó.',
    'recent-relay-failures':
      'Tus últimas llamadas en este dispositivo ({count}) terminaron con el error 410/3112: tu red las bloqueó.',
    'history-clear': 'Tus llamadas recientes en este dispositivo se conectaron.',
  },
  adminTitle: 'Para tu administrador de TI',
  adminIntro: 'Envía esto a quien administre tu red.',
  adminFindings: 'Lo que encontró la comprobación previa a la llamada:',
  copyAdmin: 'Copiar para tu administrador de TI',
  copyFailed: 'No se pudo copiar. Selecciona el texto de arriba y cópialo tú mismo.',
  inCall: {
    found: 'La comprobación previa a esta llamada encontró: {finding}',
    passed: 'La comprobación previa a esta llamada no encontró ningún problema.',
  },
});
