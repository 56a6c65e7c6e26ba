// Arabic texts of the public events pages (see labels.ts). The pages are right to left; numbers
// stand apart from the words ("المقاعد المتبقية: 4") so no plural form is guessed wrong.
import type { Texts } from './labels.js';

export const AR: Texts = {
  ui: {
    title: 'الأنشطة', lede: 'مجموعات وأمسيات موضوعية ولقاءات لك أنت الذي تساعد شخصًا قريبًا منك. كل شيء مجاني ويمكنك البقاء مجهول الهوية.',
    filters: 'اختر الأنشطة', group: 'الشخص الذي تعتني به', type: 'نوع النشاط', month: 'الشهر', any: 'الكل', apply: 'اعرض الأنشطة',
    none: 'لا توجد أنشطة تطابق اختياراتك. أزل أحد عوامل التصفية.', feed: 'اشترك في التقويم (.ics)',
    feedHint: 'أضف جميع الأنشطة إلى Outlook أو تقويم Google أو تقويم هاتفك.', placesLeft: 'المقاعد المتبقية: {n}', onePlaceLeft: 'تبقّى مقعد واحد',
    full: 'محجوز بالكامل – يمكنك الانضمام إلى قائمة الانتظار', fullNoQueue: 'محجوز بالكامل', sessions: 'عدد اللقاءات: {n}', online: 'عبر الإنترنت', cancelled: 'ملغى',
    when: 'متى', where: 'أين', accessibility: 'إمكانية الوصول', leaders: 'يقودها', language: 'اللغة', groups: 'لأقارب', allGroups: 'جميع الأقارب',
    audience: 'موجّه إلى', sessionsHeading: 'اللقاءات', book: 'احجز مقعدًا', bookSession: 'احجز', bookingClosed: 'الحجز مغلق',
    onlineInfo: 'هذا النشاط عبر الإنترنت. يُرسل الرابط إليك بعد حصولك على مقعد.', approval: 'يراجع الموظفون الطلبات قبل تأكيد المقعد.',
    wholeSeries: 'أنت تحجز مقعدًا في السلسلة كاملة.', cancelledNotice: 'تم إلغاء هذا النشاط.', session: 'اللقاء', status: 'المقاعد',
    bookTitle: 'حجز مقعد', nameLabel: 'الاسم أو اسم مستعار', nameHint: 'يمكنك كتابة اسم مستعار. إذا كتبت اسمك الحقيقي فلا يمكننا ضمان بقائك مجهول الهوية.',
    contactLegend: 'كيف نتواصل معك؟', contactHint: 'اكتب بريدًا إلكترونيًا أو رقم هاتف – يكفي أحدهما. نستخدمه لهذا الحجز فقط.',
    email: 'البريد الإلكتروني', phone: 'رقم الهاتف', phoneHint: 'إذا لم تكتب بريدًا إلكترونيًا فستصلك رسائل نصية.',
    needsHeading: 'هل تحتاج إلى شيء لتتمكن من المشاركة؟', needsHint: 'اختياري.', interpreter: 'مترجم فوري – اكتب اللغة', hearingLoop: 'أحتاج إلى حلقة سمعية',
    diet: 'نظام غذائي خاص أو حساسية', bringing: 'سأحضر معي الشخص الذي أعتني به', sessionLegend: 'أي لقاء تريد أن تحجز؟', submit: 'احجز',
    privacy: 'نحتفظ ببياناتك حتى مرور {days} يومًا على اللقاء الأخير، ثم نحذفها.', fullQueue: 'الأماكن ممتلئة الآن. إذا حجزت فستنضم إلى قائمة الانتظار وسنخبرك إذا شغر مقعد.',
    yourBooking: 'حجزك', savedLink: 'احفظ هذا الرابط. يمكنك من خلاله رؤية حجزك أو تغييره أو إلغاؤه:', ics: 'أضف إلى التقويم (.ics)',
    onlineLink: 'رابط الاجتماع', booked: 'شكرًا! لقد حصلت على مقعد.', waitlisted: 'كانت الأماكن ممتلئة، لذا أنت في قائمة الانتظار.', queuePos: 'ترتيبك في قائمة الانتظار: {n}.',
    pending: 'شكرًا! لقد استلمنا طلبك.', pendingHint: 'يراجع الموظفون الطلبات وسنبلغك بالنتيجة.',
    offered: 'شغر مقعد من أجلك!', offeredHint: 'أكّد قبل {deadline}، وإلا فسيذهب المقعد إلى الشخص التالي في قائمة الانتظار.',
    confirm: 'نعم، أريد المقعد', closedStatus: 'هذا الحجز منتهٍ.', changeHeading: 'غيّر بياناتك', save: 'احفظ التغييرات',
    cancelHeading: 'إلغاء الحجز', cancelHint: 'لا تستطيع الحضور؟ ألغِ الحجز ليحصل شخص آخر على المقعد.', cancelButton: 'ألغِ حجز مقعدي',
    leaveQueue: 'غادر قائمة الانتظار', saved: 'تم حفظ تغييراتك.', cancelledDone: 'تم إلغاء حجزك.', confirmedDone: 'المقعد لك.',
    messageSent: 'أرسلنا تأكيدًا إلى {to}.', eventPage: 'عن النشاط', backToCalendar: 'جميع الأنشطة',
  },
  groups: {
    older: 'كبار السن', disability: 'ذوي الإعاقة', mental_health: 'من يعانون من مشاكل نفسية', substance_use: 'من يعانون من الإدمان', long_term_illness: 'المرضى لفترة طويلة', dementia: 'من يعانون من الخرف',
  },
  types: {
    carer_group: 'مجموعة للأقارب', theme_evening: 'أمسية موضوعية', carer_meeting: 'لقاء للأقارب', training: 'تدريب', lecture: 'محاضرة', workshop: 'ورشة عمل', other: 'نشاط آخر',
  },
  audiences: { carers: 'الأقارب', staff: 'الموظفون', ambassadors: 'سفراء الأقارب', politicians: 'السياسيون', associations: 'الجمعيات' },
  statuses: {
    pending: 'بانتظار الموافقة', booked: 'محجوز', offered: 'عُرض عليك مقعد – بانتظار تأكيدك', waitlisted: 'في قائمة الانتظار',
    cancelled: 'ملغى', declined: 'لم تتم الموافقة', expired: 'انتهت مهلة العرض',
  },
  refusals: {
    chooseSession: 'اختر اللقاء الذي تريد حجزه',
    unknownSession: 'اختر أحد اللقاءات في القائمة',
    full: 'عذرًا، الأماكن محجوزة بالكامل.',
    duplicateNew: 'يوجد حجز بهذه البيانات بالفعل. استخدم الرابط الموجود في رسالة التأكيد لتغييره.',
    duplicateChange: 'يوجد حجز آخر لنفس النشاط بهذه البيانات بالفعل. استخدم رابط ذلك الحجز بدلًا من ذلك.',
    cap: 'لا يمكن أن يكون لنفس بيانات التواصل أكثر من 10 حجوزات في الوقت نفسه. تواصل معنا إذا احتجت إلى المزيد.',
    alreadyTraining: 'أنت مسجَّل بالفعل.',
    bookingEnded: 'انتهى الحجز ولا يمكن تغييره.',
    alreadyEnded: 'انتهى الحجز بالفعل.',
    nothingToConfirm: 'لا يوجد مقعد لتأكيده.',
    offerExpired: 'انتهت مهلة التأكيد.',
    unknownFields: 'احتوى النموذج على حقول غير معروفة',
    eventCancelled: 'تم إلغاء النشاط.',
    notBookable: 'لا يمكن حجز هذا النشاط.',
    opensAt: 'يبدأ الحجز في {at}.',
    closed: 'أُغلق الحجز.',
    sessionGone: 'اللقاء ملغى أو غير موجود.',
    sessionStarted: 'بدأ اللقاء بالفعل.',
    noSessions: 'لا توجد لقاءات قادمة.',
    groupStarted: 'بدأت المجموعة بالفعل. تواصل معنا إذا أردت الانضمام.',
    allPast: 'انتهت جميع اللقاءات.',
  },
  form: {
    required: 'هذا الحقل مطلوب',
    email: 'اكتب بريدًا إلكترونيًا صحيحًا، مثل name@example.com',
    phone: 'اكتب رقم هاتف بالأرقام، مثل 070-123 45 67',
    contact: 'اكتب بريدًا إلكترونيًا أو رقم هاتف حتى نتمكن من التواصل معك',
    choose: 'اختر أحد الخيارات',
    format: 'صيغة القيمة غير صحيحة',
    invalid: 'القيمة غير صالحة',
    id: 'اختيار غير صالح',
    unknownFields: 'احتوى النموذج على حقول غير معروفة',
    maxLength: 'الحد الأقصى لعدد الأحرف: {n}',
  },
  results: (n) => {
    const form = new Intl.PluralRules('ar').select(n);
    if (n === 0) return 'لا توجد أنشطة';
    if (form === 'one') return 'نشاط واحد';
    if (form === 'two') return 'نشاطان';
    if (form === 'few') return `${n} أنشطة`;
    if (form === 'many') return `${n} نشاطًا`;
    return `${n} نشاط`;
  },
  dates: 'ar',
};
