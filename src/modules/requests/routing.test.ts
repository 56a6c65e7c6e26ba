// Unit tests of the pure parts: routing rules, age bands, reference codes, tokens and the
// fill-time stamp, with properties over the whole input space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, TARGET_GROUPS, type AgeBand, type TargetGroup } from '../../platform/domain/vocab.js';
import type { RoutingRule } from '../../platform/tenancy/settings.js';
import { ageBandRange, bandUnder, belowMinAge, byPrecedence, carerSupportUnitId, routeRequest, ruleMatches } from './routing.js';
import { fillStamp, REFERENCE_RE, referenceCode, stampAge, statusToken, tokenHash } from './codes.js';
import { canSeeRequest } from './policy.js';
import { CONTACT_LIMITS } from './limiter.js';
import { keysOf } from '../../platform/http/abuse-limits.js';
import { checkFill, MIN_FILL_MS } from './form-guard.js';

const herrljunga: RoutingRule[] = [
  { carerUnder: 18, routeToUnitId: 'barn-familj', note: 'barn' },
  { targetGroup: 'substance_use', routeToUnitId: 'vuxenenheten', note: 'missbruk' },
  { routeToUnitId: 'anhorigstod', note: 'övriga' },
];
const units = new Set(['barn-familj', 'vuxenenheten', 'anhorigstod']);

const ruleArb = fc.record({
  targetGroup: fc.option(fc.constantFrom(...TARGET_GROUPS), { nil: undefined }),
  carerUnder: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
  routeToUnitId: fc.constantFrom('a', 'b', 'c', 'gone'),
  note: fc.string({ maxLength: 20 }),
}) as fc.Arbitrary<RoutingRule>;
const inputArb = fc.record({
  targetGroup: fc.option(fc.constantFrom(...TARGET_GROUPS), { nil: undefined }) as fc.Arbitrary<TargetGroup | undefined>,
  ageBand: fc.option(fc.constantFrom(...AGE_BANDS), { nil: undefined }) as fc.Arbitrary<AgeBand | undefined>,
});

describe('routing of contact requests', () => {
  it('follows Herrljunga’s guideline: children first, substance use to vuxenenheten, the rest to the common queue', () => {
    expect(routeRequest(herrljunga, { targetGroup: 'substance_use', ageBand: '25_44' }, units)?.routeToUnitId).toBe('vuxenenheten');
    expect(routeRequest(herrljunga, { targetGroup: 'substance_use', ageBand: '13_17' }, units)?.routeToUnitId).toBe('barn-familj');
    expect(routeRequest(herrljunga, { targetGroup: 'older', ageBand: 'under_13' }, units)?.routeToUnitId).toBe('barn-familj');
    expect(routeRequest(herrljunga, { targetGroup: 'older', ageBand: '65_79' }, units)).toBeUndefined();
    // Without an age the age rule cannot match: the carer is not presumed to be a child.
    expect(routeRequest(herrljunga, { targetGroup: 'older' }, units)).toBeUndefined();
    expect(carerSupportUnitId(herrljunga)).toBe('anhorigstod');
    expect(carerSupportUnitId(herrljunga.slice(0, 2))).toBeNull();
  });

  it('never splits an age band: a band counts as under an age only when all of it is', () => {
    expect(bandUnder('13_17', 18)).toBe(true);
    expect(bandUnder('18_24', 18)).toBe(false);
    expect(bandUnder('18_24', 20)).toBe(false);
    expect(belowMinAge(18, '13_17')).toBe(true);
    expect(belowMinAge(18, '18_24')).toBe(false);
    expect(belowMinAge(null, 'under_13')).toBe(false);
    expect(belowMinAge(18, undefined)).toBe(false);
    fc.assert(fc.property(fc.constantFrom(...AGE_BANDS), fc.integer({ min: 0, max: 130 }), (b, age) => {
      const [lo, hi] = ageBandRange(b);
      expect(lo).toBeLessThanOrEqual(hi);
      expect(bandUnder(b, age)).toBe(hi < age);
    }));
  });

  it('sends a 13–17-year-old carer of someone with a substance problem to Barn och ungdom, wherever the children’s rule stands (Södertälje)', () => {
    const sodertalje: RoutingRule[] = [
      { targetGroup: 'older', routeToUnitId: 'omsorg-aldre', note: '' },
      { targetGroup: 'substance_use', routeToUnitId: 'social-vuxen', note: '' },
      { routeToUnitId: 'anhorigstod', note: '' },
    ];
    const u = new Set(['omsorg-aldre', 'social-vuxen', 'anhorigstod', 'bou-mottagning']);
    // Without a children's rule (main before this change) the child went to the adult unit.
    expect(routeRequest(sodertalje, { targetGroup: 'substance_use', ageBand: '13_17' }, u)?.routeToUnitId).toBe('social-vuxen');
    const withChildren = [...sodertalje.slice(0, 2), { carerUnder: 18, routeToUnitId: 'bou-mottagning', note: 'Barn och ungdom' }, sodertalje[2]];
    expect(routeRequest(withChildren, { targetGroup: 'substance_use', ageBand: '13_17' }, u)?.routeToUnitId).toBe('bou-mottagning');
    expect(routeRequest(withChildren, { targetGroup: 'older', ageBand: 'under_13' }, u)?.routeToUnitId).toBe('bou-mottagning');
    expect(routeRequest(withChildren, { targetGroup: 'substance_use', ageBand: '18_24' }, u)?.routeToUnitId).toBe('social-vuxen');
    // An age rule above 18 is an ordinary rule and keeps its place.
    const older = [sodertalje[1], { carerUnder: 30, routeToUnitId: 'omsorg-aldre', note: '' }];
    expect(routeRequest(older, { targetGroup: 'substance_use', ageBand: '18_24' }, u)?.routeToUnitId).toBe('social-vuxen');
  });

  it('picks the first matching conditional rule (children’s rules first) whose unit exists, else the common queue', () => {
    fc.assert(fc.property(fc.array(ruleArb, { maxLength: 8 }), inputArb, (rules, input) => {
      const existing = new Set(['a', 'b', 'c']);
      const chosen = routeRequest(rules, input, existing);
      if (chosen === undefined) {
        for (const r of rules) if (existing.has(r.routeToUnitId) && (r.targetGroup !== undefined || r.carerUnder !== undefined)) expect(ruleMatches(r, input)).toBe(false);
      } else {
        expect(existing.has(chosen.routeToUnitId)).toBe(true);
        expect(chosen.targetGroup !== undefined || chosen.carerUnder !== undefined).toBe(true);
        expect(ruleMatches(chosen, input)).toBe(true);
        const ordered = byPrecedence(rules);
        const before = ordered.slice(0, ordered.indexOf(chosen));
        for (const r of before) expect(existing.has(r.routeToUnitId) && (r.targetGroup !== undefined || r.carerUnder !== undefined) && ruleMatches(r, input)).toBe(false);
      }
    }));
  });

  it('lets a scope see routed requests in its units, and the common queue only from the carer-support unit or municipality-wide', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }), fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }), fc.option(fc.constantFrom('a', 'b'), { nil: null }),
      (scopeUnits, routed, support) => {
        const seen = canSeeRequest({ tenantId: 't', units: scopeUnits }, routed, support);
        const units: string[] = scopeUnits;
        expect(seen).toBe(routed !== null ? units.includes(routed) : support !== null && units.includes(support));
        expect(canSeeRequest({ tenantId: 't', units: 'all' }, routed, support)).toBe(true);
      }));
  });
});

