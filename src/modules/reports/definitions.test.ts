// One definitions table: every id is unique, every row that counts something names its source and
// unit rule, and the overview's charts describe themselves with the same rows as the report.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFINITIONS, definition } from './definitions.js';
import { DASHBOARD_SOURCES } from './sections/monthly.js';

describe('definitions table', () => {
  it('has one row per id, each naming its source and unit rule where it counts something', () => {
    const ids = DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const general = new Set(['period', 'enkat', 'sekretess']);
    for (const d of DEFINITIONS.filter((x) => !general.has(x.id))) {
      expect({ id: d.id, source: Boolean(d.source), unitRule: Boolean(d.unitRule) }).toEqual({ id: d.id, source: true, unitRule: true });
    }
  });

  it('is what the overview\'s charts read', () => {
    for (const s of DASHBOARD_SOURCES) expect(definition(s.definition).counted, s.id).toMatch(/\.$/);
    expect(() => definition('finns-inte')).toThrow();
  });

  it('holds every definition a report section links to', () => {
    const dir = join(import.meta.dirname, 'sections');
    const used = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/definition: '([a-z-]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(DEFINITIONS.some((d) => d.id === id), id).toBe(true);
  });
});
