// The admin command line: npm run cli -- <command> [options]
//   migrate                       run pending migrations
//   seed-demo [--reset]           seed the four demo municipalities (reset: replace them)
//   create-user --tenant <slug> --email <e> --role <role> [--unit <unit-id>] [--name <n>] --password-stdin
//   create-tenant --slug <s> --name <n> --admin-email <e> [--admin-name <n>] [--org-file <f>] --password-stdin
//   import-org --tenant <slug> --file <units.csv|org.json> [--dry-run]
//   generate --tenant <slug> --contacts N [--bookings M] [--year YYYY]   a realistic year for the yearly report
//   sso-password-sign-in --tenant <slug> --on   break-glass: password sign-in back on when SSO fails
//   backup <file>                 SQLite: consistent copy (VACUUM INTO); PostgreSQL: pg_dump
//   restore <file>                SQLite: copy back (app stopped); PostgreSQL: psql
import { passwordProblem } from '../platform/auth/password-policy.js';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { seedDemo } from '../demo/seed.js';
import { createUser } from '../modules/org/service.js';
import { findTenantBySlug } from '../platform/tenancy/tenancy.js';
import { ROLES, type Role } from '../platform/domain/vocab.js';
import { AppError } from '../platform/http/errors.js';
import { createTenantCommand, importOrgCommand } from '../modules/org/cli-commands.js';
import { generateCommand } from '../modules/reports/cli-generate.js';
import { reenablePasswordSignIn } from '../platform/auth/oidc/config-store.js';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig();
  const database = openDatabase(config.DATABASE_URL, { synchronous: config.SQLITE_SYNCHRONOUS });
  try {
    switch (command) {
      case 'migrate': {
        const done = await migrateToLatest(database);
        console.log(done.length ? `Migrated: ${done.join(', ')}` : 'Database is up to date.');
        return 0;
      }
      case 'seed-demo': {
        await migrateToLatest(database);
        const done = await seedDemo(database.db, new Date(), { reset: args.includes('--reset') });
        console.log(done.length ? `Seeded: ${done.join(', ')}` : 'Demo data already present (use --reset to replace it).');
        return 0;
      }
      case 'create-user': {
        const input = z.object({
          tenant: z.string().min(1), email: z.string().email(), role: z.enum(ROLES), unit: z.string().optional(), name: z.string().optional(),
        }).safeParse({ tenant: flag(args, 'tenant'), email: flag(args, 'email'), role: flag(args, 'role'), unit: flag(args, 'unit'), name: flag(args, 'name') });
        if (!input.success) {
          console.error(`Usage: create-user --tenant <slug> --email <e> --role <${ROLES.join('|')}> [--unit <unit-id>] [--name <n>] --password-stdin\n${input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
          return 2;
        }
        if (!args.includes('--password-stdin')) {
          console.error('The password is read from standard input: add --password-stdin (never pass it as an argument).');
          return 2;
        }
        const password = await readStdin();
        const weak = await passwordProblem(password, [input.data.email]);
        if (weak) {
          console.error(`The password is not accepted: ${password.length < 12 ? 'it must be at least 12 characters' : 'it is too easy to guess'}.`);
          return 2;
        }
        await migrateToLatest(database);
        const tenant = await findTenantBySlug(database.db, input.data.tenant);
        if (!tenant) {
          console.error(`No municipality with slug "${input.data.tenant}".`);
          return 1;
        }
        const id = await createUser(database.db, tenant.id, {
          email: input.data.email, name: input.data.name ?? input.data.email, password, mustChangePassword: true,
          roles: [{ role: input.data.role as Role, unitId: input.data.unit ?? null }],
        }, new Date());
        console.log(`Created user ${id} (${input.data.email}) in ${tenant.slug} with role ${input.data.role}.`);
        return 0;
      }
      case 'create-tenant': {
        await migrateToLatest(database);
        return await createTenantCommand(database.db, args, readStdin);
      }
      case 'import-org': {
        await migrateToLatest(database);
        return await importOrgCommand(database.db, args);
      }
      case 'generate': {
        await migrateToLatest(database);
        return await generateCommand(database.db, args, new Date());
      }
      case 'sso-password-sign-in': {
        // Break-glass: a municipality that turned password sign-in off (SSO only) gets it back
        // when its identity provider fails. Only turning it on is offered here; turning it off
        // is for an admin signed in through SSO in the browser. Audited without a user.
        const slug = flag(args, 'tenant');
        if (!slug || !args.includes('--on')) { console.error('Usage: sso-password-sign-in --tenant <slug> --on'); return 2; }
        await migrateToLatest(database);
        const tenant = await findTenantBySlug(database.db, slug);
        if (!tenant) { console.error(`No municipality with slug "${slug}".`); return 1; }
        const changed = await reenablePasswordSignIn(database.db, tenant.id, new Date());
        console.log(changed ? `Password sign-in is on again in ${tenant.slug}.` : `Password sign-in was already on in ${tenant.slug}.`);
        return 0;
      }
      case 'backup': {
        const file = args[0];
        if (!file) { console.error('Usage: backup <file>'); return 2; }
        if (database.dialect === 'sqlite') {
          if (existsSync(file)) { console.error(`${file} exists; choose a new file name.`); return 1; }
          await sql`VACUUM INTO ${file}`.execute(database.db);
        } else {
          execFileSync('pg_dump', ['--no-owner', '--clean', '--if-exists', '-f', file, config.DATABASE_URL], { stdio: 'inherit' });
        }
        console.log(`Backup written to ${file}`);
        return 0;
      }
      case 'restore': {
        const file = args[0];
        if (!file || !existsSync(file)) { console.error('Usage: restore <existing-backup-file>'); return 2; }
        if (database.dialect === 'sqlite') {
          await database.close();
          const target = config.DATABASE_URL.replace(/^sqlite:/, '');
          readFileSync(file); // fail early if unreadable
          copyFileSync(file, target);
          for (const suffix of ['-wal', '-shm']) if (existsSync(target + suffix)) copyFileSync('/dev/null', target + suffix);
        } else {
          execFileSync('psql', ['-v', 'ON_ERROR_STOP=1', '-q', '-f', file, config.DATABASE_URL], { stdio: 'inherit' });
        }
        console.log(`Restored from ${file}`);
        return 0;
      }
      default:
        console.error('Commands: migrate | seed-demo [--reset] | create-user … --password-stdin | create-tenant … --password-stdin | import-org … | generate --tenant <slug> --contacts N … | sso-password-sign-in --tenant <slug> --on | backup <file> | restore <file>');
        return 2;
    }
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close().catch(() => undefined);
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
