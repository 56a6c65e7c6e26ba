// Walk the stepped contact form ("Jag vill bli kontaktad") the way a browser without JavaScript
// does: each step's form with its hidden fields and the chosen answers, "Fortsätt", and finally
// "Skicka" on the check-your-answers page. Stops at the first page that is not the next step.
import type { Agent, Page, TestApp } from './harness.js';
import { formFields } from './form-kit.js';
import { STEPS } from '../src/modules/requests/steps.js';

export type ContactAnswers = Record<string, string | string[] | undefined>;

const STEP_FIELDS = new Set<string>(STEPS.flatMap((s) => s.fields as readonly string[]));
const NAV = new Set(['nav', 'goto', 'change', 'dropSelfcheck']);
/** The page's fields without its CSRF token (the agent adds its own, as the browser sends one). */
const withoutToken = ({ _csrf: _, ...rest }: Record<string, string | string[]>) => rest;

/** Which step a page shows (its form's hidden `step`), or undefined on the check page. */
export const stepOfPage = (page: Page): string | undefined => page.$('main form input[name="step"]').attr('value');
export const isCheckPage = (page: Page, slug: string): boolean => page.$(`main form[action="/${slug}/kontakt"]`).length > 0 && stepOfPage(page) === undefined;

/**
 * From `start` (default: GET /{slug}/kontakt) through every step to the final POST. Answers for a
 * step's fields replace what the page holds (undefined: leave the field out); answers that are no
 * step's field (a honeypot, an unknown field, a forged stamp) are added to the final submit.
 * Returns the first page that is an error, or the final submit's response.
 */
export async function walkContactForm(t: TestApp, agent: Agent, slug: string, answers: ContactAnswers, start?: Page): Promise<Page> {
  let page = start ?? await agent.get(`/${slug}/kontakt`);
  for (let i = 0; i < STEPS.length + 1 && !isCheckPage(page, slug); i++) {
    const current = stepOfPage(page);
    const step = STEPS.find((s) => s.key === current);
    if (!step || page.status !== 200) return page;
    const { action, fields } = formFields(page, 'main form:has(input[name="step"])');
    const body: ContactAnswers = { ...withoutToken(fields) };
    for (const f of step.fields) if (f in answers) body[f] = answers[f];
    const next = await agent.post(action, { ...body, nav: 'next' });
    if (next.status !== 200 || stepOfPage(next) === current) return next;
    page = next;
  }
  if (!isCheckPage(page, slug)) return page;
  // A person needs a few seconds for the form (the fill-time check).
  t.clock.advance(5000);
  const { fields } = formFields(page, `main form[action="/${slug}/kontakt"]`);
  const extra = Object.fromEntries(Object.entries(answers).filter(([k]) => !STEP_FIELDS.has(k) && !NAV.has(k)));
  return agent.post(`/${slug}/kontakt`, { ...withoutToken(fields), ...extra });
}

/**
 * From GET /{slug}/kontakt through the steps before `key` (answering them with `answers`) to
 * the page of step `key`. Returns the first page that is not the next step (an error) otherwise.
 */
export async function openContactStep(agent: Agent, slug: string, key: string, answers: ContactAnswers = {}): Promise<Page> {
  let page = await agent.get(`/${slug}/kontakt`);
  for (let i = 0; i < STEPS.length && stepOfPage(page) !== key; i++) {
    const current = stepOfPage(page);
    const step = STEPS.find((s) => s.key === current);
    if (!step || page.status !== 200) return page;
    const { action, fields } = formFields(page, 'main form:has(input[name="step"])');
    const body: ContactAnswers = { ...withoutToken(fields) };
    for (const f of step.fields) if (f in answers) body[f] = answers[f];
    const next = await agent.post(action, { ...body, nav: 'next' });
    if (next.status !== 200 || stepOfPage(next) === current) return next;
    page = next;
  }
  return page;
}
