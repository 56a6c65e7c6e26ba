// Scoring of a self-check, pure and independent of storage:
//  - a reversed item's value is mirrored on the scale (min + max − value);
//  - a dimension's score is the mean of its answered items, given only when at least
//    `minAnswered` of them are answered (the missing-answers rule), else it is "not scored";
//  - the overall score is the mean of every answered item, given only when at least
//    `overall.minAnswered` items are answered;
//  - a mean falls in the last band whose `from` it reaches (low < 2.0 ≤ medium < 3.0 ≤ high).
import type { InstrumentDraft, Item } from './definition.js';
import { scaleRange } from './definition.js';

export type Answer = number | 'skip';
export type Answers = Record<string, Answer>;

export interface DimensionScore {
  key: string;
  answered: number;
  total: number;
  mean: number | null;
  band: string | null;
}

export interface ScoredResult {
  dimensions: DimensionScore[];
  overall: { answered: number; total: number; mean: number | null; band: string | null };
}

// Means are ratios of small integers; the tolerance keeps 2.0 from reading as 1.9999….
const EPSILON = 1e-9;

export function itemValue(def: Pick<InstrumentDraft, 'scale'>, item: Pick<Item, 'reversed'>, answer: number): number {
  const { min, max } = scaleRange(def);
  return item.reversed ? min + max - answer : answer;
}

export function bandFor(bands: InstrumentDraft['bands'], mean: number): string | null {
  let found: string | null = null;
  for (const b of bands) if (mean + EPSILON >= b.from) found = b.key;
  return found ?? bands[0]?.key ?? null;
}

const onScale = (def: Pick<InstrumentDraft, 'scale'>, v: Answer | undefined): v is number =>
  typeof v === 'number' && def.scale.some((s) => s.value === v);

export function score(def: InstrumentDraft, answers: Answers): ScoredResult {
  const valueOf = (item: Item): number | null => {
    const a = answers[item.key];
    return onScale(def, a) ? itemValue(def, item, a) : null;
  };
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const dimensions = def.dimensions.map((dim): DimensionScore => {
    const items = def.items.filter((i) => i.dimension === dim.key);
    const values = items.map(valueOf).filter((v): v is number => v !== null);
    const m = values.length >= dim.minAnswered && values.length > 0 ? mean(values) : null;
    return { key: dim.key, answered: values.length, total: items.length, mean: m, band: m === null ? null : bandFor(def.bands, m) };
  });
  const all = def.items.map(valueOf).filter((v): v is number => v !== null);
  const overallMean = all.length >= def.overall.minAnswered && all.length > 0 ? mean(all) : null;
  return {
    dimensions,
    overall: { answered: all.length, total: def.items.length, mean: overallMean, band: overallMean === null ? null : bandFor(def.bands, overallMean) },
  };
}

/** A mean as a person reads it: one decimal, Swedish comma. */
export function formatMean(mean: number, locale: 'sv' | 'en' = 'sv'): string {
  const s = (Math.round(mean * 10) / 10).toFixed(1);
  return locale === 'en' ? s : s.replace('.', ',');
}
