// The närstående's age on the public catalogue (issue 15): the filter's labels and age bands,
// and the title of the activities found by the search, in all seven content languages. The
// words are ICU messages in ../condition-messages.ts.
import { AGE_BANDS, CONTENT_LOCALES, type AgeBand, type ContentLocale } from '../../../platform/domain/vocab.js';
import { translator, type Translate } from '../../../platform/i18n/i18n.js';
import { CATALOG_MESSAGES } from '../messages.js';

export interface RelativeAgeText {
  /** The filter's label and its "any age" choice. */
  filter: string; any: string;
  bands: Record<AgeBand, string>;
}

/** The youngest and oldest age of each band (the open ends are said in words). */
const BAND_RANGE: Record<AgeBand, [number | null, number | null]> = {
  under_13: [null, 13], '13_17': [13, 17], '18_24': [18, 24], '25_44': [25, 44], '45_64': [45, 64], '65_79': [65, 79], '80_plus': [80, null],
};

function bandLabel(t: Translate, band: AgeBand): string {
  const [min, max] = BAND_RANGE[band];
  if (min === null) return t('catalog.cond.ageUnder', { age: max! });
  if (max === null) return t('catalog.cond.ageAtLeast', { min });
  return t('catalog.cond.ageBetween', { min, max });
}

const byLocale = <T>(f: (t: Translate) => T) =>
  Object.fromEntries(CONTENT_LOCALES.map((l) => [l, f(translator(l, CATALOG_MESSAGES))])) as Record<ContentLocale, T>;

export const RELATIVE_AGE: Record<ContentLocale, RelativeAgeText> = byLocale((t) => ({
  filter: t('catalog.relAge.filter'), any: t('catalog.relAge.any'),
  bands: Object.fromEntries(AGE_BANDS.map((b) => [b, bandLabel(t, b)])) as Record<AgeBand, string>,
}));

/** The oldest age in a band: an offering for an older närstående does not fit. */
export const BAND_MAX: Record<AgeBand, number> = { under_13: 12, '13_17': 17, '18_24': 24, '25_44': 44, '45_64': 64, '65_79': 79, '80_plus': 120 };

/** Activities (groups, meetings, courses) found by the catalogue's search, in every content language.
 *  Titles only: the rendered catalogue is cached, so nothing that changes with the clock is shown. */
export const ACTIVITIES: Record<ContentLocale, { title: string }> = byLocale((t) => ({ title: t('catalog.activities.title') }));
