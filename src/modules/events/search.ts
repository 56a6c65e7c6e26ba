// Activities found by the support catalogue's search (issue 15): published public events with a
// session still to come whose title or summary contains the words, and that suit the target
// group when one is chosen. Titles only: the catalogue links to the event page.
import type { Deps } from './model.js';
import { listPublished } from './series.js';
import { PUBLIC_AUDIENCES } from './vocab.js';

export interface FoundActivity { id: string; title: string; nextStartsAt: string }

export async function searchActivities(deps: Deps, tenantId: string, f: { q?: string; group?: string }, limit = 10): Promise<FoundActivity[]> {
  const words = (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !f.group) return [];
  const nowIso = deps.clock.now().toISOString();
  const list = await listPublished(deps, tenantId, { audience: PUBLIC_AUDIENCES, group: f.group });
  const out: FoundActivity[] = [];
  for (const x of list) {
    const text = `${x.event.title} ${x.event.summary}`.toLowerCase();
    const next = x.sessions.filter((s) => s.status === 'scheduled' && s.startsAt > nowIso).map((s) => s.startsAt).sort()[0];
    if (next && words.every((w) => text.includes(w))) out.push({ id: x.event.id, title: x.event.title, nextStartsAt: next });
  }
  return out.sort((a, b) => a.nextStartsAt.localeCompare(b.nextStartsAt)).slice(0, limit);
}
