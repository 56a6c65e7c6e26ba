import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Select } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { LOCALE_HTML_LANG, LOCALE_NAMES, TARGET_GROUPS, type TargetGroup } from '../../../platform/domain/vocab.js';
import type { LocalizedPage } from '../service.js';
import { formatDate, groupLabel, ui } from './labels.js';

export function PagesListPage({ ctx, pages, group }: { ctx: PageContext; pages: LocalizedPage[]; group?: TargetGroup }) {
  const { u, lang } = ui(ctx.locale);
  // Labels in Swedish on a right-to-left page (a language this module has no text for) read left to right.
  const uiDir = lang !== ctx.locale && ctx.dir === 'rtl' ? 'ltr' : undefined;
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={u.pagesTitle} contentLang={lang !== ctx.locale ? lang : undefined}
      crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: u.pagesTitle }]}>
      <div dir={uiDir}>
        <h1 safe>{u.pagesTitle}</h1>
        <p class="lede" safe>{u.pagesLede}</p>
        <form method="get" action={`/${slug}/information`} class="filters" role="search" aria-label={u.filterGroup}>
          <Select name="group" label={u.filterGroup} values={{ group: group ?? '' }} placeholder={u.allGroups}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, ctx.locale) }))} />
          <button type="submit" class="button button-secondary" safe>{u.show}</button>
        </form>
        {pages.length === 0 ? <p class="empty" safe>{u.none}</p> : (
          <ul class="cards">
            {pages.map((p) => (
              <li class="card" lang={p.fallback ? 'sv' : undefined} dir={p.fallback ? 'auto' : undefined}>
                <h2><a href={`/${slug}/information/${p.slug}`} safe>{p.title}</a></h2>
                <p safe>{p.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

export function InfoPageView({ ctx, page }: { ctx: PageContext; page: LocalizedPage }) {
  const { u, lang } = ui(ctx.locale);
  // Labels in Swedish on a right-to-left page (a language this module has no text for) read left to right.
  const uiDir = lang !== ctx.locale && ctx.dir === 'rtl' ? 'ltr' : undefined;
  const slug = ctx.tenant!.slug;
  const phone = ctx.tenant!.settings.contactPhone;
  const contentLang = page.fallback ? 'sv' : undefined;
  return (
    <Layout ctx={ctx} title={page.title} locales={page.locales} contentLang={contentLang}
      crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { href: `/${slug}/information`, label: ctx.t('nav.pages') }, { label: page.title }]}>
      <div dir={uiDir}>
        {page.fallback ? <Banner kind="info"><span lang={LOCALE_HTML_LANG[ctx.locale]} dir={ctx.dir} safe>{ctx.t('common.fallback')}</span></Banner> : ''}
        <div dir={page.fallback ? 'auto' : undefined}>
          <h1 safe>{page.title}</h1>
          {page.summary ? <p class="lede" safe>{page.summary}</p> : ''}
          <RichText text={page.body} />
        </div>
        <dl class="summary-list" lang={LOCALE_HTML_LANG[lang]}>
          <div class="summary-row">
            <dt safe>{u.forGroups}</dt>
            <dd safe>{page.targetGroups.length === 0 ? u.allGroups : page.targetGroups.map((g) => groupLabel(g, ctx.locale)).join(', ')}</dd>
          </div>
          {page.lastReviewedOn ? (
            <div class="summary-row"><dt safe>{u.reviewed}</dt><dd safe>{formatDate(page.lastReviewedOn, lang)}</dd></div>
          ) : ''}
          <div class="summary-row">
            <dt safe>{u.existsIn}</dt>
            <dd>{page.locales.map((l, i) => <>{i > 0 ? ', ' : ''}<span lang={LOCALE_HTML_LANG[l]} safe>{LOCALE_NAMES[l]}</span></>)}</dd>
          </div>
        </dl>
        <div lang={LOCALE_HTML_LANG[lang]}>
          <Banner kind="info" title={u.reachSomeone}>
            <p><a href={`/${slug}/kontakt`} safe>{u.contactCta}</a> – <span safe>{u.reachText}</span></p>
            {phone ? <p><span safe>{u.phone}</span>: <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} dir="ltr" safe>{phone}</a></p> : ''}
          </Banner>
        </div>
      </div>
    </Layout>
  );
}
