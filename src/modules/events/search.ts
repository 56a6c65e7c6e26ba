// Activities found by the support catalogue's search (issue 15): published public events with a
// session still to come whose title or summary contains the words, and that suit the target
// group when one is chosen. Titles only, in the reader's language where the event has a
// translation (else the original, marked with its language): the catalogue links to the event page.
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { type Deps, localizeEvent } from './model.js';
import { listPublished } from './series.js';
import { PUBLIC_AUDIENCES } from './vocab.js';

export interface FoundActivity { id: string; title: string; textLang: ContentLocale; nextStartsAt: string }

export async function searchActivities(deps: Deps, tenantId: string, f: { q?: string; group?: string; locale?: ContentLocale }, limit = 10): Promise<FoundActivity[]> {
  const words = (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !f.group) return [];
  const nowIso = deps.clock.now().toISOString();
  const list = await listPublished(deps, tenantId, { audience: PUBLIC_AUDIENCES, group: f.group });
  const out: FoundActivity[] = [];
  for (const x of list) {
    const shown = localizeEvent(x.event, f.locale ?? x.event.language);
    // A reader may type the words of the translation or of the original: both match.
    const text = `${shown.title} ${shown.summary} ${x.event.title} ${x.event.summary}`.toLowerCase();
    const next = x.sessions.filter((s) => s.status === 'scheduled' && s.startsAt > nowIso).map((s) => s.startsAt).sort()[0];
    if (next && words.every((w) => text.includes(w))) out.push({ id: x.event.id, title: shown.title, textLang: shown.textLang, nextStartsAt: next });
  }
  return out.sort((a, b) => a.nextStartsAt.localeCompare(b.nextStartsAt)).slice(0, limit);
}
