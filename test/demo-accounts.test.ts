// docs/demo-accounts.md is generated from src/demo/*.ts; the committed file must be current.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_FILE, renderDemoAccounts } from '../scripts/demo-accounts.js';
import { DEMO_MUNICIPALITIES } from '../src/demo/index.js';

describe('docs/demo-accounts.md', () => {
  it('is up to date with the demo data (regenerate: npx tsx scripts/demo-accounts.ts)', () => {
    expect(readFileSync(DEMO_ACCOUNTS_FILE, 'utf8')).toBe(renderDemoAccounts());
  });

  it('lists every demo account of every municipality with its roles and units', () => {
    const doc = renderDemoAccounts();
    for (const m of DEMO_MUNICIPALITIES) {
      expect(doc).toContain(`## ${m.name}`);
      for (const s of m.staff) {
        const line = doc.split('\n').find((l) => l.includes(`\`${s.email}\``));
        expect(line, s.email).toBeDefined();
        for (const r of s.roles) {
          expect(line).toContain(`(\`${r.role}\`)`);
          expect(line).toContain(r.unitKey === null ? 'hela kommunen' : m.units.find((u) => u.key === r.unitKey)!.name);
        }
      }
    }
  });
});
