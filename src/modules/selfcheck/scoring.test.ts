// Unit tier: the instrument model and its scoring, with properties over the input space.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { definitionProblems, definitionSchema, type InstrumentDefinition } from './definition.js';
import { bandFor, formatMean, score, type Answers } from './scoring.js';
import { BREDVID_INSTRUMENT } from './bredvid-instrument.js';
import { resultSummary, SUMMARY_MAX } from './summary.js';

const l = (sv: string) => ({ sv });
const BANDS_1_4 = [
  { key: 'low', from: 1, label: l('Låg') },
  { key: 'medium', from: 2.0, label: l('Medel') },
  { key: 'high', from: 3.0, label: l('Hög') },
];
const feedback = { low: l('Låg.'), medium: l('Medel.'), high: l('Hög.') };

/**
 * The Caregiver Burden Scale's scoring expressed as data: 22 items in five dimensions
 * (8 + 3 + 5 + 3 + 3) on a 1–4 scale, the mean per dimension and of all items, and the bands
 * low < 2.0 ≤ medium < 3.0 ≤ high. The item texts are placeholders: the licensed wording is
 * entered by a municipality that holds the licence, never shipped.
 */
function caregiverBurdenScale(): InstrumentDefinition {
  const dims: [string, string, number][] = [
    ['general', 'Generell belastning', 8], ['isolation', 'Isolering', 3], ['disappointment', 'Besvikelse', 5],
    ['emotional', 'Emotionell påverkan', 3], ['environment', 'Omgivning', 3],
  ];
  let n = 0;
  const items = dims.flatMap(([key, , count]) => Array.from({ length: count }, () => {
    n += 1;
    return { key: `q${n}`, dimension: key, reversed: false, text: l(`Påstående ${n} (licensierad text läggs in av kommunen)`) };
  }));
  return definitionSchema.parse({
    name: l('Caregiver Burden Scale (platshållare)'), intro: l('Platshållare.'),
    scale: [1, 2, 3, 4].map((v) => ({ value: v, label: l(`Svar ${v}`) })),
    bands: BANDS_1_4,
    overall: { minAnswered: 22, feedback },
    dimensions: dims.map(([key, name, count]) => ({ key, name: l(name), about: l(name), minAnswered: count, feedback, suggestions: {} })),
    items,
  });
}

const answersFor = (def: InstrumentDefinition, pick: (key: string, i: number) => number | 'skip'): Answers =>
  Object.fromEntries(def.items.map((it, i) => [it.key, pick(it.key, i)]));

describe('Bredvid’s own instrument', () => {
  it('is a valid instrument of 14 statements over four dimensions in three languages', () => {
    const def = definitionSchema.parse(BREDVID_INSTRUMENT);
    expect(def.items).toHaveLength(14);
    expect(def.dimensions.map((d) => d.name.sv)).toEqual(['Tid och påfrestning', 'Hälsa och sömn', 'Socialt liv', 'Stöd omkring mig']);
    for (const dim of def.dimensions) {
      expect(def.items.filter((i) => i.dimension === dim.key).length).toBeGreaterThanOrEqual(3);
      expect(def.items.some((i) => i.dimension === dim.key && i.reversed)).toBe(true);
      for (const b of def.bands) for (const lang of ['sv', 'sv-easy', 'en'] as const) expect(dim.feedback[b.key][lang]?.length).toBeGreaterThan(10);
    }
    for (const item of def.items) expect([item.text.sv, item.text['sv-easy'], item.text.en].every((t) => t && t.length > 10)).toBe(true);
  });

  it('gives a carer who agrees with every burden statement and none of the positive ones the top of the scale', () => {
    const def = BREDVID_INSTRUMENT;
    const worst = answersFor(def, (k) => (def.items.find((i) => i.key === k)!.reversed ? 1 : 4));
    const r = score(def, worst);
    expect(r.overall).toMatchObject({ mean: 4, band: 'hog', answered: 14 });
    for (const d of r.dimensions) expect(d).toMatchObject({ mean: 4, band: 'hog' });
    const best = answersFor(def, (k) => (def.items.find((i) => i.key === k)!.reversed ? 4 : 1));
    expect(score(def, best).overall).toMatchObject({ mean: 1, band: 'lag' });
  });
});

