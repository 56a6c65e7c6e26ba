// SingleFlight: callers of the same key during a read share it; other keys, later calls and a
// failed read each start their own.
import { describe, expect, it } from 'vitest';
import { perHandle, SingleFlight } from './single-flight.js';

const later = <V>(v: V, fail = false) => new Promise<V>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('down')) : resolve(v)), 5));

describe('SingleFlight', () => {
  it('runs one read for callers arriving together, and a new one after it settled', async () => {
    const f = new SingleFlight<number>();
    let reads = 0;
    const read = () => later(++reads);
    expect(await Promise.all([f.run('a', read), f.run('a', read), f.run('a', read)])).toEqual([1, 1, 1]);
    expect(await f.run('a', read)).toBe(2);
    expect(reads).toBe(2);
  });

  it('keeps keys apart', async () => {
    const f = new SingleFlight<string>();
    expect(await Promise.all([f.run('a', () => later('A')), f.run('b', () => later('B'))])).toEqual(['A', 'B']);
  });

  it('gives a failure to every waiting caller and forgets it', async () => {
    const f = new SingleFlight<number>();
    const both = [f.run('a', () => later(1, true)), f.run('a', () => later(2))];
    for (const p of both) await expect(p).rejects.toThrow('down');
    expect(await f.run('a', () => later(3))).toBe(3);
  });

  it('has one flight per handle', () => {
    const of = perHandle<number>();
    const a = {};
    expect(of(a)).toBe(of(a));
    expect(of(a)).not.toBe(of({}));
  });
});
