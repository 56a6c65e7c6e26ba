// Following a visitor's links through the app (GET only), for tests that must reach every page a
// role can: the hostile-input test collects the forms it finds, the query-plan test the SQL.
import type { Agent, Page } from './harness.js';

export interface CrawlOptions {
  /** Only links starting with this are followed. */
  within: string;
  /** At most this many pages are fetched. */
  limit: number;
  /** Links matching this are not followed (sign-out, downloads). */
  skip: RegExp;
  /** Called with every HTML page answered 200. */
  onPage?: (page: Page, url: string) => void;
}

/** Breadth first from `starts`; the number of pages fetched. */
export async function crawl(agent: Agent, starts: string[], opts: CrawlOptions): Promise<number> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  let fetched = 0;
  while (queue.length > 0 && fetched < opts.limit) {
    const url = queue.shift()!;
    const page = await agent.get(url);
    fetched++;
    if (page.status !== 200 || !String(page.headers['content-type']).includes('text/html')) continue;
    opts.onPage?.(page, url);
    page.$('a[href]').each((_, el) => {
      const href = (page.$(el).attr('href') ?? '').split('#')[0]!;
      if (!href.startsWith(opts.within) || seen.has(href) || opts.skip.test(href)) return;
      seen.add(href);
      queue.push(href);
    });
  }
  return fetched;
}
