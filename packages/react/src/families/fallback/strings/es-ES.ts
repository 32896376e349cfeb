import type { FallbackStrings } from './en-US.js';

/**
 * Spanish (Spain): the fallback family's strings. Register "usted" (where ACS's phone-quality message says "Únete")
 * and terms as in ACS's es-ES: its "Join by Phone" button (Unirse por teléfono, in sentence case), its dial-in
 * panel's "Número de pago" / "Número gratuito", "Id.", reunión, llamada, vídeo; "Desactivar" as its other camera
 * strings (its camera button says "Desconectar", disconnect). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const fallbackEsES: FallbackStrings = {
  locale: 'es-ES',
  phone: {
    action: 'Unirse por teléfono',
    instructions: 'Llame al {number} y, a continuación, escriba el Id. de conferencia {conferenceId} seguido de #.',
    title: 'Unirse por teléfono',
    intro: 'Su red bloquea las llamadas desde este dispositivo. Aun así, puede unirse a la reunión desde un teléfono.',
    conferenceId: 'Id. de conferencia: {conferenceId}',
    toll: 'Número de pago',
    tollFree: 'Número gratuito',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Llamar al {number}',
    copyNumber: 'Copiar número',
    copyConferenceId: 'Copiar Id. de conferencia',
    copied: 'Copiado',
    copyFailed: 'No se ha podido copiar. Seleccione el texto y cópielo usted mismo.',
    moreNumbers: 'Buscar un número local',
  },
  video: {
    title: 'Su red tiene dificultades',
    body: 'Desactivar el vídeo puede ayudar a que el audio se oiga con claridad.',
    turnOff: 'Desactivar mi vídeo',
    dismiss: 'Ahora no',
    failed: 'No se ha podido desactivar el vídeo. Use los controles de la llamada.',
    phoneTitle: 'La conexión sigue siendo deficiente',
    phoneBody: 'Puede unirse a esta llamada desde el teléfono para obtener un mejor sonido.',
  },
};
