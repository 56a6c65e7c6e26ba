// Portable column conventions shared by every module:
//  - ids are text (UUID v4), timestamps are ISO-8601 UTC text (sortable, same on both dialects),
//  - booleans are integer 0/1, lists and small documents are JSON text.
import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
export const toBool = (v: number | boolean | null | undefined): boolean => v === 1 || v === true;
export const fromBool = (v: boolean): number => (v ? 1 : 0);

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
export const toJson = (v: unknown): string => JSON.stringify(v);

/** LIKE pattern matching a string element inside a JSON array stored as text. */
export const jsonArrayContains = (value: string): string => `%${JSON.stringify(value)}%`;

/** Escape user text for LIKE with ESCAPE '\'. */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A page of a list with the list's total. The count is a statement of its own (a round trip on
 * PostgreSQL), and a page that holds rows but fewer than `limit` (or a first page that is empty)
 * already tells the total: offset + rows. Only a full page, or an empty page after the first,
 * asks `count`.
 */
export async function pageWithTotal<R>(rows: R[], limit: number, offset: number, count: () => Promise<number>): Promise<{ rows: R[]; total: number }> {
  const known = rows.length < limit && (rows.length > 0 || offset === 0);
  return { rows, total: known ? offset + rows.length : await count() };
}
