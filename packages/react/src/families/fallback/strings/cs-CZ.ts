import type { FallbackStrings } from './en-US.js';

/**
 * Czech: the fallback family's strings. Register "vy" and terms as in ACS's cs-CZ: its "Join by Phone" button
 * (Připojit telefonem) and phone-quality message, its dial-in panel's "Placené" / "Bezplatné", ID, schůzka, hovor,
 * video, "Vypnout" (its camera button). "ID konference" as Teams' dial-in invitation (ACS's panel says "ID schůzky"):
 * it is what the phone system asks for. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackCsCZ: FallbackStrings = {
  locale: 'cs-CZ',
  phone: {
    action: 'Připojit telefonem',
    instructions: 'Zavolejte na číslo {number} a potom zadejte ID konference {conferenceId} zakončené znakem #.',
    title: 'Připojit telefonem',
    intro: 'Vaše síť blokuje hovory z tohoto zařízení. Ke schůzce se ale můžete připojit z telefonu.',
    conferenceId: 'ID konference: {conferenceId}',
    toll: 'Placené',
    tollFree: 'Bezplatné',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Volat {number}',
    copyNumber: 'Kopírovat číslo',
    copyConferenceId: 'Kopírovat ID konference',
    copied: 'Zkopírováno',
    copyFailed: 'Kopírování se nezdařilo. Vyberte text a zkopírujte ho sami.',
    moreNumbers: 'Najít místní číslo',
  },
  video: {
    title: 'Vaše síť to nezvládá',
    body: 'Když vypnete video, zvuk zůstane srozumitelný.',
    turnOff: 'Vypnout moje video',
    dismiss: 'Teď ne',
    failed: 'Video se nepodařilo vypnout. Použijte ovládací prvky hovoru.',
    phoneTitle: 'Připojení je stále špatné',
    phoneBody: 'Připojte se k tomuto hovoru ze svého telefonu, abyste získali lepší zvuk.',
  },
};
