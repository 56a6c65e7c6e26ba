// A scored self-check as the result page shows it, in the reader's language.
import type { ContentLocale } from '../../../platform/domain/vocab.js';
import { text, type InstrumentDefinition, type L10n } from '../definition.js';
import { formatMean, type Answers, type ScoredResult } from '../scoring.js';

export interface Txt {
  text: string;
  /** Swedish stands in for the reader's language. */
  fallback: boolean;
}
export interface BandView {
  label: Txt;
  tone: 'ok' | 'warn' | 'bad';
}
export interface ResultView {
  instrumentName: Txt;
  version: number;
  min: number;
  max: number;
  answered: number;
  total: number;
  overall: { band: BandView | null; mean: string | null; feedback: Txt | null };
  dimensions: { key: string; name: Txt; about: Txt; band: BandView | null; mean: string | null; feedback: Txt | null; answered: number; total: number }[];
  answers: { n: number; text: Txt; answer: Txt | null }[];
}

export function bandView(def: InstrumentDefinition, key: string | null, locale: ContentLocale): BandView | null {
  const i = def.bands.findIndex((b) => b.key === key);
  if (i < 0) return null;
  const tone = i === 0 ? 'ok' : i === def.bands.length - 1 ? 'bad' : 'warn';
  return { label: text(def.bands[i].label, locale), tone };
}

export function resultView(def: InstrumentDefinition, version: number, scored: ScoredResult, answers: Answers, locale: ContentLocale): ResultView {
  const t = (x: L10n | undefined) => (x ? text(x, locale) : null);
  const meanText = (m: number | null) => (m === null ? null : formatMean(m, locale === 'en' ? 'en' : 'sv'));
  return {
    instrumentName: text(def.name, locale), version,
    min: def.scale[0].value, max: def.scale[def.scale.length - 1].value,
    answered: scored.overall.answered, total: scored.overall.total,
    overall: {
      band: bandView(def, scored.overall.band, locale), mean: meanText(scored.overall.mean),
      feedback: scored.overall.band ? t(def.overall.feedback[scored.overall.band]) : null,
    },
    dimensions: def.dimensions.map((dim) => {
      const s = scored.dimensions.find((d) => d.key === dim.key) ?? { answered: 0, total: 0, mean: null, band: null };
      return {
        key: dim.key, name: text(dim.name, locale), about: text(dim.about, locale), band: bandView(def, s.band, locale),
        mean: meanText(s.mean), feedback: s.band ? t(dim.feedback[s.band]) : null, answered: s.answered, total: s.total,
      };
    }),
    answers: def.items.map((item, i) => {
      const a = answers[item.key];
      const step = typeof a === 'number' ? def.scale.find((s) => s.value === a) : undefined;
      return { n: i + 1, text: text(item.text, locale), answer: step ? text(step.label, locale) : null };
    }),
  };
}
