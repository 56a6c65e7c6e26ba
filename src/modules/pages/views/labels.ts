// Portal text (start page and information pages) in the reader's language. Languages not
// written here fall back to Swedish, and the page marks that text lang="sv".
import type { ContentLocale, TargetGroup } from '../../../platform/domain/vocab.js';
import { TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';

const sv = {
  pagesTitle: 'Information till dig som är anhörig',
  pagesLede: 'Här kan du läsa om stödet till anhöriga: vad det är, vem som räknas som anhörig och hur du får hjälp.',
  filterGroup: 'Visa information för anhöriga till',
  allGroups: 'Alla anhöriga',
  show: 'Visa',
  none: 'Det finns ingen information här ännu.',
  forGroups: 'För anhöriga till',
  reviewed: 'Senast granskad',
  existsIn: 'Sidan finns på',
  startTitle: 'Stöd till dig som hjälper någon',
  amICarer: 'Är du anhörig?',
  amICarerText: 'Du är anhörig om du hjälper, stödjer eller vårdar någon i din närhet som är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett missbruk. Det kan vara din partner, förälder, ditt barn, en vän eller en granne. Du kan vara vuxen eller barn.',
  whatCanIGet: 'Vad kan du få?',
  whatCanIGetText: 'Samtal, grupper, utbildning och avlösning. Det mesta är gratis och du behöver inte ansöka.',
  reachSomeone: 'Vill du prata med någon?',
  reachText: 'Lämna ett telefonnummer eller en e-postadress så hör vi av oss. Du behöver inte säga ditt namn.',
  contactCta: 'Be oss kontakta dig',
  phone: 'Telefon',
  email: 'E-post',
  support: 'Stöd och hjälp',
  supportText: 'Samtal, grupper, avlösning och annat stöd i kommunen.',
  pages: 'Information',
  pagesText: 'Läs om anhörigstöd, dina rättigheter och hur du ansöker.',
  events: 'Aktiviteter',
  eventsText: 'Anhöriggrupper, träffar och föreläsningar du kan gå på.',
  selfcheck: 'Belastningskoll',
  selfcheckText: 'Några korta frågor om hur du mår. Du är anonym.',
  partners: 'Samarbetspartner',
  partnersText: 'Föreningar, kyrkor, regionen och nationella resurser.',
  more: 'Läs mer',
};
type Dict = typeof sv;

const easy: Dict = {
  ...sv,
  pagesTitle: 'Information till dig som hjälper någon',
  pagesLede: 'Här kan du läsa om stöd till dig som hjälper någon.',
  filterGroup: 'Personen du hjälper',
  allGroups: 'Alla',
  none: 'Det finns ingen information här än.',
  forGroups: 'För dig som hjälper någon med',
  reviewed: 'Vi läste texten senast',
  startTitle: 'Hjälp till dig som hjälper någon',
  amICarer: 'Hjälper du någon?',
  amICarerText: 'Hjälper du någon i din familj? Eller en vän? Personen kanske är gammal eller sjuk. Då är du anhörig. Du kan vara vuxen eller barn.',
  whatCanIGet: 'Vad kan du få?',
  whatCanIGetText: 'Du kan prata med någon. Du kan träffa andra. Det kostar inget.',
  reachSomeone: 'Vill du prata med någon?',
  reachText: 'Skriv ditt telefonnummer. Då ringer vi dig. Du behöver inte säga ditt namn.',
  contactCta: 'Vi ringer dig',
  support: 'Stöd du kan få',
  supportText: 'Här ser du vilken hjälp du kan få.',
  pagesText: 'Läs om stöd till dig.',
  eventsText: 'Grupper och träffar.',
  selfcheckText: 'Svara på frågor om hur du mår.',
  partnersText: 'Föreningar och andra som kan hjälpa dig.',
};

const en: Dict = {
  pagesTitle: 'Information for carers',
  pagesLede: 'Read about support for carers: what it is, who counts as a carer and how to get help.',
  filterGroup: 'Show information for carers of',
  allGroups: 'All carers',
  show: 'Show',
  none: 'There is no information here yet.',
  forGroups: 'For carers of',
  reviewed: 'Last reviewed',
  existsIn: 'This page is available in',
  startTitle: 'Support for you who help someone',
  amICarer: 'Are you a carer?',
  amICarerText: 'You are a carer if you help, support or care for someone close to you who is older, long-term ill, has a disability, mental ill-health or a substance-use problem. It may be your partner, parent, child, a friend or a neighbour. You can be an adult or a child.',
  whatCanIGet: 'What can you get?',
  whatCanIGetText: 'Conversations, groups, courses and respite. Most of it is free and you do not need to apply.',
  reachSomeone: 'Would you like to talk to someone?',
  reachText: 'Leave a phone number or an e-mail address and we will get in touch. You do not have to give your name.',
  contactCta: 'Ask us to contact you',
  phone: 'Phone',
  email: 'E-mail',
  support: 'Support',
  supportText: 'Conversations, groups, respite and other support in the municipality.',
  pages: 'Information',
  pagesText: 'Read about carer support, your rights and how to apply.',
  events: 'Activities',
  eventsText: 'Carer groups, meetings and talks you can attend.',
  selfcheck: 'Self-check',
  selfcheckText: 'A few short questions about how you are. You stay anonymous.',
  partners: 'Partners',
  partnersText: 'Associations, churches, the region and national resources.',
  more: 'Read more',
};

const ar: Dict = {
  pagesTitle: 'معلومات لك أنت الذي تعتني بقريب',
  pagesLede: 'اقرأ عن الدعم المقدم للأقارب: ما هو، ومن يُعتبر قريبًا مُعتنيًا، وكيف تحصل على المساعدة.',
  filterGroup: 'عرض المعلومات لأقارب',
  allGroups: 'جميع الأقارب',
  show: 'عرض',
  none: 'لا توجد معلومات هنا بعد.',
  forGroups: 'لأقارب',
  reviewed: 'آخر مراجعة',
  existsIn: 'هذه الصفحة متوفرة باللغات',
  startTitle: 'دعم لك أنت الذي تساعد شخصًا قريبًا منك',
  amICarer: 'هل أنت قريب مُعتنٍ؟',
  amICarerText: 'أنت قريب مُعتنٍ إذا كنت تساعد أو تدعم أو تعتني بشخص قريب منك كبير في السن أو مريض لفترة طويلة أو لديه إعاقة أو مشاكل نفسية أو إدمان. قد يكون شريكك أو أحد والديك أو طفلك أو صديقًا أو جارًا. يمكن أن تكون بالغًا أو طفلًا.',
  whatCanIGet: 'ماذا يمكنك أن تحصل عليه؟',
  whatCanIGetText: 'محادثات ومجموعات ودورات ورعاية بديلة مؤقتة. معظمها مجاني ولا تحتاج إلى تقديم طلب.',
  reachSomeone: 'هل تريد التحدث مع شخص ما؟',
  reachText: 'اترك رقم هاتف أو بريدًا إلكترونيًا وسنتواصل معك. لست مضطرًا لذكر اسمك.',
  contactCta: 'اطلب أن نتصل بك',
  phone: 'الهاتف',
  email: 'البريد الإلكتروني',
  support: 'الدعم',
  supportText: 'محادثات ومجموعات ورعاية بديلة ودعم آخر في البلدية.',
  pages: 'معلومات',
  pagesText: 'اقرأ عن دعم الأقارب وحقوقك وكيفية تقديم الطلب.',
  events: 'الأنشطة',
  eventsText: 'مجموعات ولقاءات ومحاضرات للأقارب.',
  selfcheck: 'اختبار العبء',
  selfcheckText: 'بعض الأسئلة القصيرة عن حالك. تبقى مجهول الهوية.',
  partners: 'الشركاء',
  partnersText: 'جمعيات وكنائس والمنطقة وموارد وطنية.',
  more: 'اقرأ المزيد',
};

const DICTS: Partial<Record<ContentLocale, Dict>> = { sv, 'sv-easy': easy, en, ar };

/** The labels and the language they are actually in. */
export function ui(locale: ContentLocale): { u: Dict; lang: ContentLocale } {
  const d = DICTS[locale];
  return d ? { u: d, lang: locale } : { u: sv, lang: 'sv' };
}

const GROUPS: Partial<Record<ContentLocale, Record<TargetGroup, string>>> = {
  'sv-easy': { older: 'Någon som är gammal', disability: 'Någon med funktionsnedsättning', mental_health: 'Någon som mår psykiskt dåligt', substance_use: 'Någon som dricker för mycket eller tar droger', long_term_illness: 'Någon som är sjuk länge', dementia: 'Någon som har demens' },
  en: { older: 'Older people', disability: 'People with a disability', mental_health: 'People with mental ill-health', substance_use: 'People with substance use', long_term_illness: 'People with a long-term illness', dementia: 'People with dementia' },
  ar: { older: 'كبار السن', disability: 'ذوو الإعاقة', mental_health: 'من يعانون من مشاكل نفسية', substance_use: 'من يعانون من الإدمان', long_term_illness: 'المرضى لفترة طويلة', dementia: 'المصابون بالخرف' },
};

export function groupLabel(g: TargetGroup, locale: ContentLocale): string {
  return GROUPS[locale]?.[g] ?? TARGET_GROUP_LABELS[g];
}

/** 2026-11-25 → "25 november 2026" style, in the reader's language where we can. */
export function formatDate(isoDate: string, locale: ContentLocale): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  const tag = locale === 'en' ? 'en-GB' : locale === 'ar' ? 'ar' : 'sv-SE';
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(d);
}
