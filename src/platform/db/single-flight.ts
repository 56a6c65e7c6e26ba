// One read at a time per key: callers that ask for the same key while its read is under way get
// that read's result instead of issuing their own. The in-memory caches revalidate every
// REVALIDATE_MS; without this, every request arriving during the re-read (50 at a time under
// load) sent the same query, and on PostgreSQL queued for the pool's connections.
// A key must name everything the answer depends on (e.g. a generation counted up by writes),
// so that a caller never joins a read that started before a change it must see.
export class SingleFlight<V> {
  private readonly pending = new Map<string, Promise<V>>();

  run(key: string, read: () => Promise<V>): Promise<V> {
    const under = this.pending.get(key);
    if (under) return under;
    const p = read().finally(() => {
      if (this.pending.get(key) === p) this.pending.delete(key);
    });
    this.pending.set(key, p);
    return p;
  }
}

/** A SingleFlight per database handle (tests each have their own database). */
export function perHandle<V>(): (db: object) => SingleFlight<V> {
  const flights = new WeakMap<object, SingleFlight<V>>();
  return (db) => {
    let f = flights.get(db);
    if (!f) flights.set(db, (f = new SingleFlight<V>()));
    return f;
  };
}