describe('the Caregiver Burden Scale expressed as data', () => {
  const cbs = caregiverBurdenScale();

  it('is accepted by the model with 22 items in five dimensions', () => {
    expect(definitionProblems(cbs)).toEqual([]);
    expect(cbs.items).toHaveLength(22);
    expect(cbs.dimensions.map((d) => cbs.items.filter((i) => i.dimension === d.key).length)).toEqual([8, 3, 5, 3, 3]);
  });

  it('scores the mean per dimension on 1–4 with the bands low < 2.0 ≤ medium < 3.0 ≤ high', () => {
    // General strain: 2,2,2,2,2,2,2,1 → 15/8 = 1.875 (low); isolation 2,2,2 → 2.0 (medium, on the edge);
    // disappointment 3,3,3,3,2 → 2.8 (medium); emotional 3,3,3 → 3.0 (high, on the edge); environment 4,4,3 → 3.67 (high).
    const values = [2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 3, 3, 3, 3, 2, 3, 3, 3, 4, 4, 3];
    const r = score(cbs, answersFor(cbs, (_, i) => values[i]));
    const byKey = Object.fromEntries(r.dimensions.map((d) => [d.key, d]));
    expect(byKey.general).toMatchObject({ mean: 1.875, band: 'low' });
    expect(byKey.isolation).toMatchObject({ mean: 2, band: 'medium' });
    expect(byKey.disappointment.mean).toBeCloseTo(2.8, 10);
    expect(byKey.disappointment.band).toBe('medium');
    expect(byKey.emotional).toMatchObject({ mean: 3, band: 'high' });
    expect(byKey.environment.mean).toBeCloseTo(11 / 3, 10);
    expect(byKey.environment.band).toBe('high');
    expect(r.overall.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / 22, 10);
    expect(r.overall.band).toBe('medium');
    expect(formatMean(byKey.disappointment.mean!)).toBe('2,8');
  });

  it('gives no total burden when an answer is missing, as its rule requires all 22', () => {
    const r = score(cbs, answersFor(cbs, (_, i) => (i === 21 ? 'skip' : 3)));
    expect(r.overall).toMatchObject({ mean: null, band: null, answered: 21 });
    expect(r.dimensions.find((d) => d.key === 'environment')).toMatchObject({ mean: null, answered: 2, total: 3 });
    expect(r.dimensions.find((d) => d.key === 'general')).toMatchObject({ mean: 3, band: 'high' });
  });
});

describe('the summary sent with a contact request', () => {
  it('gives version, each dimension’s band and mean, and every answer, within 4000 characters', () => {
    const answers = answersFor(BREDVID_INSTRUMENT, (_, i) => (i === 0 ? 'skip' : 3));
    const text = resultSummary(BREDVID_INSTRUMENT, 4, score(BREDVID_INSTRUMENT, answers), answers);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Belastningskoll: Bredvids belastningskoll, version 4');
    expect(lines).toContain('- Tid och påfrestning: Viss belastning (medelvärde 2,7)');
    expect(lines).toContain(`1. ${BREDVID_INSTRUMENT.items[0].text.sv} – inget svar`);
    expect(lines).toContain(`4. ${BREDVID_INSTRUMENT.items[3].text.sv} (omvänd) – Stämmer ganska bra (3)`);
    expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX);
  });

  it('falls back to statement numbers, and at last a cut, when the statements are long', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 1000 }), (n, len) => {
      const def: InstrumentDefinition = {
        ...BREDVID_INSTRUMENT,
        name: l('N'.repeat(1000)),
        dimensions: [{ ...BREDVID_INSTRUMENT.dimensions[0], minAnswered: 1 }],
        overall: { ...BREDVID_INSTRUMENT.overall, minAnswered: 1 },
        items: Array.from({ length: n }, (_, i) => ({ key: `i${i}`, dimension: 'tid', reversed: i % 2 === 0, text: l('x'.repeat(len)) })),
      };
      const answers = answersFor(def, () => 2);
      const text = resultSummary(def, 1, score(def, answers), answers);
      expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX);
      expect(text.startsWith('Belastningskoll: N')).toBe(true);
    }));
  });
});

