import type { QualityStrings } from './en-US.js';

/**
 * Hebrew, right to left: the quality family's strings. Terms as in ACS's he-IL: איכות הרשת (its "איכות הרשת נמוכה"),
 * שיחה, הווידאו, רוחב פס; the levels agree with איכות (feminine). Units in words as the main table (אלפיות שנייה).
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const qualityHeIL: QualityStrings = {
  locale: 'he-IL',
  levels: {
    good: 'טובה',
    fair: 'בינונית',
    poor: 'ירודה',
    unknown: 'טרם נמדדה',
  },
  label: 'איכות הרשת: {level}',
  labelWithReasons: 'איכות הרשת: {level} – {reasons}',
  reasons: {
    rtt: 'עיכוב',
    jitter: 'שמע לא אחיד',
    loss: 'אובדן מנות',
    bandwidth: 'רוחב פס נמוך',
    freeze: 'הווידאו קפוא',
    ufd: 'איכות הרשת נמוכה',
  },
  directions: {
    send: 'שליחה',
    receive: 'קבלה',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'איכות הרשת השתנתה: {level}.',
  figures: {
    title: 'איכות השיחה',
    mos: 'איכות שמע משוערת: {mos} מתוך 5',
    rtt: 'זמן הלוך ושוב: {value}\u00a0אלפיות שנייה',
    jitter: 'ריצוד: {value}\u00a0אלפיות שנייה',
    loss: 'אובדן מנות: {value}%',
    bandwidth: 'קצב העלאה זמין: {value}\u00a0קילוביט לשנייה',
    freeze: 'הווידאו קפוא: {value}\u00a0אלפיות שנייה',
    send: 'שליחה',
    receive: 'קבלה',
    none: 'לא עובר שמע, ולכן לא ניתן למדוד את האיכות.',
  },
};
