// Offering conditions as data (issue 15): living together, quantity per period, booking lead
// time and times of day, stated in plain words in all seven content languages, and the public
// catalogue's "Din situation" filter (the reader's age, living together).
import type { AgeBand, ContentLocale } from '../../platform/domain/vocab.js';

/** The youngest age in a band: an offering only for a younger närstående does not fit. */
export const BAND_MIN: Record<AgeBand, number> = { under_13: 0, '13_17': 13, '18_24': 18, '25_44': 25, '45_64': 45, '65_79': 65, '80_plus': 80 };

export const LIVES_TOGETHER = ['yes', 'no'] as const;
export type LivesTogether = (typeof LIVES_TOGETHER)[number];
export const QUANTITY_UNITS = ['hours', 'days', 'times'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];
export const QUANTITY_PERIODS = ['week', 'month', 'year'] as const;
export type QuantityPeriod = (typeof QUANTITY_PERIODS)[number];
export const TIMES_OF_DAY = ['day', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Staff labels (Swedish) for the offering form. */
export const UNIT_LABELS: Record<QuantityUnit, string> = { hours: 'timmar', days: 'dagar', times: 'gånger' };
export const PERIOD_LABELS: Record<QuantityPeriod, string> = { week: 'i veckan', month: 'i månaden', year: 'om året' };
export const TIME_LABELS: Record<TimeOfDay, string> = { day: 'Dagtid', evening: 'Kvällar', night: 'Nätter' };

export interface ConditionText {
  situation: string; carerAge: string; carerAgeHint: string; livesTogether: string; either: string; yes: string; no: string;
  rowLives: string; livesYes: string; livesNo: string;
  rowQuantity: string; quantity: (n: number, unit: QuantityUnit, period: QuantityPeriod) => string;
  rowLead: string; lead: (days: number) => string;
  rowTimes: string; times: Record<TimeOfDay, string>;
  rowCarerAge: string; ageRange: (min: number | null, max: number | null) => string;
}

const range = (y: string, orOlder: string, orYounger: string) => (min: number | null, max: number | null) =>
  min !== null && max !== null ? `${min}–${max} ${y}` : min !== null ? `${min} ${y} ${orOlder}` : `${max} ${y} ${orYounger}`;

export const CONDITIONS: Record<ContentLocale, ConditionText> = {
  sv: {
    situation: 'Din situation', carerAge: 'Din ålder', carerAgeHint: 'I hela år. Lämna tomt om du inte vill ange.', livesTogether: 'Bor du med personen du hjälper?',
    either: 'Spelar ingen roll', yes: 'Ja', no: 'Nej',
    rowLives: 'Boende', livesYes: 'För dig som bor med den du hjälper', livesNo: 'För dig som inte bor med den du hjälper',
    rowQuantity: 'Omfattning', quantity: (n, u, p) => `Upp till ${n} ${{ hours: 'timmar', days: 'dagar', times: 'gånger' }[u]} ${{ week: 'i veckan', month: 'i månaden', year: 'om året' }[p]}`,
    rowLead: 'Bokas', lead: (d) => `Minst ${d} ${d === 1 ? 'dag' : 'dagar'} i förväg`,
    rowTimes: 'Tider', times: { day: 'dagtid', evening: 'kvällar', night: 'nätter' },
    rowCarerAge: 'Din ålder', ageRange: range('år', 'eller äldre', 'eller yngre'),
  },
  'sv-easy': {
    situation: 'Om dig', carerAge: 'Hur gammal är du?', carerAgeHint: 'Du behöver inte svara.', livesTogether: 'Bor du med personen du hjälper?',
    either: 'Visa allt', yes: 'Ja', no: 'Nej',
    rowLives: 'Bor ni ihop?', livesYes: 'Du bor med personen du hjälper', livesNo: 'Du bor inte med personen du hjälper',
    rowQuantity: 'Hur mycket', quantity: (n, u, p) => `Högst ${n} ${{ hours: 'timmar', days: 'dagar', times: 'gånger' }[u]} ${{ week: 'varje vecka', month: 'varje månad', year: 'varje år' }[p]}`,
    rowLead: 'Boka', lead: (d) => `${d} ${d === 1 ? 'dag' : 'dagar'} innan`,
    rowTimes: 'När', times: { day: 'på dagen', evening: 'på kvällen', night: 'på natten' },
    rowCarerAge: 'Din ålder', ageRange: range('år', 'eller äldre', 'eller yngre'),
  },
  en: {
    situation: 'Your situation', carerAge: 'Your age', carerAgeHint: 'In whole years. Leave empty if you prefer.', livesTogether: 'Do you live with the person you care for?',
    either: 'Does not matter', yes: 'Yes', no: 'No',
    rowLives: 'Living arrangement', livesYes: 'For carers who live with the person they care for', livesNo: 'For carers who do not live with the person they care for',
    rowQuantity: 'Amount', quantity: (n, u, p) => `Up to ${n} ${u} a ${p}`,
    rowLead: 'Booking', lead: (d) => `At least ${d} ${d === 1 ? 'day' : 'days'} ahead`,
    rowTimes: 'Times', times: { day: 'daytime', evening: 'evenings', night: 'nights' },
    rowCarerAge: 'Your age', ageRange: range('years', 'or older', 'or younger'),
  },
  ar: {
    situation: 'وضعك', carerAge: 'عمرك', carerAgeHint: 'بالسنوات الكاملة. اتركه فارغاً إذا أردت.', livesTogether: 'هل تسكن مع الشخص الذي تعتني به؟',
    either: 'لا يهم', yes: 'نعم', no: 'لا',
    rowLives: 'السكن', livesYes: 'لمن يسكن مع الشخص الذي يعتني به', livesNo: 'لمن لا يسكن مع الشخص الذي يعتني به',
    rowQuantity: 'المقدار', quantity: (n, u, p) => `حتى ${n} ${{ hours: 'ساعات', days: 'أيام', times: 'مرات' }[u]} ${{ week: 'في الأسبوع', month: 'في الشهر', year: 'في السنة' }[p]}`,
    rowLead: 'الحجز', lead: (d) => `قبل ${d} أيام على الأقل`,
    rowTimes: 'الأوقات', times: { day: 'نهاراً', evening: 'مساءً', night: 'ليلاً' },
    rowCarerAge: 'عمرك', ageRange: range('سنة', 'أو أكثر', 'أو أقل'),
  },
  fi: {
    situation: 'Tilanteesi', carerAge: 'Ikäsi', carerAgeHint: 'Täysinä vuosina. Voit jättää tyhjäksi.', livesTogether: 'Asutko hoitamasi henkilön kanssa?',
    either: 'Ei väliä', yes: 'Kyllä', no: 'Ei',
    rowLives: 'Asuminen', livesYes: 'Sinulle, joka asut hoitamasi henkilön kanssa', livesNo: 'Sinulle, joka et asu hoitamasi henkilön kanssa',
    rowQuantity: 'Määrä', quantity: (n, u, p) => `Enintään ${n} ${{ hours: 'tuntia', days: 'päivää', times: 'kertaa' }[u]} ${{ week: 'viikossa', month: 'kuukaudessa', year: 'vuodessa' }[p]}`,
    rowLead: 'Varaus', lead: (d) => `Vähintään ${d} ${d === 1 ? 'päivä' : 'päivää'} etukäteen`,
    rowTimes: 'Ajat', times: { day: 'päivisin', evening: 'iltaisin', night: 'öisin' },
    rowCarerAge: 'Ikäsi', ageRange: range('vuotta', 'tai yli', 'tai alle'),
  },
  fa: {
    situation: 'وضعیت شما', carerAge: 'سن شما', carerAgeHint: 'به سال کامل. اگر نمی‌خواهید خالی بگذارید.', livesTogether: 'آیا با فردی که از او مراقبت می‌کنید زندگی می‌کنید؟',
    either: 'فرقی نمی‌کند', yes: 'بله', no: 'خیر',
    rowLives: 'محل زندگی', livesYes: 'برای کسی که با فرد مورد مراقبت زندگی می‌کند', livesNo: 'برای کسی که با فرد مورد مراقبت زندگی نمی‌کند',
    rowQuantity: 'مقدار', quantity: (n, u, p) => `تا ${n} ${{ hours: 'ساعت', days: 'روز', times: 'بار' }[u]} ${{ week: 'در هفته', month: 'در ماه', year: 'در سال' }[p]}`,
    rowLead: 'رزرو', lead: (d) => `دست‌کم ${d} روز قبل`,
    rowTimes: 'زمان‌ها', times: { day: 'روزها', evening: 'عصرها', night: 'شب‌ها' },
    rowCarerAge: 'سن شما', ageRange: range('سال', 'یا بیشتر', 'یا کمتر'),
  },
  so: {
    situation: 'Xaaladdaada', carerAge: 'Da’daada', carerAgeHint: 'Sannado dhan. Banaan ka dhig haddii aad rabto.', livesTogether: 'Ma la deggan tahay qofka aad daryeesho?',
    either: 'Muhiim ma aha', yes: 'Haa', no: 'Maya',
    rowLives: 'Degganaansho', livesYes: 'Kuwa la deggan qofka ay daryeelaan', livesNo: 'Kuwa aan la deggenayn qofka ay daryeelaan',
    rowQuantity: 'Xaddi', quantity: (n, u, p) => `Ilaa ${n} ${{ hours: 'saacadood', days: 'maalmood', times: 'jeer' }[u]} ${{ week: 'toddobaadkii', month: 'bishii', year: 'sannadkii' }[p]}`,
    rowLead: 'Ballan', lead: (d) => `Ugu yaraan ${d} maalmood ka hor`,
    rowTimes: 'Waqtiyada', times: { day: 'maalinta', evening: 'fiidkii', night: 'habeenkii' },
    rowCarerAge: 'Da’daada', ageRange: range('sano', 'ama ka weyn', 'ama ka yar'),
  },
};
