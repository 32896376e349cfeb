import type { FallbackStrings } from './en-US.js';

/**
 * Hebrew, right to left: the fallback family's strings. Masculine imperatives and terms as in ACS's he-IL: its "Join
 * by Phone" button (הצטרף בטלפון) and phone-quality message, its dial-in panel's "בתשלום" / "שיחת חינם", מזהה, פגישה,
 * שיחה, הווידאו, "כבה" (its camera button). "מזהה ועידה" as Teams' dial-in invitation (ACS's panel says "מזהה
 * פגישה"). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackHeIL: FallbackStrings = {
  locale: 'he-IL',
  phone: {
    action: 'הצטרף בטלפון',
    instructions: 'התקשר למספר {number}, ולאחר מכן הזן את מזהה הוועידה {conferenceId} ואחריו #.',
    title: 'הצטרף בטלפון',
    intro: 'הרשת שלך חוסמת שיחות מהמכשיר הזה. עדיין תוכל להצטרף לפגישה מטלפון.',
    conferenceId: 'מזהה ועידה: {conferenceId}',
    toll: 'בתשלום',
    tollFree: 'שיחת חינם',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'התקשר למספר {number}',
    copyNumber: 'העתק מספר',
    copyConferenceId: 'העתק מזהה ועידה',
    copied: 'הועתק',
    copyFailed: 'לא ניתן היה להעתיק. בחר את הטקסט והעתק אותו ידנית.',
    moreNumbers: 'מצא מספר מקומי',
  },
  video: {
    title: 'הרשת שלך מתקשה',
    body: 'כיבוי הווידאו שלך יכול לשמור על שמע ברור.',
    turnOff: 'כבה את הווידאו שלי',
    dismiss: 'לא עכשיו',
    failed: 'לא ניתן היה לכבות את הווידאו שלך. השתמש בפקדי השיחה.',
    phoneTitle: 'החיבור עדיין חלש',
    phoneBody: 'הצטרף לשיחה זו מהטלפון שלך לקבלת שמע טוב יותר.',
  },
};
