import { it } from 'vitest';
import { breakdownTable } from '/work/wt-14/src/modules/reports/model.js';
import { treeForced, treeCrosstabs } from '/work/wt-14/src/modules/reports/tree.js';
it('dbg', () => {
  const r = (n: string, c: Record<string, number>) => ({ tenantName: 'T', year: 2025, periodEnd: '', scope: { unitId: n, unitName: n, unitIds: [n] }, sections: [{ id: 's', title: 's', tables: [breakdownTable({ id: 'enhet', title: 'e', definition: 'x', firstHeader: 'E', counts: c, order: Object.keys(c), labels: {}, totalIsAnchor: true })] }] });
  const nodes = [{ report: r('W', { X: 21, Y: 62, Z: 3 }), parent: -1 }, { report: r('a1', { X: 21 }), parent: 0 }, { report: r('a2', { Y: 62, Z: 3 }), parent: 0 }];
  console.log(JSON.stringify(treeCrosstabs(nodes as any)[0].cells));
  console.log(treeForced(nodes as any, 5).map((f) => [...(f.tables.get('enhet') ?? [])]));
});
