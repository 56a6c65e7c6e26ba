// Pure rules of the meeting place: crisis wording, the municipality's word list, links in plain
// text, and the moderated hours. No database, no clock of their own.
import { stockholmClock, timeOf } from '../../platform/domain/stockholm-clock.js';

/**
 * Wording that suggests someone may be in danger (suicide, self-harm, violence), in Swedish and
 * the other languages carers commonly write in. A match never blocks the carer: the post waits
 * for a moderator, staff are told at once, and the poster is shown where to get help now.
 */
export const CRISIS_PHRASES: readonly string[] = [
  // Swedish
  'självmord', 'suicid', 'ta livet av mig', 'inte leva längre', 'vill jag inte leva', 'vill jag dö', 'orkar inte leva längre', 'ta mitt liv', 'ta mitt eget liv', 'vill dö', 'vill inte leva', 'orkar inte leva',
  'vill inte finnas', 'skada mig själv', 'skadar mig själv', 'skära mig', 'hänga mig', 'ta en överdos',
  'slår mig', 'slog mig', 'hotar att döda', 'döda honom', 'döda henne', 'döda mig', 'slå ihjäl', 'misshandlar mig', 'misshandlade mig',
  'våld i hemmet', 'är rädd för honom', 'är rädd för henne',
  // English
  'suicide', 'kill myself', 'end my life', 'want to die', 'self harm', 'self-harm', 'hurt myself', 'hits me', 'beats me', 'going to kill',
  // Arabic, Persian, Finnish, Somali (common forms)
  'انتحار', 'أقتل نفسي', 'خودکشی', 'بکشم', 'itsemurha', 'tappaa itseni', 'is dil', 'isdil',
];

const fold = (s: string): string => s.toLocaleLowerCase('sv').normalize('NFC').replace(/\s+/g, ' ');

// Compiled once per phrase: every post is checked against the crisis phrases and the word list.
// Building the ~50 crisis expressions anew for each post cost 80–130 µs of CPU a post here, 7–14
// µs kept (tmp measurement, loaded 2-core machine).
const phraseRes = new Map<string, RegExp>();
const MAX_CACHED_PHRASES = 5000;

function phraseRe(phrase: string): RegExp {
  let re = phraseRes.get(phrase);
  if (!re) {
    const p = fold(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${p}($|[^\\p{L}\\p{N}])`, 'u');
    if (phraseRes.size >= MAX_CACHED_PHRASES) phraseRes.clear();
    phraseRes.set(phrase, re);
  }
  return re;
}

/** Whole-word (or whole-phrase) occurrence: letters on either side make it another word. */
const containsPhrase = (text: string, phrase: string): boolean => phraseRe(phrase).test(text);

export function isCrisis(text: string): boolean {
  const t = fold(text);
  return CRISIS_PHRASES.some((p) => containsPhrase(t, p));
}

/** The first word of the municipality's list found in the text (whole words, any case), if any. */
export function listedWord(text: string, words: readonly string[]): string | undefined {
  const t = fold(text);
  return words.find((w) => w.trim() !== '' && containsPhrase(t, w.trim()));
}

/** The word list as typed by staff (one word or phrase a line), cleaned. */
export function parseWordList(raw: string): string[] {
  return [...new Set(raw.split(/\r?\n/).map((w) => w.trim().toLocaleLowerCase('sv')).filter((w) => w.length > 0 && w.length <= 60))].slice(0, 500);
}

export type Segment = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

const URL_RE = /\bhttps?:\/\/[^\s<>"']+/gi;

/** Plain text with web addresses as links: only http(s), trailing punctuation left outside. */
export function linkify(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    const trail = /[.,;:!?)\]]+$/.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trail.length);
    let href: string | undefined;
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') href = u.href;
    } catch { /* not a URL: stays text */ }
    const start = m.index;
    if (!href) continue;
    if (start > last) out.push({ kind: 'text', text: text.slice(last, start) });
    out.push({ kind: 'link', href, text: url });
    last = start + url.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export interface Hours { opens: string | null; closes: string | null; closedOutside: boolean }

/** Whether posting is allowed at `now`: always, unless the room closes outside its hours. */
export function isOpen(h: Hours, now: Date): boolean {
  if (!h.closedOutside || !h.opens || !h.closes) return true;
  const c = stockholmClock(now);
  if (!c) return true;
  const t = timeOf(c);
  // Hours across midnight (e.g. 18:00–02:00) are open from opens to closes the next day.
  return h.opens <= h.closes ? t >= h.opens && t < h.closes : t >= h.opens || t < h.closes;
}
