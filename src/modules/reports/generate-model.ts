// What the data generator of generate.ts is asked for (GenerateOptions) and what it counts as it
// writes (Generated), and its seeded draws, shared by generate.ts and generate-tables.ts.
/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks with weights falling steeply, so late list items are rare (small numbers). */
export function skewed<T>(r: () => number, items: readonly T[]): T {
  const weights = items.map((_, i) => 1 / (i + 1) ** 2.2);
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    x -= weights[i];
    if (x <= 0) return items[i];
  }
  return items[items.length - 1];
}

export interface GenerateOptions {
  year: number;
  contacts: number;
  bookings: number;
  /** Units the contacts, carers, groups, requests and referrals belong to (e.g. the specialists' units). */
  unitIds: string[];
  /** Contact requests routed to the units (default: one per 50 contacts). */
  requests?: number;
  /** Referrals received by the units (default: one per 80 contacts). */
  referrals?: number;
  /** Identified carers registered in the year (default: one per 100 contacts, at least 5). */
  carers?: number;
  seed?: number;
  now: Date;
}

/** What was generated, counted as it was written: the self-check a caller compares the report with. */
export interface Generated {
  contacts: number;
  identifiedContacts: number;
  carers: number;
  carersWithSupportContact: number;
  followUps: number;
  offers: number;
  events: number;
  eventsWithoutUnit: number;
  sessions: number;
  bookings: number;
  requests: number;
  referrals: number;
  needsAssessments: number;
  selfchecks: number;
  /** Carer groups' bookings ticked present / absent per session, and late cancellations. */
  attended: number;
  absent: number;
  lateCancellations: number;
  campaigns: number;
  campaignContacts: number;
  campaignRequests: number;
  ambassadors: number;
  trainingSessions: number;
  trainingAttended: number;
  planActivities: number;
  violenceRequests: number;
  violenceReferrals: number;
}

/** A moment in the year, spread evenly, at 10:00 UTC. */
export const dayOf = (year: number, i: number, n: number) => new Date(Date.UTC(year, 0, 1, 10) + Math.floor((i * 364) / Math.max(1, n)) * 86400_000);
