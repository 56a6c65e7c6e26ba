// Test helpers: submit a page's form the way a browser without JavaScript does (its hidden
// fields and checked choices, plus the pressed button), and walk a whole self-check.
import { sql, type Kysely } from 'kysely';
import type { Agent, Page } from './harness.js';
import type { DB } from '../src/platform/db/schema.js';
import type { Dialect } from '../src/platform/db/database.js';

export type Fields = Record<string, string | string[]>;

/** The fields a browser would send from a form: hidden inputs, checked radios/checkboxes, selects. */
export function formFields(page: Page, formSelector: string): { action: string; fields: Fields } {
  const form = page.$(formSelector).first();
  if (form.length === 0) throw new Error(`no form ${formSelector} on page: ${page.$('h1').text()}`);
  const fields: Fields = {};
  const add = (k: string, v: string) => {
    const cur = fields[k];
    fields[k] = cur === undefined ? v : Array.isArray(cur) ? [...cur, v] : [cur, v];
  };
  form.find('input').each((_, el) => {
    const e = page.$(el);
    const name = e.attr('name');
    const type = e.attr('type') ?? 'text';
    if (!name || type === 'submit') return;
    if ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined) return;
    add(name, e.attr('value') ?? '');
  });
  form.find('select').each((_, el) => {
    const e = page.$(el);
    const selected = e.find('option[selected]').attr('value') ?? e.find('option').first().attr('value') ?? '';
    add(e.attr('name')!, selected);
  });
  form.find('textarea').each((_, el) => add(page.$(el).attr('name')!, page.$(el).text()));
  return { action: form.attr('action')!, fields };
}

/** Submit the form, overriding fields, pressing the button name=value. The agent's CSRF token comes from the page. */
export async function submit(agent: Agent, page: Page, formSelector: string, overrides: Fields = {}, button?: [string, string]): Promise<Page> {
  const { action, fields } = formFields(page, formSelector);
  const body: Fields = { ...fields, ...overrides };
  if (button) body[button[0]] = button[1];
  delete body._csrf; // the agent adds its own (the same token the page carried)
  return agent.post(action, body);
}

/** The item key the question screen asks (from its radio name a_<key>). */
export const currentItem = (page: Page): string => page.$('main form input[type=radio]').first().attr('name')!.slice(2);

/**
 * A whole self-check one question per screen: answer(key, index) gives the value or 'skip'.
 * Returns every page seen, the last being the result.
 */
export async function walkOnePerScreen(agent: Agent, slug: string, answer: (key: string, i: number) => number | 'skip', group = ''): Promise<Page[]> {
  const start = await agent.get(`/${slug}/belastningskoll`);
  const pages: Page[] = [start];
  let page = await submit(agent, start, 'main form', { mode: 'one', group }, ['action', 'start']);
  pages.push(page);
  for (let i = 0; i < 100 && page.$('main input[type=radio][name^="a_"]').length > 0; i++) {
    const key = currentItem(page);
    const a = answer(key, i);
    page = a === 'skip' ? await submit(agent, page, 'main form', {}, ['action', 'skip']) : await submit(agent, page, 'main form', { [`a_${key}`]: String(a) }, ['action', 'next']);
    pages.push(page);
  }
  return pages;
}

/** Row count of every table in the database, found by introspection. */
export async function rowCounts(db: Kysely<DB>, dialect: Dialect): Promise<Record<string, number>> {
  const names = dialect === 'sqlite'
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows.map((r) => r.name)
    : (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db)).rows.map((r) => r.name);
  const out: Record<string, number> = {};
  for (const name of names.sort()) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    out[name] = Number(r.rows[0].n);
  }
  return out;
}
