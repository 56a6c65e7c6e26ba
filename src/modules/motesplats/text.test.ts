// The pure rules: crisis wording, the word list, links in plain text, the moderated hours.
import { describe, expect, it } from 'vitest';
import { isCrisis, isOpen, linkify, listedWord, parseWordList } from './text.js';

describe('Mötesplatsen text rules', () => {
  it('recognises crisis wording in Swedish and other languages, as whole words', () => {
    for (const s of ['Jag tänker på självmord', 'Ibland vill jag inte leva längre', 'Han SLÅR MIG när han är full', 'I want to die', 'ajattelen itsemurha']) expect(isCrisis(s), s).toBe(true);
    for (const s of ['Jag är så trött i kväll', 'Mamma vill dölja sin oro', 'Vi såg en film om suicidprevention-']) expect(isCrisis(s), s).toBe(false);
  });

  it('holds posts with a listed word, whole words only, in any case', () => {
    const words = parseWordList('  Kommunen \nmedicin\n\nmedicin\n');
    expect(words).toEqual(['kommunen', 'medicin']);
    expect(listedWord('Vilken MEDICIN tar ni?', words)).toBe('medicin');
    expect(listedWord('Medicinering är svårt', words)).toBeUndefined();
  });

  it('makes only http(s) addresses links, leaving trailing punctuation outside', () => {
    expect(linkify('Se https://example.se/a?b=1. Och javascript:alert(1)')).toEqual([
      { kind: 'text', text: 'Se ' }, { kind: 'link', href: 'https://example.se/a?b=1', text: 'https://example.se/a?b=1' }, { kind: 'text', text: '. Och javascript:alert(1)' },
    ]);
    expect(linkify('ingen länk')).toEqual([{ kind: 'text', text: 'ingen länk' }]);
  });

  it('closes a room outside its hours only when it says so, also across midnight', () => {
    const at = (iso: string) => new Date(iso);
    const day = { opens: '08:00', closes: '22:00', closedOutside: true };
    expect(isOpen(day, at('2026-12-05T12:00:00Z'))).toBe(true); // 13:00 Stockholm
    expect(isOpen(day, at('2026-12-05T21:30:00Z'))).toBe(false); // 22:30
    expect(isOpen({ ...day, closedOutside: false }, at('2026-12-05T21:30:00Z'))).toBe(true);
    const night = { opens: '20:00', closes: '02:00', closedOutside: true };
    expect(isOpen(night, at('2026-12-05T23:30:00Z'))).toBe(true); // 00:30
    expect(isOpen(night, at('2026-12-05T11:00:00Z'))).toBe(false);
  });
});
