// npm run lighthouse: Lighthouse (pinned devDependency; runs on Node 20 with the system
// Chromium, CHROMIUM_PATH or /usr/bin/chromium) in its default mobile mode against five public
// pages in Swedish and Arabic, on a fresh demo database served by the compiled app as in
// production. Prints performance, best practices, SEO and accessibility per page and each
// audit that did not pass. Not part of npm test: Lighthouse scores depend on the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/db/clock.js';
import { startApp } from '../bench/processes.js';

const PAGES = ['/hassleholm', '/hassleholm/stod', '/hassleholm/information', '/hassleholm/aktiviteter', '/hassleholm/samarbetspartner'];
const CATEGORIES = ['performance', 'best-practices', 'seo', 'accessibility'] as const;

const dir = mkdtempSync(join(tmpdir(), 'bredvid-lighthouse-'));
const url = `sqlite:${join(dir, 'lighthouse.db')}`;
const database = openDatabase(url);
await migrateToLatest(database);
await seedDemo(database.db, systemClock.now());
await database.close();
const app = await startApp(url);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failed = false;
try {
  for (const lang of ['sv', 'ar']) {
    for (const path of PAGES) {
      const result = await lighthouse(`${app.base}${path}?lang=${lang}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`no result for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = CATEGORIES.map((c) => `${c} ${Math.round((categories[c]?.score ?? 0) * 100)}`);
      console.log(`${lang} ${path.padEnd(28)} ${scores.join('  ')}`);
      for (const c of CATEGORIES) {
        if ((categories[c]?.score ?? 0) < 1) failed = true;
        for (const ref of categories[c]?.auditRefs ?? []) {
          const a = audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`    ${c}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ` – ${a.displayValue}` : ''}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
