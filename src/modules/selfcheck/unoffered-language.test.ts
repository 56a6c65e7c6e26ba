// A reader whose language the municipality does not offer (issue 16): every self-check screen
// (start, each question, the result) is in Swedish and says so in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, type Page, type TestApp } from '../../../test/harness.js';
import { translator } from '../../platform/i18n/i18n.js';
import { walkOnePerScreen } from '../../../test/form-kit.js';

const notice = (p: Page) => p.$('main p[lang=ar]').filter((_, e) => p.$(e).text() === translator('ar')('layout.notOffered'));

describe.each(DIALECTS)('belastningskoll in a language the municipality does not offer on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['herrljunga'] });
  });
  afterAll(async () => t?.close());

  it('says on every screen, in Arabic, that the page is in Swedish', async () => {
    const a = new Agent(t.app);
    await a.get('/herrljunga?lang=ar'); // the cookie remembers Arabic; Herrljunga offers sv, sv-easy, en, fi
    const pages = await walkOnePerScreen(a, 'herrljunga', () => 2);
    expect(pages.length).toBeGreaterThan(3);
    const last = pages[pages.length - 1];
    expect(last.$('main input[type=radio][name^="a_"]').length).toBe(0); // the result screen
    for (const [i, p] of pages.entries()) {
      expect({ i, status: p.status, html: p.$('html').attr('lang'), notices: notice(p).length }).toEqual({ i, status: 200, html: 'sv', notices: 1 });
      expect(notice(p).attr('dir')).toBe('rtl');
    }
    // An offered language gets no such notice.
    const en = new Agent(t.app);
    await en.get('/herrljunga?lang=en');
    for (const p of await walkOnePerScreen(en, 'herrljunga', () => 2)) expect(p.$('main p[lang=ar]').length).toBe(0);
  });
});
