// Stockholm wall-clock fields of a UTC instant, without luxon on the hot path (issue 17: luxon's
// zone look-ups were ~9 % of a signed-in page's CPU). Sweden changes between UTC+1 and UTC+2 at
// 01:00 UTC, on the hour, so the offset is looked up once per UTC hour through Intl and kept.
// Equal to luxon's setZone('Europe/Stockholm') for every instant (stockholm-clock.test.ts).

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const HOUR_MS = 3_600_000;
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
});
const offsets = new Map<number, number>();

/** Stockholm's offset from UTC (ms) during the UTC hour that holds `ms`. */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const p: Record<string, number> = {};
    for (const x of parts.formatToParts(new Date(start))) if (x.type !== 'literal') p[x.type] = Number(x.value);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - start;
    if (offsets.size >= 50_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?([zZ]|[+-]\d{2}:?\d{2})?$/;

/** An ISO text without a zone is a UTC instant, as stored (luxon's fromISO with zone 'utc'). */
function instantOf(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return NaN;
  return Date.parse(m[1] || iso.length === 10 ? iso : `${iso}Z`);
}

/** The Stockholm wall clock at a UTC instant (ISO text or Date); undefined for an invalid one. */
export function stockholmClock(at: string | Date): WallClock | undefined {
  const ms = typeof at === 'string' ? instantOf(at) : at.getTime();
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms + offsetAt(ms));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** 'YYYY-MM-DD' of a wall clock. */
export const isoDateOf = (c: WallClock): string => `${c.year}-${pad(c.month)}-${pad(c.day)}`;
/** 'HH:mm' (or with another separator) of a wall clock. */
export const timeOf = (c: WallClock, sep = ':'): string => `${pad(c.hour)}${sep}${pad(c.minute)}`;
