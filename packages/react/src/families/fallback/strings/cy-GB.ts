import type { FallbackStrings } from './en-US.js';

/**
 * Welsh: the fallback family's strings. Register "chi" and terms as in ACS's cy-GB: its "Join by Phone" button (Ymuno
 * dros y Ffôn) and phone-quality message, its dial-in panel's "Toll" (the Welsh word) / "Di-doll", ID, cyfarfod,
 * galwad, fideo, "Diffodd" (its camera button). Machine-written, the least confident of all: wants a native speaker's
 * review (docs/localization.md).
 */
export const fallbackCyGB: FallbackStrings = {
  locale: 'cy-GB',
  phone: {
    action: 'Ymuno dros y Ffôn',
    instructions: 'Ffoniwch {number}, yna rhowch ID y gynhadledd {conferenceId} ac yna #.',
    title: 'Ymuno dros y Ffôn',
    intro: 'Mae eich rhwydwaith yn rhwystro galwadau o’r ddyfais hon. Gallwch ymuno â’r cyfarfod o ffôn o hyd.',
    conferenceId: 'ID y gynhadledd: {conferenceId}',
    toll: 'Toll',
    tollFree: 'Di-doll',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Ffonio {number}',
    copyNumber: 'Copïo’r rhif',
    copyConferenceId: 'Copïo ID y gynhadledd',
    copied: 'Wedi copïo',
    copyFailed: 'Doedd dim modd copïo. Dewiswch y testun a’i gopïo eich hun.',
    moreNumbers: 'Dod o hyd i rif lleol',
  },
  video: {
    title: 'Mae eich rhwydwaith yn cael trafferth',
    body: 'Gall diffodd eich fideo gadw’r sain yn glir.',
    turnOff: 'Diffodd fy fideo',
    dismiss: 'Dim nawr',
    failed: 'Doedd dim modd diffodd eich fideo. Defnyddiwch reolyddion yr alwad.',
    phoneTitle: 'Mae’r cysylltiad yn wael o hyd',
    phoneBody: 'Ymunwch â’r alwad hon o’ch ffôn i gael sain gwell.',
  },
};
