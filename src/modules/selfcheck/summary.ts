// The result as plain Swedish text for a specialist: what the carer sends with a contact
// request (the `selfcheck` field of /{kommun}/kontakt, at most 4000 characters). Always in
// Swedish whatever language the carer used, since the specialist reads it.
import type { InstrumentDefinition } from './definition.js';
import { formatMean, type Answers, type ScoredResult } from './scoring.js';

export const SUMMARY_MAX = 4000;

export function resultSummary(def: InstrumentDefinition, version: number, scored: ScoredResult, answers: Answers): string {
  const { min, max } = { min: def.scale[0].value, max: def.scale[def.scale.length - 1].value };
  const band = (key: string | null) => def.bands.find((b) => b.key === key)?.label.sv ?? '';
  const head: string[] = [
    `Belastningskoll: ${def.name.sv}, version ${version}`,
    scored.overall.mean === null
      ? `Helhet: inget samlat resultat (${scored.overall.answered} av ${scored.overall.total} frågor besvarade)`
      : `Helhet: ${band(scored.overall.band)} (medelvärde ${formatMean(scored.overall.mean)} på skalan ${min}–${max}; ${scored.overall.answered} av ${scored.overall.total} frågor besvarade)`,
    'Dimensioner:',
    ...def.dimensions.map((dim) => {
      const s = scored.dimensions.find((x) => x.key === dim.key)!;
      return s.mean === null
        ? `- ${dim.name.sv}: för få svar (${s.answered} av ${s.total})`
        : `- ${dim.name.sv}: ${band(s.band)} (medelvärde ${formatMean(s.mean)})`;
    }),
    `Svar (skala ${min}–${max}${def.items.some((i) => i.reversed) ? '; (omvänd) = positivt formulerad fråga, räknas baklänges' : ''}):`,
  ];
  const answerText = (key: string) => {
    const a = answers[key];
    if (a === undefined || a === 'skip') return 'inget svar';
    return `${def.scale.find((s) => s.value === a)?.label.sv ?? ''} (${a})`;
  };
  const lines = (withText: boolean) => def.items.map((item, i) =>
    `${i + 1}. ${withText ? `${item.text.sv}${item.reversed ? ' (omvänd)' : ''} – ` : `${item.reversed ? '(omvänd) ' : ''}`}${answerText(item.key)}`);
  // Full statements when they fit; otherwise numbers only; a hard cut is the last resort.
  for (const withText of [true, false]) {
    const out = [...head, ...lines(withText)].join('\n');
    if (out.length <= SUMMARY_MAX) return out;
  }
  return [...head, ...lines(false)].join('\n').slice(0, SUMMARY_MAX - 1) + '…';
}
