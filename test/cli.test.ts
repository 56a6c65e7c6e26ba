// The operator's command line, run as a real process: create a municipality, import its
// organisation, back the database up and restore it into a new database, and find the data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database.js';
import { verifyPassword } from '../src/platform/auth/passwords.js';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
// Each command is a fresh process that compiles the CLI: allow for a busy machine.
const SLOW = 240_000;

/** Runs the CLI as its own process (asynchronously: a blocked test worker would miss its heartbeats). */
function cli(databaseUrl: string, args: string[], stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/cli/index.ts', ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl, NODE_ENV: 'development' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += String(d); });
    child.stderr.on('data', (d) => { err += String(d); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const ORG_CSV = 'key;parent;kind;name;external\nsoc;;förvaltning;Socialförvaltningen;nej\nvuxen;soc;område;Vuxenenheten;nej\nmottagning;vuxen;enhet;Mottagningen;nej\n';

/** What must survive a backup and restore: the tenant, its units and its admin's password. */
async function snapshot(url: string) {
  const database = openDatabase(url);
  try {
    const tenant = await database.db.selectFrom('tenants').select(['id', 'name']).where('slug', '=', 'kopia').executeTakeFirst();
    if (!tenant) return undefined;
    const units = await database.db.selectFrom('org_units').select('name').where('tenant_id', '=', tenant.id).orderBy('name').execute();
    const admin = await database.db.selectFrom('users').select(['email', 'password_hash']).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();
    const audit = await database.db.selectFrom('audit_log').select('action').where('tenant_id', '=', tenant.id).orderBy('action').execute();
    return { name: tenant.name, units: units.map((u) => u.name), admin: admin.email, hash: admin.password_hash, audit: audit.map((a) => a.action) };
  } finally {
    await database.close();
  }
}

const PASSWORD = 'kopia-admin-losenord';

describe('command line: set up a municipality, back up, restore (SQLite)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bredvid-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a municipality with its admin and organisation, refusing bad input', async () => {
    const url = `sqlite:${join(dir, 'live.sqlite')}`;
    writeFileSync(join(dir, 'org.csv'), ORG_CSV);
    const noStdin = await cli(url, ['create-tenant', '--slug', 'kopia', '--name', 'Kopia kommun', '--admin-email', 'admin@kopia.example.se']);
    expect(noStdin.code).toBe(2);
    expect(noStdin.err).toContain('--password-stdin');
    const badSlug = await cli(url, ['create-tenant', '--slug', 'Kopia Kommun', '--name', 'Kopia kommun', '--admin-email', 'admin@kopia.example.se', '--password-stdin'], PASSWORD);
    expect(badSlug.code).toBe(2);
    expect(badSlug.err).toContain('slug');
    const ok = await cli(url, ['create-tenant', '--slug', 'kopia', '--name', 'Kopia kommun', '--admin-email', 'admin@kopia.example.se',
      '--admin-name', 'Kim Kopia', '--org-file', join(dir, 'org.csv'), '--password-stdin'], `${PASSWORD}\n`);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('3 units');
    expect(ok.out).not.toContain(PASSWORD);
    const dup = await cli(url, ['create-tenant', '--slug', 'kopia', '--name', 'Igen', '--admin-email', 'a@kopia.example.se', '--password-stdin'], PASSWORD);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('redan');
  }, SLOW);

  it('imports an organisation file into an existing municipality, with a dry run first', async () => {
    const url = `sqlite:${join(dir, 'live.sqlite')}`;
    writeFileSync(join(dir, 'more.json'), JSON.stringify({ units: [{ key: 'barn', parent: null, kind: 'administration', name: 'Barn- och utbildningsförvaltningen' }] }));
    const dry = await cli(url, ['import-org', '--tenant', 'kopia', '--file', join(dir, 'more.json'), '--dry-run']);
    expect([dry.code, dry.out]).toEqual([0, expect.stringContaining('Dry run')]);
    expect((await snapshot(url))!.units).not.toContain('Barn- och utbildningsförvaltningen');
    const real = await cli(url, ['import-org', '--tenant', 'kopia', '--file', join(dir, 'more.json')]);
    expect(real.code).toBe(0);
    expect((await snapshot(url))!.units).toContain('Barn- och utbildningsförvaltningen');
    writeFileSync(join(dir, 'bad.csv'), 'key;parent;kind;name\nx;saknas;enhet;X\n');
    const bad = await cli(url, ['import-org', '--tenant', 'kopia', '--file', join(dir, 'bad.csv')]);
    expect([bad.code, bad.err]).toEqual([1, expect.stringContaining('Rad 2')]);
    expect((await cli(url, ['import-org', '--tenant', 'finns-inte', '--file', join(dir, 'more.json')])).code).toBe(1);
  }, SLOW);

  it('backs up to a new file and restores into a new database with the same data', async () => {
    const live = `sqlite:${join(dir, 'live.sqlite')}`;
    const before = await snapshot(live);
    expect(before?.units.length).toBe(4);
    const backup = join(dir, 'backup.sqlite');
    const b = await cli(live, ['backup', backup]);
    expect([b.code, b.out]).toEqual([0, expect.stringContaining('Backup written')]);
    // Refuses to overwrite an existing backup.
    expect((await cli(live, ['backup', backup])).code).toBe(1);
    const restored = `sqlite:${join(dir, 'restored.sqlite')}`;
    const r = await cli(restored, ['restore', backup]);
    expect([r.code, r.out]).toEqual([0, expect.stringContaining('Restored')]);
    const after = await snapshot(restored);
    expect(after).toEqual(before);
    expect(await verifyPassword(after!.hash, PASSWORD)).toBe(true);
    expect((await cli(restored, ['restore', join(dir, 'missing.sqlite')])).code).toBe(2);
  }, SLOW);
});

describe.runIf(process.env.TEST_DATABASE_URL)('command line: back up and restore (PostgreSQL)', () => {
  const admin = process.env.TEST_DATABASE_URL!;
  const names = [`bredvid_cli_${randomBytes(4).toString('hex')}`, `bredvid_cli_${randomBytes(4).toString('hex')}`];
  const urlOf = (name: string) => { const u = new URL(admin); u.pathname = `/${name}`; return u.toString(); };
  const sqlAdmin = async (q: string) => { const c = new pg.Client({ connectionString: admin }); await c.connect(); await c.query(q); await c.end(); };
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bredvid-cli-pg-'));
    for (const n of names) await sqlAdmin(`CREATE DATABASE ${n}`);
  }, SLOW);
  afterAll(async () => {
    for (const n of names) await sqlAdmin(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a pg_dump backup into a new database with the same data', async () => {
    const [live, copy] = names.map(urlOf);
    writeFileSync(join(dir, 'org.csv'), ORG_CSV);
    expect((await cli(live, ['create-tenant', '--slug', 'kopia', '--name', 'Kopia kommun', '--admin-email', 'admin@kopia.example.se', '--org-file', join(dir, 'org.csv'), '--password-stdin'], PASSWORD)).code).toBe(0);
    const before = await snapshot(live);
    expect(before?.units.length).toBe(3);
    const file = join(dir, 'backup.sql');
    expect((await cli(live, ['backup', file])).code).toBe(0);
    expect((await cli(copy, ['restore', file])).code).toBe(0);
    expect(await snapshot(copy)).toEqual(before);
  }, SLOW);
});
