// The organisation's installation-level commands, called from src/cli/index.ts:
//   create-tenant --slug <s> --name <n> --admin-email <e> [--admin-name <n>] [--org-file <f>] --password-stdin
//   import-org --tenant <slug> --file <f> [--dry-run]
// Messages are for the operator (English, like the rest of the CLI); nothing secret is printed.
import { Invalid } from '../../platform/http/errors.js';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { ImportRejected, importOrganisation, type ImportResult } from './org-import.js';
import { newTenantSchema, setUpMunicipality } from './tenant-setup.js';

const flag = (args: string[], name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

function readFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    console.error(`Cannot read ${path}.`);
    return undefined;
  }
}

const summary = (r: ImportResult) =>
  `${r.unitsCreated} units and ${r.bodiesCreated} governance bodies added; ${r.unitsExisting + r.bodiesExisting} already existed.`;

export async function createTenantCommand(db: Kysely<DB>, args: string[], readStdin: () => Promise<string>): Promise<number> {
  if (!args.includes('--password-stdin')) {
    console.error('The admin password is read from standard input: add --password-stdin (never pass it as an argument).');
    return 2;
  }
  const orgPath = flag(args, 'org-file');
  const orgText = orgPath !== undefined ? readFile(orgPath) : undefined;
  if (orgPath !== undefined && orgText === undefined) return 1;
  const input = newTenantSchema.safeParse({
    slug: flag(args, 'slug'), name: flag(args, 'name'), adminEmail: flag(args, 'admin-email'),
    adminName: flag(args, 'admin-name') ?? 'Administratör', password: await readStdin(),
  });
  if (!input.success) {
    console.error('Usage: create-tenant --slug <s> --name <n> --admin-email <e> [--admin-name <n>] [--org-file <f>] --password-stdin');
    for (const i of input.error.issues) console.error(`  ${i.path.join('.')}: ${i.message}`);
    return 2;
  }
  try {
    const res = await setUpMunicipality(db, input.data, new Date(), orgText);
    console.log(`Created municipality ${input.data.slug} (${input.data.name}) with admin ${input.data.adminEmail}.`);
    if (res.imported) console.log(`Organisation: ${summary(res.imported)}`);
    console.log(`Sign in at /${input.data.slug}/personal/logga-in, then finish the set-up under Administration.`);
    return 0;
  } catch (err) {
    if (err instanceof Invalid && err.fields.password) {
      console.error('The admin password is not accepted: it is too easy to guess. Use a longer phrase of unrelated words.');
      return 2;
    }
    if (err instanceof ImportRejected) {
      console.error(`The organisation file has problems; nothing was created:\n${err.errors.map((e) => `  ${e}`).join('\n')}`);
      return 1;
    }
    throw err;
  }
}

export async function importOrgCommand(db: Kysely<DB>, args: string[]): Promise<number> {
  const slug = flag(args, 'tenant');
  const path = flag(args, 'file');
  if (!slug || !path) {
    console.error('Usage: import-org --tenant <slug> --file <units.csv|org.json> [--dry-run]');
    return 2;
  }
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) {
    console.error(`No municipality with slug "${slug}".`);
    return 1;
  }
  const text = readFile(path);
  if (text === undefined) return 1;
  const dryRun = args.includes('--dry-run');
  try {
    const res = await importOrganisation(db, tenant.id, null, text, new Date(), { dryRun });
    console.log(`${dryRun ? 'Dry run (nothing stored): ' : ''}${summary(res)}`);
    return 0;
  } catch (err) {
    if (err instanceof Invalid && err.fields.password) {
      console.error('The admin password is not accepted: it is too easy to guess. Use a longer phrase of unrelated words.');
      return 2;
    }
    if (err instanceof ImportRejected) {
      console.error(`The file has problems; nothing was imported:\n${err.errors.map((e) => `  ${e}`).join('\n')}`);
      return 1;
    }
    throw err;
  }
}
