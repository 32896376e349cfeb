import { mergeStrings } from '../../../localization/strings.js';
import type { MediaStrings } from './en-US.js';
import { mediaEsES } from './es-ES.js';

/**
 * Spanish (Mexico): the media family's strings, es-ES with Latin American usage (video, computadora, Configuración del
 * Sistema as macOS says in Latin American Spanish) and, like ACS's es-MX, the informal "tú" where es-ES says "usted"
 * (so every string that addresses the user is written here) and "desactivado" for a muted microphone, ACS es-MX's
 * word. Only the strings that differ are written here: the action buttons follow es-ES ("Comprobar la red", as ACS's
 * es-MX says "Comprueba los dispositivos y la red", where the call's es-MX table says "Revisar la red").
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaEsMX: MediaStrings = mergeStrings<MediaStrings>(mediaEsES, {
  locale: 'es-MX',
  issues: {
    microphonePermissionDenied: {
      title: 'Tu computadora está bloqueando el micrófono',
      body: 'Los demás no podrán oírte hasta que este navegador tenga permiso para usar el micrófono.',
    },
    cameraPermissionDenied: {
      title: 'Tu computadora está bloqueando la cámara',
      body: 'Los demás no podrán verte hasta que este navegador tenga permiso para usar la cámara.',
    },
    screenshareRecordingDisabled: {
      title: 'Tu computadora está bloqueando la pantalla compartida',
      body: 'No podrás compartir la pantalla hasta que este navegador tenga permiso para grabarla.',
    },
    noMicrophoneDevicesEnumerated: {
      body: 'Conecta un micrófono o unos audífonos con micrófono para que los demás puedan oírte.',
    },
    noSpeakerDevicesEnumerated: {
      body: 'Conecta unos altavoces o unos audífonos para escuchar la llamada.',
    },
    microphoneNotFunctioning: {
      title: 'Tu micrófono no funciona',
      body: 'Los demás no te oyen. Puede que esté apagado o que lo esté usando otra aplicación: cierra esa aplicación o elige otro micrófono.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Tu micrófono fue desactivado por el sistema',
      body: 'Reactiva el micrófono para que vuelvan a oírte, o elige otro micrófono.',
    },
    microphoneNotMuteButSilent: {
      title: 'Tu micrófono no capta ningún sonido',
      body: 'Comprueba que está conectado y que no está desactivado en el propio dispositivo, o elige otro micrófono.',
    },
    cameraStartFailed: {
      body: 'Puede que esté apagada o que la esté usando otra aplicación: cierra esa aplicación y vuelve a activar la cámara, o elige otra cámara.',
    },
    cameraStartTimedOut: {
      body: 'Desactiva la cámara y vuelve a activarla, o elige otra cámara.',
    },
    cameraStoppedUnexpectedly: {
      title: 'La cámara se detuvo',
      body: 'El sistema detuvo el video. Vuelve a activar la cámara o elige otra cámara.',
    },
    capturerStartFailed: {
      body: 'Vuelve a intentar compartir la pantalla.',
    },
    capturerStoppedUnexpectedly: {
      title: 'La pantalla compartida se detuvo',
      body: 'Vuelve a compartir la pantalla para continuar.',
    },
    cameraFreeze: {
      title: 'Los demás ven tu video congelado',
      body: 'Puede que tu red sea demasiado lenta para el video en este momento. Comprueba la red, o desactiva la cámara y vuelve a activarla.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Para permitirlo: abre Configuración del Sistema › Privacidad y seguridad › Micrófono, activa tu navegador y reinicia el navegador.',
      chromium:
        'En el navegador: selecciona el ícono de configuración del sitio a la izquierda de la barra de direcciones, permite el micrófono y vuelve a cargar la página.',
      safari:
        'En Safari: elige Safari › Configuración de este sitio web, establece Micrófono en Permitir y vuelve a cargar la página.',
      firefox:
        'En Firefox: selecciona el ícono de permisos de la barra de direcciones, quita el permiso bloqueado del micrófono y vuelve a cargar la página.',
    },
    camera: {
      macos:
        'Para permitirlo: abre Configuración del Sistema › Privacidad y seguridad › Cámara, activa tu navegador y reinicia el navegador.',
      chromium:
        'En el navegador: selecciona el ícono de configuración del sitio a la izquierda de la barra de direcciones, permite la cámara y vuelve a cargar la página.',
      safari:
        'En Safari: elige Safari › Configuración de este sitio web, establece Cámara en Permitir y vuelve a cargar la página.',
      firefox:
        'En Firefox: selecciona el ícono de permisos de la barra de direcciones, quita el permiso bloqueado de la cámara y vuelve a cargar la página.',
    },
    screen: {
      macos:
        'Para permitirlo: abre Configuración del Sistema › Privacidad y seguridad › Grabación de pantalla y audio del sistema, activa tu navegador y reinicia el navegador.',
      chromium:
        'En el navegador: vuelve a compartir la pantalla y elige qué compartir cuando el navegador te lo pregunte.',
      safari: 'En Safari: vuelve a compartir la pantalla y permítelo cuando Safari te lo pregunte.',
      firefox: 'En Firefox: vuelve a compartir la pantalla y permítelo cuando Firefox te lo pregunte.',
    },
  },
  muted: {
    title: 'Tu micrófono está desactivado',
    body: 'Estás hablando, pero tu micrófono está desactivado.',
    unmuteFailed: 'No se pudo reactivar el micrófono. Usa los controles de la llamada para reactivarlo.',
  },
  remote: {
    mutedBySystem: 'Micrófono desactivado por su dispositivo',
  },
});
