// Counts in the staff interface are ICU plural messages (src/platform/i18n/staff-messages.ts).
// 1) every message reads right with 0, 1 and 2; 2) no source file builds "`${n} förmedlingar`"
// by hand again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sm, STAFF_MESSAGES, type StaffMessageKey } from '../src/platform/i18n/staff-messages.js';
import { whenText } from '../src/modules/events/views/staff-editor.js';

/** Swedish plural forms (nouns and the adjectives that agree with them) whose singular differs. */
const PLURALS = [
  'nya', 'aktiva', 'försenade', 'förmedlingar', 'förfrågningar', 'enheter', 'träffar', 'aktiviteter', 'uppföljningar',
  'grupper', 'rapporter', 'reservkoder', 'arbetsdagar', 'platser', 'personer', 'rader', 'bokade', 'tagna', 'timmar',
  'kontakter', 'genomförda', 'belastningskollar', 'oanvända', 'användare', 'anhöriga', 'möten', 'kampanjer', 'medlemmar',
];
const ONE_PLURAL = new RegExp(`(^|[^0-9 ])1 (${PLURALS.join('|')})\\b`);

function numericParams(message: string, n: number): Record<string, string | number> {
  const names = new Set([...message.matchAll(/\{(\w+)/g)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, n]));
}

describe('staff counters (ICU plurals)', () => {
  it('say the singular for 1 and the plural for 0 and 2, in every message', () => {
    for (const key of Object.keys(STAFF_MESSAGES) as StaffMessageKey[]) {
      for (const n of [0, 1, 2]) {
        const text = sm(key, numericParams(STAFF_MESSAGES[key], n));
        expect({ key, n, text, oneWithPlural: ONE_PLURAL.test(text) }).toEqual({ key, n, text, oneWithPlural: false });
        expect(text).not.toMatch(/\{|\}/);
      }
    }
  });

  it('words the counters of the issue right', () => {
    expect(sm('inbox.newReferrals', { count: 1 })).toBe('1 ny förmedling');
    expect(sm('inbox.newReferrals', { count: 2 })).toBe('2 nya förmedlingar');
    expect(sm('inbox.newReferrals', { count: 0 })).toBe('0 nya förmedlingar');
    expect(sm('followUps.ofWhichOverdue', { count: 1 })).toBe('varav 1 försenad');
    expect(sm('followUps.ofWhichOverdue', { count: 3 })).toBe('varav 3 försenade');
    expect(sm('followUps.due', { count: 1 })).toBe('1 uppföljning att göra i dag');
    expect(sm('ambassadors.summary', { active: 1, units: 1, without: 0 })).toBe('1 aktivt ombud i 1 enhet. Alla enheter har ombud.');
    expect(sm('ambassadors.summary', { active: 2, units: 3, without: 1 })).toBe('2 aktiva ombud i 3 enheter. 1 enhet saknar ombud.');
    expect(sm('ambassadors.summary', { active: 0, units: 2, without: 2 })).toBe('0 aktiva ombud i 2 enheter. 2 enheter saknar ombud.');
    expect(sm('events.kindWithSessions', { kind: 'Anhöriggrupp', count: 2 })).toBe('Anhöriggrupp, 2 träffar');
    expect(sm('search.hits', { count: 1 })).toBe('1 träff');
    expect(sm('search.hits', { count: 0 })).toBe('Inga träffar');
  });

  it('words the list of an activity’s sessions by count', () => {
    const session = (d: number) => ({ startsAt: `2026-03-0${d}T16:00:00.000Z`, endsAt: `2026-03-0${d}T18:00:00.000Z`, status: 'scheduled' });
    expect(whenText({ sessions: [] })).toBe('Inga träffar');
    expect(whenText({ sessions: [session(2), session(9 - 0)] })).toMatch(/^2 träffar från /);
    expect(whenText({ sessions: [session(2)] })).not.toMatch(/träff/);
  });
});

describe('no hand-built counters in the source', () => {
  const root = join(import.meta.dirname, '..', 'src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(root);

  // Citizen-facing texts belong to the public message catalogue (languages, issue 16a), and
  // the demo data and migrations are not interface text.
  const OUTSIDE = [/^demo\//, /\/demo\//, /\/demo\.ts$/, /^migrations\//, /^modules\/requests\/views\/labels\.ts$/,
    /^modules\/events\/views\/labels(-easy)?\.ts$/, /^modules\/events\/(messages|refusals)\.ts$/, /^platform\/i18n\//];
  // `${expr} noun` where expr is a run-time number; a CONSTANT (upper case) is fixed text.
  const PATTERN = new RegExp(`\\$\\{(?![A-Z_0-9.]+\\})[^{}]*\\}\\s(${PLURALS.join('|')})\\b`, 'g');

  it('finds the pattern it looks for (self-check)', () => {
    const sample = 'return `${n} nya förmedlingar`; const x = `Högst ${MAX_ROWS} rader`;';
    expect([...sample.matchAll(PATTERN)].map((m) => m[1])).toEqual(['nya']);
  });

  it('has no `${n} <plural noun>` outside the message file', () => {
    const hits: string[] = [];
    for (const file of files) {
      const rel = relative(root, file).split('\\').join('/');
      if (OUTSIDE.some((re) => re.test(rel))) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const m of line.matchAll(PATTERN)) hits.push(`${rel}:${i + 1}: ${m[0]}`);
      });
    }
    expect(files.length).toBeGreaterThan(100);
    expect(hits).toEqual([]);
  });
});
