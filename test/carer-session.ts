// Signing a carer in to Mina sidor the way a person does: ask for a code, read it from the outbox
// (as the carer reads their mail), type it. Shared by tests of modules built on carer accounts.
import { Agent, nextAddress, type TestApp } from './harness.js';

export async function signInCarer(t: TestApp, slug: string, email: string, agent = new Agent(t.app, {}, nextAddress())): Promise<Agent> {
  await agent.get(`/${slug}/mina-sidor/logga-in`);
  const codePage = await agent.post(`/${slug}/mina-sidor/logga-in`, { kind: 'email', email, phone: '' });
  if (codePage.status !== 200) throw new Error(`code request failed ${codePage.status}`);
  const codeId = codePage.$('input[name="codeId"]').attr('value')!;
  const row = await t.db.selectFrom('outbox').select('body_text').where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
  const code = /\b(\d{6})\b/.exec(row.body_text)![1]!;
  const done = await agent.post(`/${slug}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code });
  if (done.status !== 303) throw new Error(`sign-in failed ${done.status}`);
  await agent.get(`/${slug}/mina-sidor`);
  return agent;
}