describe('codes, tokens and the fill-time stamp', () => {
  it('makes short, readable reference codes and 256-bit tokens stored only as hashes', () => {
    const codes = new Set(Array.from({ length: 2000 }, referenceCode));
    for (const c of codes) expect(c).toMatch(REFERENCE_RE);
    expect(codes.size).toBeGreaterThan(1990);
    const token = statusToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).not.toContain(token);
  });

  it('accepts only its own stamps and measures their age', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const stamp = fillStamp('secret-one', now);
    expect(stampAge('secret-one', stamp, new Date(now.getTime() + 4000))).toBe(4000);
    expect(stampAge('secret-two', stamp, now)).toBeUndefined();
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      expect(stampAge('secret-one', s, now)).toBeUndefined();
    }));
    const [ms, mac] = stamp.split('.');
    expect(stampAge('secret-one', `${Number(ms) - 60_000}.${mac}`, now)).toBeUndefined();
  });

  const limitKey = (secret: string, form: string, address: string) =>
    keysOf(secret, { form, tenantId: 't1', address }, CONTACT_LIMITS)[0]!.key;

  it('keys the rate limit by a keyed hash: never the address, different per secret and per form', () => {
    fc.assert(fc.property(fc.ipV4(), fc.ipV6(), (v4, v6) => {
      for (const address of [v4, v6]) {
        const key = limitKey('secret-one', 'contact', address);
        expect(key).toMatch(/^[0-9a-f]{64}$/);
        expect(key).not.toContain(address);
        expect(limitKey('secret-one', 'contact', address)).toBe(key);
        expect(limitKey('secret-two', 'contact', address)).not.toBe(key);
        expect(limitKey('secret-one', 'accessibility-feedback', address)).not.toBe(key);
      }
    }));
    expect(limitKey('secret-one', 'contact', '192.0.2.1')).not.toBe(limitKey('secret-one', 'contact', '192.0.2.2'));
  });

  it('judges a form by its honeypot and the age of its stamp', () => {
    const shown = new Date('2026-11-25T10:00:00Z');
    const started = fillStamp('secret-one', shown);
    const at = (ms: number) => new Date(shown.getTime() + ms);
    expect(checkFill('secret-one', { started }, at(MIN_FILL_MS))).toEqual({ verdict: 'ok', stamp: started });
    expect(checkFill('secret-one', { started }, at(MIN_FILL_MS - 1))).toEqual({ verdict: 'tooFast', stamp: started });
    expect(checkFill('secret-one', { started, website: 'http://spam.example' }, at(60_000))).toEqual({ verdict: 'expired' });
    expect(checkFill('secret-one', { started, website: '' }, at(60_000)).verdict).toBe('ok');
    expect(checkFill('secret-two', { started }, at(60_000))).toEqual({ verdict: 'expired' });
    expect(checkFill('secret-one', {}, at(60_000))).toEqual({ verdict: 'expired' });
    expect(checkFill('secret-one', { started: ['a', 'b'] }, at(60_000))).toEqual({ verdict: 'expired' });
  });
});