describe('definition checks', () => {
  it('names every problem that would make a published instrument wrong', () => {
    const bad: InstrumentDefinition = {
      ...BREDVID_INSTRUMENT,
      scale: [{ value: 1, label: l('a') }, { value: 1, label: l('b') }],
      bands: [{ key: 'a', from: 2, label: l('A') }, { key: 'b', from: 1.5, label: l('B') }],
      dimensions: [{ ...BREDVID_INSTRUMENT.dimensions[0], minAnswered: 9 }, { ...BREDVID_INSTRUMENT.dimensions[1], key: 'tom' }],
      items: [...BREDVID_INSTRUMENT.items.filter((i) => i.dimension === 'tid'), { ...BREDVID_INSTRUMENT.items[0], key: 'x', dimension: 'saknas' }],
    };
    const problems = definitionProblems(bad).join('\n');
    expect(problems).toContain('Svarsskalans värden måste öka');
    expect(problems).toContain('Den första nivån måste börja vid skalans lägsta värde');
    expect(problems).toContain('Nivåernas gränser måste öka');
    expect(problems).toContain('kräver 9 svar men har bara 4 frågor');
    expect(problems).toContain('hör till en dimension som inte finns');
    expect(problems).toContain('har inga frågor');
    expect(problems).toContain('saknar återkoppling för nivån ”A”');
    expect(definitionSchema.safeParse(bad).success).toBe(false);
    expect(definitionSchema.safeParse({ ...BREDVID_INSTRUMENT, extra: 1 }).success).toBe(false);
  });
});

// ---- properties ----

/** A random valid instrument: 1–4 dimensions of 1–5 items, scale min..max, 1–4 bands. */
const arbInstrument = fc.record({
  min: fc.integer({ min: 0, max: 2 }),
  steps: fc.integer({ min: 2, max: 7 }),
  dimSizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
  reversed: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  minAnsweredFrac: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }),
}).map(({ min, steps, dimSizes, reversed, minAnsweredFrac, cuts }): InstrumentDefinition => {
  const max = min + steps - 1;
  // Band thresholds at hundredths inside the scale, ascending.
  const froms = [min, ...[...cuts].sort((a, b) => a - b).map((c) => Math.round((min + ((max - min) * c) / 100) * 100) / 100)]
    .filter((v, i, a) => i === 0 || v > a[i - 1]);
  const bands = froms.map((from, i) => ({ key: `b${i}`, from, label: l(`Nivå ${i}`) }));
  const fb = Object.fromEntries(bands.map((b) => [b.key, l('Text')]));
  let n = 0;
  const items = dimSizes.flatMap((size, d) => Array.from({ length: size }, () => ({ key: `i${n}`, dimension: `d${d}`, reversed: reversed[n++ % 20], text: l(`Påstående ${n}`) })));
  return {
    name: l('Test'), intro: l('Test'),
    scale: Array.from({ length: steps }, (_, i) => ({ value: min + i, label: l(String(min + i)) })),
    bands, overall: { minAnswered: Math.max(1, Math.ceil(items.length / 2)), feedback: fb },
    dimensions: dimSizes.map((size, d) => ({ key: `d${d}`, name: l(`D${d}`), about: l('Om'), minAnswered: Math.max(1, Math.ceil(size * minAnsweredFrac[d])), feedback: fb, suggestions: {} })),
    items,
  };
});

/** An instrument with random answers, some skipped. */
const arbCase = arbInstrument.chain((def) => fc.tuple(
  fc.constant(def),
  fc.array(fc.oneof(fc.integer({ min: def.scale[0].value, max: def.scale.at(-1)!.value }), fc.constant('skip' as const)), { minLength: def.items.length, maxLength: def.items.length }),
));

const toAnswers = (def: InstrumentDefinition, values: (number | 'skip')[]): Answers => Object.fromEntries(def.items.map((it, i) => [it.key, values[i]]));

