// The närstående's age on the public catalogue (issue 15): the filter and the condition shown
// on an offering, in all seven content languages.
import type { AgeBand, ContentLocale } from '../../../platform/domain/vocab.js';

export interface RelativeAgeText {
  /** The filter's label and its "any age" choice. */
  filter: string; any: string;
  /** The offering's condition: label and text. */
  row: string; atLeast: (age: number) => string;
  bands: Record<AgeBand, string>;
}

const bands = (under: string, unit: string, over: string): Record<AgeBand, string> => ({
  under_13: under, '13_17': `13–17 ${unit}`, '18_24': `18–24 ${unit}`, '25_44': `25–44 ${unit}`, '45_64': `45–64 ${unit}`, '65_79': `65–79 ${unit}`, '80_plus': over,
});
const sv = bands('Under 13 år', 'år', '80 år eller äldre');

export const RELATIVE_AGE: Record<ContentLocale, RelativeAgeText> = {
  sv: { filter: 'Din närståendes ålder', any: 'Alla åldrar', row: 'Den närståendes ålder', atLeast: (a) => `${a} år eller äldre`, bands: sv },
  'sv-easy': { filter: 'Hur gammal är personen du hjälper?', any: 'Alla', row: 'Personen du hjälper är', atLeast: (a) => `${a} år eller äldre`, bands: sv },
  en: { filter: 'Age of the person you care for', any: 'Any age', row: 'Age of the person you care for', atLeast: (a) => `${a} or older`, bands: bands('Under 13', 'years', '80 or older') },
  ar: { filter: 'عمر الشخص الذي تعتني به', any: 'كل الأعمار', row: 'عمر الشخص الذي تعتني به', atLeast: (a) => `${a} سنة أو أكثر`, bands: bands('أقل من 13 سنة', 'سنة', '80 سنة أو أكثر') },
  fi: { filter: 'Läheisesi ikä', any: 'Kaikki iät', row: 'Läheisen ikä', atLeast: (a) => `${a} vuotta tai yli`, bands: bands('Alle 13 vuotta', 'vuotta', '80 vuotta tai yli') },
  fa: { filter: 'سن فردی که از او مراقبت می‌کنید', any: 'همه سنین', row: 'سن فردی که از او مراقبت می‌کنید', atLeast: (a) => `${a} سال یا بیشتر`, bands: bands('زیر 13 سال', 'سال', '80 سال یا بیشتر') },
  so: { filter: 'Da’da qofka aad daryeesho', any: 'Da’ kasta', row: 'Da’da qofka aad daryeesho', atLeast: (a) => `${a} sano ama ka weyn`, bands: bands('Ka yar 13 sano', 'sano', '80 sano ama ka badan') },
};

/** The oldest age in a band: an offering for an older närstående does not fit. */
export const BAND_MAX: Record<AgeBand, number> = { under_13: 12, '13_17': 17, '18_24': 24, '25_44': 44, '45_64': 64, '65_79': 79, '80_plus': 120 };

/** Activities (groups, meetings, courses) found by the catalogue's search, in every content language.
 *  Titles only: the rendered catalogue is cached, so nothing that changes with the clock is shown. */
export const ACTIVITIES: Record<ContentLocale, { title: string }> = {
  sv: { title: 'Aktiviteter som passar din sökning' },
  'sv-easy': { title: 'Träffar och grupper' },
  en: { title: 'Activities that match your search' },
  ar: { title: 'أنشطة تناسب بحثك' },
  fi: { title: 'Hakuasi vastaavat toiminnat' },
  fa: { title: 'فعالیت‌هایی که با جستجوی شما مطابقت دارند' },
  so: { title: 'Hawlaha ku habboon raadintaada' },
};
