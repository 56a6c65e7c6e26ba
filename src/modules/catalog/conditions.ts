// Offering conditions as data (issue 15): living together, quantity per period, booking lead
// time and times of day, stated in plain words in all seven content languages (the ICU strings
// are in condition-messages.ts), and the public catalogue's "Din situation" filter (the
// reader's age, living together).
import { CONTENT_LOCALES, type AgeBand, type ContentLocale } from '../../platform/domain/vocab.js';
import { translator, type Translate } from '../../platform/i18n/i18n.js';
import { CATALOG_MESSAGES } from './messages.js';

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

/** The "Din situation" filter's labels in one language. */
export interface ConditionText {
  situation: string; carerAge: string; carerAgeHint: string; livesTogether: string; either: string; yes: string; no: string;
}

export const CONDITIONS = Object.fromEntries(CONTENT_LOCALES.map((l) => {
  const t = translator(l, CATALOG_MESSAGES);
  const text: ConditionText = {
    situation: t('catalog.cond.situation'), carerAge: t('catalog.cond.carerAge'), carerAgeHint: t('catalog.cond.carerAgeHint'),
    livesTogether: t('catalog.cond.livesTogether'), either: t('catalog.cond.either'), yes: t('catalog.cond.yes'), no: t('catalog.cond.no'),
  };
  return [l, text];
})) as Record<ContentLocale, ConditionText>;

/** An age range in plain words ("18–64 år", "65 år eller äldre", "17 år eller yngre"); null without either end. */
export function ageRangeText(t: Translate, min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return t('catalog.cond.ageBetween', { min, max });
  if (min !== null) return t('catalog.cond.ageAtLeast', { min });
  if (max !== null) return t('catalog.cond.ageAtMost', { max });
  return null;
}

/** What an offering's conditions need: its structured fields, nothing else. */
export interface OfferingConditions {
  carerMinAge: number | null; carerMaxAge: number | null; relativeMinAge: number | null; relativeMaxAge: number | null;
  livesTogether: LivesTogether | null; quantity: { amount: number; unit: QuantityUnit; period: QuantityPeriod } | null;
  leadTimeDays: number | null; timesOfDay: TimeOfDay[];
}

/** Each condition an offering sets, as a label and plain words in the reader's language (the
 *  offering page lists them all; a catalogue card shows the same lines, shorter). */
export function conditionLines(o: OfferingConditions, t: Translate): { label: string; text: string }[] {
  const lines: { label: string; text: string }[] = [];
  const carer = ageRangeText(t, o.carerMinAge, o.carerMaxAge);
  if (carer) lines.push({ label: t('catalog.cond.rowCarerAge'), text: carer });
  const relative = ageRangeText(t, o.relativeMinAge, o.relativeMaxAge);
  if (relative) lines.push({ label: t('catalog.cond.rowRelativeAge'), text: relative });
  if (o.livesTogether) lines.push({ label: t('catalog.cond.rowLives'), text: t(o.livesTogether === 'yes' ? 'catalog.cond.livesYes' : 'catalog.cond.livesNo') });
  if (o.quantity) lines.push({ label: t('catalog.cond.rowQuantity'), text: t('catalog.cond.quantity', { ...o.quantity }) });
  if (o.leadTimeDays) lines.push({ label: t('catalog.cond.rowLead'), text: t('catalog.cond.lead', { days: o.leadTimeDays }) });
  if (o.timesOfDay.length > 0) lines.push({ label: t('catalog.cond.rowTimes'), text: o.timesOfDay.map((x) => t(`catalog.cond.time.${x}`)).join(', ') });
  return lines;
}
