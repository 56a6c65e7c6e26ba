import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Select } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { LOCALE_HTML_LANG, LOCALE_NAMES, TARGET_GROUPS, type TargetGroup } from '../../../platform/domain/vocab.js';
import { dirOf, translator, writtenIn } from '../../../platform/i18n/i18n.js';
import { formatLongDate } from '../../../platform/i18n/dates.js';
import type { LocalizedPage } from '../service.js';
import { PAGES_MESSAGES } from '../messages.js';

export function PagesListPage({ ctx, pages, group }: { ctx: PageContext; pages: LocalizedPage[]; group?: TargetGroup }) {
  const t = translator(ctx.locale, PAGES_MESSAGES);
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={t('pages.pagesTitle')}
      crumbs={[{ href: `/${slug}`, label: t('nav.start') }, { label: t('pages.pagesTitle') }]}>
      <h1 safe>{t('pages.pagesTitle')}</h1>
      <p class="lede" safe>{t('pages.pagesLede')}</p>
      <form method="get" action={`/${slug}/information`} class="filters" role="search" aria-label={t('pages.filterGroup')}>
        <Select name="group" label={t('pages.filterGroup')} values={{ group: group ?? '' }} placeholder={t('pages.allGroups')}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`vocab.group.${g}`) }))} />
        <button type="submit" class="button button-secondary" safe>{t('pages.show')}</button>
      </form>
      {pages.length === 0 ? <p class="empty" safe>{t('pages.none')}</p> : (
        <ul class="cards">
          {pages.map((p) => (
            <li class="card" {...writtenIn(p.contentLang, ctx.locale)}>
              <h2><a href={`/${slug}/information/${p.slug}`} safe>{p.title}</a></h2>
              <p safe>{p.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function InfoPageView({ ctx, page }: { ctx: PageContext; page: LocalizedPage }) {
  const t = translator(ctx.locale, PAGES_MESSAGES);
  const slug = ctx.tenant!.slug;
  const phone = ctx.tenant!.settings.contactPhone;
  return (
    <Layout ctx={ctx} title={page.title}
      crumbs={[{ href: `/${slug}`, label: t('nav.start') }, { href: `/${slug}/information`, label: t('nav.pages') }, { label: page.title, lang: page.contentLang }]}>
      {page.fallback ? <Banner kind="info"><span safe>{t('common.fallback')}</span></Banner> : ''}
      <div {...writtenIn(page.contentLang, ctx.locale)}>
        <h1 safe>{page.title}</h1>
        {page.summary ? <p class="lede" safe>{page.summary}</p> : ''}
        <RichText text={page.body} />
      </div>
      <dl class="summary-list">
        <div class="summary-row">
          <dt safe>{t('pages.forGroups')}</dt>
          <dd safe>{page.targetGroups.length === 0 ? t('pages.allGroups') : page.targetGroups.map((g) => t(`vocab.group.${g}`)).join(', ')}</dd>
        </div>
        {page.lastReviewedOn ? (
          <div class="summary-row"><dt safe>{t('pages.reviewed')}</dt><dd safe>{formatLongDate(page.lastReviewedOn, ctx.locale)}</dd></div>
        ) : ''}
        <div class="summary-row">
          <dt safe>{t('pages.existsIn')}</dt>
          <dd>{page.locales.map((l, i) => <>{i > 0 ? ', ' : ''}<span lang={LOCALE_HTML_LANG[l]} dir={dirOf(l)} safe>{LOCALE_NAMES[l]}</span></>)}</dd>
        </div>
      </dl>
      <Banner kind="info" title={t('pages.reachSomeone')}>
        <p><a href={`/${slug}/kontakt`} safe>{t('pages.contactCta')}</a> – <span safe>{t('pages.reachText')}</span></p>
        {phone ? <p><span safe>{t('pages.phone')}</span>: <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} dir="ltr" safe>{phone}</a></p> : ''}
      </Banner>
    </Layout>
  );
}
