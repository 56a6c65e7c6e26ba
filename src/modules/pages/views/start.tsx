// The municipality's start page: am I a carer, what can I get, how do I reach someone — with
// the contact form, the catalogue and the information pages one step away.
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { LOCALE_HTML_LANG } from '../../../platform/domain/vocab.js';
import type { LocalizedPage } from '../service.js';
import { ui } from './labels.js';

export interface StartModel {
  intro: { text: string; fallback: boolean } | null;
  pages: LocalizedPage[];
  phone: string;
  email: string;
}

export function StartPage({ ctx, m }: { ctx: PageContext; m: StartModel }) {
  const { u, lang } = ui(ctx.locale);
  // Labels in Swedish on a right-to-left page (a language this module has no text for) read left to right.
  const uiDir = lang !== ctx.locale && ctx.dir === 'rtl' ? 'ltr' : undefined;
  const slug = ctx.tenant!.slug;
  const cards: [string, string, string][] = [
    [`/${slug}/stod`, u.support, u.supportText],
    [`/${slug}/information`, u.pages, u.pagesText],
    [`/${slug}/aktiviteter`, u.events, u.eventsText],
    [`/${slug}/belastningskoll`, u.selfcheck, u.selfcheckText],
    [`/${slug}/samarbetspartner`, u.partners, u.partnersText],
  ];
  return (
    <Layout ctx={ctx} title={u.startTitle} contentLang={lang !== ctx.locale ? lang : undefined}>
      <div dir={uiDir}>
        <h1 safe>{u.startTitle}</h1>
        {m.intro ? <p class="lede" lang={m.intro.fallback ? 'sv' : undefined} dir={m.intro.fallback ? 'auto' : undefined} safe>{m.intro.text}</p> : ''}
        <section class="banner" aria-labelledby="reach-title">
          <h2 id="reach-title" class="banner-title" safe>{u.reachSomeone}</h2>
          <p safe>{u.reachText}</p>
          <p><a href={`/${slug}/kontakt`} class="button button-primary" safe>{u.contactCta}</a></p>
          {m.phone || m.email ? (
            <ul>
              {m.phone ? <li><span safe>{u.phone}</span>: <a href={`tel:${m.phone.replace(/[^\d+]/g, '')}`} dir="ltr" safe>{m.phone}</a></li> : ''}
              {m.email ? <li><span safe>{u.email}</span>: <a href={`mailto:${m.email}`} class="break" safe>{m.email}</a></li> : ''}
            </ul>
          ) : ''}
        </section>
        <h2 safe>{u.amICarer}</h2>
        <p safe>{u.amICarerText}</p>
        <h2 safe>{u.whatCanIGet}</h2>
        <p safe>{u.whatCanIGetText}</p>
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
            <h2 safe>{u.pages}</h2>
            <ul>
              {m.pages.map((p) => (
                <li lang={p.fallback ? 'sv' : LOCALE_HTML_LANG[p.contentLang]}><a href={`/${slug}/information/${p.slug}`} dir={p.fallback ? 'auto' : undefined} safe>{p.title}</a></li>
              ))}
            </ul>
          </>
        ) : ''}
      </div>
    </Layout>
  );
}
