import type { MediaStrings } from './en-US.js';

/**
 * Spanish (Spain): the media family's strings. Register "usted" and terms as in ACS's es-ES: micrófono, cámara,
 * altavoz, silenciado / "Reactivar micrófono", permiso, pantalla compartida; macOS's Spanish names (Ajustes del
 * Sistema › Privacidad y seguridad). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaEsES: MediaStrings = {
  locale: 'es-ES',
  issues: {
    microphonePermissionDenied: {
      title: 'Su equipo está bloqueando el micrófono',
      body: 'Los demás no podrán oírle hasta que este navegador tenga permiso para usar el micrófono.',
    },
    cameraPermissionDenied: {
      title: 'Su equipo está bloqueando la cámara',
      body: 'Los demás no podrán verle hasta que este navegador tenga permiso para usar la cámara.',
    },
    screenshareRecordingDisabled: {
      title: 'Su equipo está bloqueando la pantalla compartida',
      body: 'No podrá compartir la pantalla hasta que este navegador tenga permiso para grabarla.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'No se encontró ningún micrófono',
      body: 'Conecte un micrófono o unos auriculares con micrófono para que los demás puedan oírle.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'No se encontraron altavoces',
      body: 'Conecte unos altavoces o unos auriculares para escuchar la llamada.',
    },
    microphoneNotFunctioning: {
      title: 'Su micrófono no funciona',
      body: 'Los demás no le oyen. Puede que esté apagado o que lo esté usando otra aplicación: cierre esa aplicación o elija otro micrófono.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Su sistema ha silenciado el micrófono',
      body: 'Reactive el micrófono para que vuelvan a oírle, o elija otro micrófono.',
    },
    microphoneNotMuteButSilent: {
      title: 'Su micrófono no capta ningún sonido',
      body: 'Compruebe que está conectado y que no está silenciado en el propio dispositivo, o elija otro micrófono.',
    },
    cameraStartFailed: {
      title: 'No se pudo iniciar la cámara',
      body: 'Puede que esté apagada o que la esté usando otra aplicación: cierre esa aplicación y vuelva a activar la cámara, o elija otra cámara.',
    },
    cameraStartTimedOut: {
      title: 'La cámara está tardando demasiado en iniciarse',
      body: 'Desactive la cámara y vuelva a activarla, o elija otra cámara.',
    },
    cameraStoppedUnexpectedly: {
      title: 'La cámara se ha detenido',
      body: 'El sistema ha detenido el vídeo. Vuelva a activar la cámara o elija otra cámara.',
    },
    capturerStartFailed: {
      title: 'No se pudo iniciar la pantalla compartida',
      body: 'Vuelva a intentar compartir la pantalla.',
    },
    capturerStoppedUnexpectedly: {
      title: 'La pantalla compartida se ha detenido',
      body: 'Vuelva a compartir la pantalla para continuar.',
    },
    cameraFreeze: {
      title: 'Los demás ven su vídeo congelado',
      body: 'Puede que su red sea demasiado lenta para el vídeo en este momento. Compruebe la red, o desactive la cámara y vuelva a activarla.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Para permitirlo: abra Ajustes del Sistema › Privacidad y seguridad › Micrófono, active su navegador y reinicie el navegador.',
      chromium:
        'En el navegador: seleccione el icono de configuración del sitio a la izquierda de la barra de direcciones, permita el micrófono y vuelva a cargar la página.',
      safari:
        'En Safari: elija Safari › Ajustes de este sitio web, establezca Micrófono en Permitir y vuelva a cargar la página.',
      firefox:
        'En Firefox: seleccione el icono de permisos de la barra de direcciones, quite el permiso bloqueado del micrófono y vuelva a cargar la página.',
    },
    camera: {
      macos:
        'Para permitirlo: abra Ajustes del Sistema › Privacidad y seguridad › Cámara, active su navegador y reinicie el navegador.',
      chromium:
        'En el navegador: seleccione el icono de configuración del sitio a la izquierda de la barra de direcciones, permita la cámara y vuelva a cargar la página.',
      safari:
        'En Safari: elija Safari › Ajustes de este sitio web, establezca Cámara en Permitir y vuelva a cargar la página.',
      firefox:
        'En Firefox: seleccione el icono de permisos de la barra de direcciones, quite el permiso bloqueado de la cámara y vuelva a cargar la página.',
    },
    screen: {
      macos:
        'Para permitirlo: abra Ajustes del Sistema › Privacidad y seguridad › Grabación de pantalla y audio del sistema, active su navegador y reinicie el navegador.',
      chromium:
        'En el navegador: vuelva a compartir la pantalla y elija qué compartir cuando el navegador se lo pregunte.',
      safari: 'En Safari: vuelva a compartir la pantalla y permítalo cuando Safari se lo pregunte.',
      firefox: 'En Firefox: vuelva a compartir la pantalla y permítalo cuando Firefox se lo pregunte.',
    },
  },
  actions: {
    unmute: 'Reactivar micrófono',
    chooseMicrophone: 'Elegir otro micrófono',
    chooseCamera: 'Elegir otra cámara',
    chooseSpeaker: 'Elegir otro altavoz',
    checkNetwork: 'Comprobar la red',
  },
  muted: {
    title: 'Está silenciado',
    body: 'Está hablando, pero su micrófono está silenciado.',
    unmute: 'Reactivar micrófono',
    dismiss: 'Cerrar',
    unmuteFailed: 'No se pudo reactivar el micrófono. Use los controles de la llamada para reactivarlo.',
  },
  remote: {
    poorConnection: 'Conexión deficiente',
    reconnecting: 'Reconectando',
    offline: 'Sin conexión',
    connectionBlocked: 'Conexión bloqueada',
    cameraFrozen: 'Cámara congelada',
    cameraStopped: 'Cámara detenida',
    microphoneNotWorking: 'El micrófono no funciona',
    mutedBySystem: 'Silenciado por su dispositivo',
    noMicrophone: 'Sin micrófono',
    noSpeaker: 'No oye la llamada',
    label: '{name}: {problem}',
    someone: 'Un participante',
  },
};
