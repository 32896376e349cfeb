import type { ReadinessStrings } from './en-US.js';

/**
 * Spanish (Spain) strings of the readiness check. "Usted" and terms as in ACS's es-ES (`@azure/communication-react`):
 * llamada, unirse, red, conexión, micrófono, cámara, "no compatible", "Inténtelo de nuevo", Cancelar; Spain's
 * cortafuegos, vídeo and present perfect. ACS's es-ES says "explorador" for browser; this table keeps the kit's
 * "navegador" (docs/localization.md). Machine-written: wants a native speaker's review.
 */
export const readinessEsES: ReadinessStrings = {
  locale: 'es-ES',
  title: 'Compruebe su conexión antes de unirse',
  intro:
    'Comprobamos su navegador, sus dispositivos y su red para que sepa, antes de unirse, si la llamada podrá conectarse.',
  start: 'Iniciar la comprobación',
  runAgain: 'Volver a comprobar',
  cancel: 'Cancelar',
  allowDevices: 'Permitir cámara y micrófono',
  join: 'Unirse',
  joinAnyway: 'Unirse de todos modos',
  running: 'Comprobando su conexión…',
  progress: '{done} de {total} comprobaciones completadas',
  aborted: 'Se ha cancelado la comprobación.',
  untested: 'Sin comprobar: {checks}.',
  listSeparator: ', ',
  unknown: 'desconocido',
  verdicts: {
    ready: { title: 'Ya puede unirse', body: 'Todo lo que hemos comprobado funciona.' },
    warnings: {
      title: 'Puede unirse, pero podría haber problemas',
      body: 'Algunas comprobaciones han encontrado problemas o no se han podido ejecutar. Consulte los detalles a continuación.',
    },
    blocked: {
      title: 'Su llamada no puede conectarse desde aquí',
      body: 'Su red o su dispositivo impide que las llamadas funcionen. Solucione el problema que se indica a continuación y vuelva a ejecutar la comprobación.',
    },
    untested: {
      title: 'No hemos podido comprobar nada aquí',
      body: 'Ninguna comprobación se ha podido ejecutar en este navegador o esta configuración, así que no podemos saber si la llamada se conectará.',
    },
  },
  checks: {
    environment: 'Navegador',
    devices: 'Micrófono y cámara',
    relays: 'Servidores multimedia de las llamadas',
    signalling: 'Servicio de llamadas',
    history: 'Sus llamadas recientes',
  },
  status: {
    idle: 'Sin iniciar',
    running: 'Comprobando',
    pass: 'Correcto',
    warn: 'Advertencia',
    fail: 'Error',
    skipped: 'Sin comprobar',
  },
  reasons: {
    'not-in-browser': 'Esta comprobación necesita un navegador.',
    'timed-out': 'Esta comprobación ha tardado demasiado y se ha detenido.',
    'sdk-error':
      'No se ha podido ejecutar esta comprobación: el navegador o el SDK de llamadas ha notificado un error.',
    aborted: 'Cancelada.',
    supported: 'Su navegador es compatible ({browser} {browserVersion} en {platform}).',
    'webrtc-available': 'Su navegador puede hacer llamadas (WebRTC). No se ha comprobado si es compatible.',
    'unsupported-browser':
      'Este navegador no es compatible con las llamadas ({browser}). Es posible que las llamadas no funcionen bien.',
    'unsupported-browser-version':
      'Esta versión del navegador es demasiado antigua para las llamadas ({browser} {browserVersion}). Actualice su navegador.',
    'unsupported-platform':
      'Este sistema operativo no es compatible con las llamadas ({platform}). Es posible que las llamadas no funcionen bien.',
    'no-webrtc':
      'Este navegador no puede hacer llamadas: no tiene WebRTC. Use una versión actual de Edge, Chrome, Firefox o Safari.',
    'devices-available': 'Se han encontrado {microphones} micrófono(s) y {cameras} cámara(s).',
    'no-microphone': 'No se ha encontrado ningún micrófono. Los demás no le oirán: conecte un micrófono.',
    'no-camera': 'No se ha encontrado ninguna cámara. Los demás no le verán.',
    'microphone-denied':
      'El acceso al micrófono está bloqueado. Los demás no le oirán: permítalo en la configuración de su navegador.',
    'camera-denied':
      'El acceso a la cámara está bloqueado. Los demás no le verán: permítalo en la configuración de su navegador.',
    'permission-needed': 'Permita el acceso a su cámara y su micrófono para que podamos comprobarlos.',
    'no-media-devices': 'Este navegador no puede mostrar los dispositivos multimedia.',
    'relays-reachable': 'Su red puede llegar a los servidores multimedia de las llamadas ({transports}).',
    'relays-answered':
      'Los servidores multimedia de las llamadas han respondido ({transports}). No se ha comprobado si el audio y el vídeo pueden pasar por ellos.',
    'udp-blocked-tcp-works':
      'Su red bloquea UDP, así que el audio y el vídeo de las llamadas usarán TCP. Las llamadas deberían conectarse, pero la calidad puede ser menor.',
    'udp-blocked':
      'Su red bloquea UDP hacia los servidores multimedia de las llamadas. Puede que las llamadas se conecten igualmente por el puerto TCP 443, que no se ha comprobado.',
    'partly-reachable':
      'No se ha podido llegar a algunos servidores multimedia de las llamadas. Es posible que las llamadas se conecten igualmente.',
    'relays-blocked':
      'Su red bloquea los servidores multimedia de las llamadas. Las llamadas fallarán con el error 410/3112 hasta que el cortafuegos las permita.',
    'relay-auth-failed':
      'Se han rechazado las credenciales de la aplicación para los servidores multimedia. Es un problema de la aplicación, no de su red.',
    'relay-server-error': 'Los servidores multimedia han respondido con un error. Inténtelo de nuevo más tarde.',
    'no-relay-urls': 'No se ha indicado ningún servidor multimedia que comprobar, así que no se ha comprobado.',
    'endpoints-reachable': 'Se puede llegar al servicio de llamadas.',
    'endpoints-unreachable':
      'No se puede llegar al servicio de llamadas ({hosts}). Compruebe su conexión a Internet o su proxy.',
    'no-endpoints':
      'No se ha indicado ninguna dirección del servicio de llamadas que comprobar, así que no se ha comprobado.',
    'recent-relay-failures':
      'Sus últimas llamadas en este dispositivo ({count}) han terminado con el error 410/3112: su red las ha bloqueado.',
    'history-clear': 'Sus llamadas recientes en este dispositivo se han conectado.',
    'no-history': 'No hay llamadas anteriores en este dispositivo.',
  },
  adminTitle: 'Para su administrador de TI',
  adminIntro: 'Envíe esto a quien gestione su red.',
  adminFindings: 'Lo que ha encontrado la comprobación previa a la llamada:',
  copyAdmin: 'Copiar para su administrador de TI',
  copied: 'Copiado',
  copyFailed: 'No se ha podido copiar. Seleccione el texto de arriba y cópielo usted mismo.',
  inCall: {
    found: 'La comprobación previa a esta llamada ha encontrado: {finding}',
    passed: 'La comprobación previa a esta llamada no ha encontrado ningún problema.',
  },
};