describe('scoring properties', () => {
  it('the generated instruments are valid', () => {
    fc.assert(fc.property(arbInstrument, (def) => definitionProblems(def).length === 0));
  });

  it('a reversed item answered v scores like a plain item answered min + max − v', () => {
    fc.assert(fc.property(arbCase, fc.nat(), ([def, values], pickSeed) => {
      const idx = pickSeed % def.items.length;
      const min = def.scale[0].value;
      const max = def.scale.at(-1)!.value;
      const flipped: InstrumentDefinition = { ...def, items: def.items.map((it, i) => (i === idx ? { ...it, reversed: !it.reversed } : it)) };
      const mirrored = values.map((v, i) => (i === idx && v !== 'skip' ? min + max - v : v));
      expect(score(flipped, toAnswers(def, mirrored))).toEqual(score(def, toAnswers(def, values)));
    }));
  });

  it('a reversed item moves its dimension the opposite way to a plain one', () => {
    fc.assert(fc.property(arbInstrument, (def) => {
      const all = (v: number) => toAnswers(def, def.items.map(() => v));
      const low = score(def, all(def.scale[0].value));
      const high = score(def, all(def.scale.at(-1)!.value));
      for (const [i, dim] of def.dimensions.entries()) {
        const items = def.items.filter((it) => it.dimension === dim.key);
        const plain = items.filter((it) => !it.reversed).length;
        const diff = (high.dimensions[i].mean ?? 0) - (low.dimensions[i].mean ?? 0);
        // Everyone answers the top: plain items push up, reversed items push down.
        expect(Math.sign(Math.round(diff * 1e9))).toBe(Math.sign(plain - (items.length - plain)));
      }
    }));
  });

  it('missing answers: a dimension is scored only with at least minAnswered answers, as the mean of those answered', () => {
    fc.assert(fc.property(arbCase, ([def, values]) => {
      const r = score(def, toAnswers(def, values));
      const min = def.scale[0].value;
      const max = def.scale.at(-1)!.value;
      for (const [i, dim] of def.dimensions.entries()) {
        const scored = def.items.map((it, j) => ({ it, v: values[j] })).filter((x) => x.it.dimension === dim.key && x.v !== 'skip')
          .map((x) => (x.it.reversed ? min + max - (x.v as number) : (x.v as number)));
        const d = r.dimensions[i];
        expect(d.answered).toBe(scored.length);
        if (scored.length < dim.minAnswered) {
          expect(d.mean).toBeNull();
          expect(d.band).toBeNull();
        } else {
          expect(d.mean).toBeCloseTo(scored.reduce((a, b) => a + b, 0) / scored.length, 9);
          expect(d.mean!).toBeGreaterThanOrEqual(min);
          expect(d.mean!).toBeLessThanOrEqual(max);
        }
      }
      const answered = values.filter((v) => v !== 'skip').length;
      expect(r.overall.mean === null).toBe(answered < def.overall.minAnswered);
    }));
  });

  it('band edges: a mean exactly on a threshold is in the band that starts there, just below it is not', () => {
    fc.assert(fc.property(arbInstrument, (def) => {
      for (const [i, b] of def.bands.entries()) {
        expect(bandFor(def.bands, b.from)).toBe(b.key);
        if (i > 0) expect(bandFor(def.bands, b.from - 0.001)).toBe(def.bands[i - 1].key);
      }
      expect(bandFor(def.bands, def.scale.at(-1)!.value)).toBe(def.bands.at(-1)!.key);
    }));
  });

  it('band of a scored dimension agrees with exact integer arithmetic (no floating-point slips at the edges)', () => {
    fc.assert(fc.property(arbCase, ([def, values]) => {
      const r = score(def, toAnswers(def, values));
      const min = def.scale[0].value;
      const max = def.scale.at(-1)!.value;
      for (const [i, dim] of def.dimensions.entries()) {
        const d = r.dimensions[i];
        if (d.mean === null) continue;
        const xs = def.items.map((it, j) => ({ it, v: values[j] })).filter((x) => x.it.dimension === dim.key && x.v !== 'skip')
          .map((x) => (x.it.reversed ? min + max - (x.v as number) : (x.v as number)));
        const sum = xs.reduce((a, b) => a + b, 0);
        // sum / n ≥ from  ⇔  100·sum ≥ round(100·from)·n, thresholds being in hundredths.
        const expected = [...def.bands].reverse().find((b) => 100 * sum >= Math.round(b.from * 100) * xs.length)?.key ?? def.bands[0].key;
        expect(d.band).toBe(expected);
      }
    }));
  });
});
