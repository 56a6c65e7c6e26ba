// The municipality's start page: am I a carer, what can I get, how do I reach someone — with
// the contact form, the catalogue and the information pages one step away.
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { translator, writtenIn } from '../../../platform/i18n/i18n.js';
import type { LocalizedPage } from '../service.js';
import { PAGES_MESSAGES } from '../messages.js';

export interface StartModel {
  intro: { text: string; fallback: boolean } | null;
  pages: LocalizedPage[];
  phone: string;
  email: string;
}

export function StartPage({ ctx, m }: { ctx: PageContext; m: StartModel }) {
  const t = translator(ctx.locale, PAGES_MESSAGES);
  const slug = ctx.tenant!.slug;
  const cards: [string, string, string][] = [
    [`/${slug}/stod`, t('pages.support'), t('pages.supportText')],
    [`/${slug}/information`, t('pages.pages'), t('pages.pagesText')],
    [`/${slug}/aktiviteter`, t('pages.events'), t('pages.eventsText')],
    [`/${slug}/belastningskoll`, t('pages.selfcheck'), t('pages.selfcheckText')],
    [`/${slug}/samarbetspartner`, t('pages.partners'), t('pages.partnersText')],
  ];
  return (
    <Layout ctx={ctx} title={t('pages.startTitle')}>
      <div>
        <h1 safe>{t('pages.startTitle')}</h1>
        {m.intro?.fallback ? <p class="hint" safe>{t('common.fallback')}</p> : ''}
        {m.intro ? <p class="lede" {...writtenIn(m.intro.fallback ? 'sv' : ctx.locale, ctx.locale)} safe>{m.intro.text}</p> : ''}
        <section class="banner" aria-labelledby="reach-title">
          <h2 id="reach-title" class="banner-title" safe>{t('pages.reachSomeone')}</h2>
          <p safe>{t('pages.reachText')}</p>
          <p><a href={`/${slug}/kontakt`} class="button button-primary" safe>{t('pages.contactCta')}</a></p>
          {m.phone || m.email ? (
            <ul>
              {m.phone ? <li><span safe>{t('pages.phone')}</span>: <a href={`tel:${m.phone.replace(/[^\d+]/g, '')}`} dir="ltr" safe>{m.phone}</a></li> : ''}
              {m.email ? <li><span safe>{t('pages.email')}</span>: <a href={`mailto:${m.email}`} class="break" safe>{m.email}</a></li> : ''}
            </ul>
          ) : ''}
        </section>
        <h2 safe>{t('pages.amICarer')}</h2>
        <p safe>{t('pages.amICarerText')}</p>
        <h2 safe>{t('pages.whatCanIGet')}</h2>
        <p safe>{t('pages.whatCanIGetText')}</p>
        <ul class="cards">
          {cards.map(([href, title, text]) => (
            <li class="card">
              <h3><a href={href} safe>{title}</a></h3>
              <p safe>{text}</p>
            </li>
          ))}
        </ul>
        {m.pages.length > 0 ? (
          <>
            <h2 safe>{t('pages.pages')}</h2>
            <ul>
              {m.pages.map((p) => (
                <li {...writtenIn(p.contentLang, ctx.locale)}><a href={`/${slug}/information/${p.slug}`} safe>{p.title}</a></li>
              ))}
            </ul>
          </>
        ) : ''}
      </div>
    </Layout>
  );
}
