// Shared by the request module's tests: fill in and send the public form like a person does,
// step by step (test/contact-flow.ts), then "Skicka" on the check page.
import { Agent, type Page, type TestApp } from './harness.js';
import { walkContactForm } from './contact-flow.js';

export const anonymousForm = {
  mode: 'anonymous', name: 'Vildros', channel: 'phone', phone: '070-555 12 34', email: '', topic: 'talk',
  targetGroup: 'older', relativeAgeBand: '80_plus', ageBand: '45_64', language: 'sv', time: 'morning', heardVia: 'website', message: '', consent: 'on',
};

/** Walk the steps with these answers and send; returns the first error page or the final response. */
export async function sendForm(t: TestApp, agent: Agent, slug: string, form: Record<string, string | string[] | undefined>): Promise<Page> {
  return walkContactForm(t, agent, slug, form);
}

/** Send a valid form and follow to the status page; returns the page and the token. */
export async function submitAndFollow(t: TestApp, slug: string, form: Record<string, string | string[] | undefined> = anonymousForm) {
  const agent = new Agent(t.app);
  const res = await sendForm(t, agent, slug, form);
  if (res.status !== 303) throw new Error(`submit failed ${res.status}: ${res.$('.error-summary').text()}`);
  const token = res.location!.split('/status/')[1].split('?')[0];
  const status = await agent.get(res.location!);
  // Space submissions so the per-address limit is not what a test measures.
  t.clock.advance(60_000);
  return { agent, token, status, location: res.location! };
}
