import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pageWithTotal } from './helpers.js';

describe('pageWithTotal', () => {
  it('equals a count over any list, and counts only when the page cannot tell', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(200), fc.integer({ min: 1, max: 60 }), fc.nat(6), async (size, limit, page) => {
      const offset = page * limit;
      const rows = Array.from({ length: Math.max(0, Math.min(limit, size - offset)) }, (_, i) => offset + i);
      let counted = 0;
      const r = await pageWithTotal(rows, limit, offset, async () => { counted++; return size; });
      expect(r.total).toBe(size);
      expect(r.rows).toBe(rows);
      expect(counted).toBe(rows.length === limit || (rows.length === 0 && offset > 0) ? 1 : 0);
    }));
  });
});
