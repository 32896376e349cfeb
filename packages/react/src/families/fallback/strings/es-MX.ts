import { mergeStrings } from '../../../localization/strings.js';
import type { FallbackStrings } from './en-US.js';
import { fallbackEsES } from './es-ES.js';

/**
 * Spanish (Mexico): the fallback family's strings, es-ES with Latin American usage ("video") and, like ACS's es-MX,
 * the informal "tú" where es-ES says "usted" (so every string that addresses the user is written here). Only the
 * strings that differ are written here: the buttons and labels follow es-ES (ACS's es-MX dial-in panel and "Join by
 * Phone" button say the same as its es-ES). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackEsMX: FallbackStrings = mergeStrings<FallbackStrings>(fallbackEsES, {
  locale: 'es-MX',
  phone: {
    instructions: 'Llama al {number} y, a continuación, escribe el Id. de conferencia {conferenceId} seguido de #.',
    intro: 'Tu red bloquea las llamadas desde este dispositivo. Aun así, puedes unirte a la reunión desde un teléfono.',
    copyFailed: 'No se pudo copiar. Selecciona el texto y cópialo tú mismo.',
  },
  video: {
    title: 'Tu red tiene dificultades',
    body: 'Desactivar el video puede ayudar a que el audio se oiga con claridad.',
    turnOff: 'Desactivar mi video',
    failed: 'No se pudo desactivar el video. Usa los controles de la llamada.',
    phoneBody: 'Puedes unirte a esta llamada desde el teléfono para obtener un mejor sonido.',
  },
});
