import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { open, seal } from './secret-box.js';

describe('secret box', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'totp:u1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(open(key, sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
    expect(seal(key, 'same', 'c')).not.toBe(seal(key, 'same', 'c'));
  });

  it('refuses another key, another context, an altered value and garbage', () => {
    const sealed = seal(key, 'client-secret', 'oidc:t1');
    expect(open(randomBytes(32), sealed, 'oidc:t1')).toBeUndefined();
    expect(open(key, sealed, 'oidc:t2')).toBeUndefined();
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    expect(open(key, [parts[0], parts[1], parts[2], ct.toString('base64url')].join('.'), 'oidc:t1')).toBeUndefined();
    expect(open(key, 'not-sealed', 'oidc:t1')).toBeUndefined();
  });

  it('takes SECRETS_KEY from the environment, or derives a stable key from the session secret', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'test', SECRETS_KEY: hex }).secretsKey.toString('hex')).toBe(hex);
    const a = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40) }).secretsKey;
    const b = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40) }).secretsKey;
    expect(a.equals(b)).toBe(true);
    expect(a).toHaveLength(32);
    expect(() => loadConfig({ NODE_ENV: 'test', SECRETS_KEY: 'short' })).toThrow(/SECRETS_KEY/);
  });
});
