import type { FallbackStrings } from './en-US.js';

/**
 * Arabic (Saudi Arabia), right to left: the fallback family's strings. Terms as in ACS's ar-SA: its "Join by Phone"
 * button (انضمام عبر الهاتف) and phone-quality message, its dial-in panel's "(الرقم غير المجاني)" / "(رقم مجاني)",
 * معرّف, الاجتماع, الفيديو, إيقاف تشغيل (its camera button); imperative instructions as ACS; the Arabic comma.
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackArSA: FallbackStrings = {
  locale: 'ar-SA',
  phone: {
    action: 'انضمام عبر الهاتف',
    instructions: 'اتصل بالرقم {number}، ثم أدخل معرّف المؤتمر {conferenceId} متبوعًا بـ #.',
    title: 'انضمام عبر الهاتف',
    intro: 'تحظر شبكتك المكالمات من هذا الجهاز. لا يزال بإمكانك الانضمام إلى الاجتماع من هاتف.',
    conferenceId: 'معرّف المؤتمر: {conferenceId}',
    toll: 'الرقم غير المجاني',
    tollFree: 'رقم مجاني',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}، {place})',
    call: 'الاتصال بالرقم {number}',
    copyNumber: 'نسخ الرقم',
    copyConferenceId: 'نسخ معرّف المؤتمر',
    copied: 'تم النسخ',
    copyFailed: 'تعذر النسخ. حدد النص وانسخه بنفسك.',
    moreNumbers: 'البحث عن رقم محلي',
  },
  video: {
    title: 'شبكتك تواجه صعوبة',
    body: 'قد يساعد إيقاف تشغيل الفيديو على إبقاء الصوت واضحًا.',
    turnOff: 'إيقاف تشغيل الفيديو الخاص بي',
    dismiss: 'ليس الآن',
    failed: 'تعذر إيقاف تشغيل الفيديو. استخدم عناصر التحكم في المكالمة.',
    phoneTitle: 'لا يزال الاتصال ضعيفًا',
    phoneBody: 'انضم إلى هذه المكالمة من هاتفك للحصول على صوت أفضل.',
  },
};
