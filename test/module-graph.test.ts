// Modules meet through each other's services, and should not depend on each other in circles:
// a circle means neither can be understood, tested or changed without the other. This reads the
// value imports (not `import type`, which disappears at build) between folders of src/modules
// and finds the strongly connected components. Known circles are listed; a new one fails, and a
// circle taken apart must be removed from the list (so the list only shrinks).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../src/modules/', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Still one circle: the carer's own pages and the staff's carer register lean on each other. */
const KNOWN_CIRCLES = [['carers', 'contacts', 'messages', 'mypages', 'selfcheck']];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** module → the other modules it imports values from */
export function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = relative(root, file).split('/')[0]!;
    if (from.includes('.')) continue; // files directly in src/modules (index.ts, staff-links.ts)
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import (?!type )[^;]*? from '(\.\.?\/[^']+)'/gms)) {
      const target = relative(root, normalize(join(dirname(file), m[1]!)));
      const to = target.split('/')[0]!;
      if (target.startsWith('..') || to.includes('.') || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one module, each sorted. */
export function circles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('imports between modules', () => {
  it('finds a circle when there is one (the check itself)', () => {
    const g = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(circles(g)).toEqual([['a', 'b', 'c']]);
    expect(circles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]))).toEqual([]);
  });

  it('has no circles but the known ones', () => {
    expect(circles(moduleGraph())).toEqual(KNOWN_CIRCLES);
  });

  it('keeps outreach out of circles: the campaign register sits under contacts and requests', () => {
    const g = moduleGraph();
    expect(g.get('outreach')).toEqual(new Set(['campaigns', 'contacts', 'requests']));
    expect(g.get('campaigns') ?? new Set()).toEqual(new Set());
    for (const m of ['contacts', 'requests']) expect(g.get(m)?.has('outreach') ?? false).toBe(false);
  });

  it('ships nothing made for tests: no file of src/ but a test imports vitest or anything outside src/', () => {
    const outside = (file: string, spec: string) => relative(src, normalize(join(dirname(file), spec))).startsWith('..');
    const offenders = sourceFiles(src).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /from 'vitest'/.test(text) || [...text.matchAll(/from '(\.\.?\/[^']+)'/g)].some((m) => outside(file, m[1]!));
    }).map((file) => relative(src, file));
    expect(offenders).toEqual([]);
  });
});
