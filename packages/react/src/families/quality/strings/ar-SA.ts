import type { QualityStrings } from './en-US.js';

/**
 * Arabic (Saudi Arabia), right to left: the quality family's strings. Terms as in ACS's ar-SA: جودة الشبكة, المكالمة,
 * الفيديو, النطاق الترددي; the levels agree with جودة (feminine). "Network quality is low" says منخفضة (low), not
 * ACS's مقبولة ("acceptable", the opposite; the glossary test's allow-list). Units in words as the main table (مللي
 * ثانية), the Arabic percent sign (٪), the Arabic comma between reasons. Machine-written: wants a native speaker's
 * review (docs/localization.md).
 */
export const qualityArSA: QualityStrings = {
  locale: 'ar-SA',
  levels: {
    good: 'جيدة',
    fair: 'متوسطة',
    poor: 'ضعيفة',
    unknown: 'لم يتم قياسها بعد',
  },
  label: 'جودة الشبكة: {level}',
  labelWithReasons: 'جودة الشبكة: {level} — {reasons}',
  reasons: {
    rtt: 'تأخير',
    jitter: 'صوت غير منتظم',
    loss: 'فقدان الحزم',
    bandwidth: 'نطاق ترددي منخفض',
    freeze: 'الفيديو متجمد',
    ufd: 'جودة الشبكة منخفضة',
  },
  directions: {
    send: 'الإرسال',
    receive: 'الاستقبال',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: '، ',
  announcement: 'تغيرت جودة الشبكة: {level}.',
  figures: {
    title: 'جودة المكالمة',
    mos: 'جودة الصوت المقدرة: {mos} من 5',
    rtt: 'زمن الذهاب والإياب: {value}\u00a0مللي ثانية',
    jitter: 'تذبذب التأخير: {value}\u00a0مللي ثانية',
    loss: 'فقدان الحزم: {value}٪',
    bandwidth: 'سرعة الرفع المتاحة: {value}\u00a0كيلوبت/ثانية',
    freeze: 'تجمد الفيديو: {value}\u00a0مللي ثانية',
    send: 'الإرسال',
    receive: 'الاستقبال',
    none: 'لا يتدفق أي صوت، لذا لا يمكن قياس الجودة.',
  },
};
