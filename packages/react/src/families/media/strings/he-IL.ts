import type { MediaStrings } from './en-US.js';

/**
 * Hebrew, right to left: the media family's strings. Imperatives (masculine, as ACS's he-IL) and terms as in ACS:
 * מיקרופון, מצלמה, רמקול, מושתק / בטל השתקה, הרשאה, שיתוף מסך; macOS's Hebrew names (הגדרות המערכת › פרטיות
 * ואבטחה). The browser's site settings icon is "next to" the address bar (its side depends on the direction).
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaHeIL: MediaStrings = {
  locale: 'he-IL',
  issues: {
    microphonePermissionDenied: {
      title: 'המחשב שלך חוסם את המיקרופון',
      body: 'אחרים לא ישמעו אותך עד שדפדפן זה יורשה להשתמש במיקרופון.',
    },
    cameraPermissionDenied: {
      title: 'המחשב שלך חוסם את המצלמה',
      body: 'אחרים לא יראו אותך עד שדפדפן זה יורשה להשתמש במצלמה.',
    },
    screenshareRecordingDisabled: {
      title: 'המחשב שלך חוסם שיתוף מסך',
      body: 'לא תוכל לשתף את המסך עד שדפדפן זה יורשה להקליט אותו.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'לא נמצא מיקרופון',
      body: 'חבר מיקרופון או אוזניות עם מיקרופון כדי שאחרים ישמעו אותך.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'לא נמצאו רמקולים',
      body: 'חבר רמקולים או אוזניות כדי לשמוע את השיחה.',
    },
    microphoneNotFunctioning: {
      title: 'המיקרופון שלך לא עובד',
      body: 'אחרים לא שומעים אותך. ייתכן שהוא כבוי או בשימוש על-ידי אפליקציה אחרת: סגור את האפליקציה או בחר מיקרופון אחר.',
    },
    microphoneMuteUnexpectedly: {
      title: 'המיקרופון שלך הושתק על-ידי המערכת',
      body: 'בטל את ההשתקה כדי שישמעו אותך שוב, או בחר מיקרופון אחר.',
    },
    microphoneNotMuteButSilent: {
      title: 'המיקרופון שלך לא קולט צליל',
      body: 'ודא שהוא מחובר ושאינו מושתק במכשיר עצמו, או בחר מיקרופון אחר.',
    },
    cameraStartFailed: {
      title: 'לא ניתן היה להפעיל את המצלמה',
      body: 'ייתכן שהיא כבויה או בשימוש על-ידי אפליקציה אחרת: סגור את האפליקציה והפעל שוב את המצלמה, או בחר מצלמה אחרת.',
    },
    cameraStartTimedOut: {
      title: 'הפעלת המצלמה נמשכת זמן רב מדי',
      body: 'כבה את המצלמה והפעל אותה שוב, או בחר מצלמה אחרת.',
    },
    cameraStoppedUnexpectedly: {
      title: 'המצלמה שלך הופסקה',
      body: 'המערכת הפסיקה את הווידאו שלך. הפעל שוב את המצלמה, או בחר מצלמה אחרת.',
    },
    capturerStartFailed: {
      title: 'לא ניתן היה להתחיל שיתוף מסך',
      body: 'נסה שוב לשתף את המסך.',
    },
    capturerStoppedUnexpectedly: {
      title: 'שיתוף המסך הופסק',
      body: 'שתף שוב את המסך כדי להמשיך.',
    },
    cameraFreeze: {
      title: 'אחרים רואים את הווידאו שלך קפוא',
      body: 'ייתכן שהרשת שלך איטית מדי לווידאו כרגע. בדוק את הרשת, או כבה את המצלמה והפעל אותה שוב.',
    },
  },
  allow: {
    microphone: {
      macos:
        'כדי לאפשר זאת: פתח את הגדרות המערכת › פרטיות ואבטחה › מיקרופון, הפעל את הדפדפן ולאחר מכן הפעל מחדש את הדפדפן.',
      chromium: 'בדפדפן: בחר את סמל הגדרות האתר ליד שורת הכתובת, אפשר את המיקרופון ולאחר מכן טען מחדש את הדף.',
      safari: 'ב-Safari: בחר Safari › הגדרות עבור אתר זה, הגדר את מיקרופון לאפשר ולאחר מכן טען מחדש את הדף.',
      firefox: 'ב-Firefox: בחר את סמל ההרשאות בשורת הכתובת, הסר את הרשאת המיקרופון החסומה ולאחר מכן טען מחדש את הדף.',
    },
    camera: {
      macos:
        'כדי לאפשר זאת: פתח את הגדרות המערכת › פרטיות ואבטחה › מצלמה, הפעל את הדפדפן ולאחר מכן הפעל מחדש את הדפדפן.',
      chromium: 'בדפדפן: בחר את סמל הגדרות האתר ליד שורת הכתובת, אפשר את המצלמה ולאחר מכן טען מחדש את הדף.',
      safari: 'ב-Safari: בחר Safari › הגדרות עבור אתר זה, הגדר את מצלמה לאפשר ולאחר מכן טען מחדש את הדף.',
      firefox: 'ב-Firefox: בחר את סמל ההרשאות בשורת הכתובת, הסר את הרשאת המצלמה החסומה ולאחר מכן טען מחדש את הדף.',
    },
    screen: {
      macos:
        'כדי לאפשר זאת: פתח את הגדרות המערכת › פרטיות ואבטחה › הקלטת מסך ושמע מערכת, הפעל את הדפדפן ולאחר מכן הפעל מחדש את הדפדפן.',
      chromium: 'בדפדפן: שתף שוב את המסך ובחר מה לשתף כשהדפדפן שואל.',
      safari: 'ב-Safari: שתף שוב את המסך ואפשר זאת כש-Safari שואל.',
      firefox: 'ב-Firefox: שתף שוב את המסך ואפשר זאת כש-Firefox שואל.',
    },
  },
  actions: {
    unmute: 'בטל השתקה',
    chooseMicrophone: 'בחר מיקרופון אחר',
    chooseCamera: 'בחר מצלמה אחרת',
    chooseSpeaker: 'בחר רמקול אחר',
    checkNetwork: 'בדוק את הרשת',
  },
  muted: {
    title: 'אתה מושתק',
    body: 'אתה מדבר, אבל המיקרופון שלך מושתק.',
    unmute: 'בטל השתקה',
    dismiss: 'סגור',
    unmuteFailed: 'לא ניתן היה לבטל את ההשתקה. השתמש בפקדי השיחה כדי לבטל אותה.',
  },
  remote: {
    poorConnection: 'חיבור חלש',
    reconnecting: 'מתחבר מחדש',
    offline: 'לא מקוון',
    connectionBlocked: 'החיבור חסום',
    cameraFrozen: 'המצלמה קפואה',
    cameraStopped: 'המצלמה הופסקה',
    microphoneNotWorking: 'המיקרופון לא עובד',
    mutedBySystem: 'מושתק על-ידי המכשיר שלו',
    noMicrophone: 'אין מיקרופון',
    noSpeaker: 'לא שומע את השיחה',
    label: '{name}: {problem}',
    someone: 'משתתף',
  },
};
