import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Pagination, pagedTitle, Select, TextField } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { AGE_BANDS, LOCALE_HTML_LANG, LOCALE_NAMES, OFFERING_TYPES, TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import { dirOf, translator, type Translate, writtenIn } from '../../../platform/i18n/i18n.js';
import type { LocalizedOffering } from '../service.js';
import type { CatalogQuery } from '../schema.js';
import { CATALOG_MESSAGES } from '../messages.js';

const tr = (ctx: PageContext): Translate => translator(ctx.locale, CATALOG_MESSAGES);
import { ACTIVITIES, RELATIVE_AGE } from './relative-age.js';
import { CONDITIONS, conditionLines } from '../conditions.js';
import type { FoundActivity } from '../../events/service.js';

/** A card's conditions, short: one line each, label and plain words; nothing when it sets none. */
function CardConditions({ o, t }: { o: LocalizedOffering; t: Translate }) {
  const lines = conditionLines(o, t);
  if (o.targetGroups.length > 0) lines.unshift({ label: t('catalog.groups'), text: o.targetGroups.map((g) => t(`vocab.group.${g}`)).join(', ') });
  if (lines.length === 0) return '';
  return (
    <ul class="conditions" aria-label={t('catalog.cond.cardTitle')}>
      {lines.map((l) => <li><span class="condition-label" safe>{l.label}:</span> <span safe>{l.text}</span></li>)}
    </ul>
  );
}

function Tags({ o, t }: { o: LocalizedOffering; t: Translate }) {
  return (
    <ul class="tags">
      <li class="tag" safe>{t(`vocab.offering.${o.type}`)}</li>
      <li class="tag" safe>{o.needsAssessment ? t('catalog.needsAssessment') : t('catalog.noAssessment')}</li>
      <li class="tag" safe>{o.supportKind === 'direct' ? t('catalog.direct') : t('catalog.indirect')}</li>
    </ul>
  );
}

function AskContact({ ctx, t }: { ctx: PageContext; t: Translate }) {
  return (
    <Banner kind="info" title={t('catalog.askContact')}>
      <a href={`/${ctx.tenant!.slug}/kontakt`} safe>{t('catalog.askContactLink')}</a>
    </Banner>
  );
}

export function CatalogListPage({ ctx, offerings, activities, query, total, pages }: { ctx: PageContext; offerings: LocalizedOffering[]; activities: FoundActivity[]; query: CatalogQuery; total: number; pages: number }) {
  const t = tr(ctx);
  const slug = ctx.tenant!.slug;
  const values = { q: query.q ?? '', group: query.group ?? '', relativeAge: query.relativeAge ?? '', type: query.type ?? '', assessment: query.assessment ?? '',
    carerAge: query.carerAge === undefined ? '' : String(query.carerAge), livesTogether: query.livesTogether ?? '' };
  const c = CONDITIONS[ctx.locale];
  const ra = RELATIVE_AGE[ctx.locale];
  const pageHref = (p: number) => {
    const params = new URLSearchParams(Object.entries({ ...values, page: String(p) }).filter(([, v]) => v !== ''));
    return `/${slug}/stod?${params.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={pagedTitle(ctx, t('catalog.title'), query.page, pages)}>
      <h1 safe>{t('catalog.title')}</h1>
      <p class="lede" safe>{t('catalog.lede')}</p>
      <div class="layout-2">
        <form method="get" action={`/${slug}/stod`} class="filters" role="search" aria-label={t('catalog.filters')}>
          <TextField name="q" label={t('catalog.q')} type="search" values={values} maxlength={100} />
          <Select name="group" label={t('catalog.group')} values={values} placeholder={t('catalog.any')}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`vocab.group.${g}`) }))} />
          <Select name="relativeAge" label={ra.filter} values={values} placeholder={ra.any}
            options={AGE_BANDS.map((b) => ({ value: b, label: ra.bands[b] }))} />
          <fieldset class="fieldset">
            <legend safe>{c.situation}</legend>
            <TextField name="carerAge" label={c.carerAge} hint={c.carerAgeHint} inputmode="numeric" width="short" values={values} maxlength={3} />
            <Select name="livesTogether" label={c.livesTogether} values={values} placeholder={c.either}
              options={[{ value: 'yes', label: c.yes }, { value: 'no', label: c.no }]} />
          </fieldset>
          <Select name="type" label={t('catalog.type')} values={values} placeholder={t('catalog.any')}
            options={OFFERING_TYPES.map((x) => ({ value: x, label: t(`vocab.offering.${x}`) }))} />
          <Select name="assessment" label={t('catalog.assessment')} values={values} placeholder={t('catalog.any')}
            options={[{ value: 'without', label: t('catalog.without') }, { value: 'with', label: t('catalog.with') }]} />
          <button type="submit" class="button button-primary" safe>{t('catalog.apply')}</button>
        </form>
        <div>
          <p role="status" safe>{t('common.results', { count: total })}</p>
          {offerings.length === 0 ? <p class="empty" safe>{t('catalog.none')}</p> : (
            <ul class="cards">
              {offerings.map((o) => {
                const written = writtenIn(o.contentLang, ctx.locale);
                return (
                  <li class="card">
                    <h2><a href={`/${slug}/stod/${o.id}`} {...written} safe>{o.title}</a></h2>
                    <p {...written} safe>{o.summary}</p>
                    <Tags o={o} t={t} />
                    <CardConditions o={o} t={t} />
                  </li>
                );
              })}
            </ul>
          )}
          <Pagination ctx={ctx} page={query.page} pages={pages} href={pageHref} />
          {activities.length > 0 ? (
            <section aria-labelledby="aktiviteter">
              <h2 id="aktiviteter" safe>{ACTIVITIES[ctx.locale].title}</h2>
              <ul>
                {activities.map((x) => (
                  <li {...writtenIn(x.textLang, ctx.locale)}><a href={`/${slug}/aktiviteter/${x.id}`} safe>{x.title}</a></li>
                ))}
              </ul>
            </section>
          ) : ''}
          <AskContact ctx={ctx} t={t} />
        </div>
      </div>
    </Layout>
  );
}

export function OfferingPage({ ctx, o, activities }: { ctx: PageContext; o: LocalizedOffering; activities?: { count: number; href: string } }) {
  const t = tr(ctx);
  const slug = ctx.tenant!.slug;
  const written = writtenIn(o.contentLang, ctx.locale);
  // Provider, cost and contact are written once, in Swedish.
  const swedish = writtenIn('sv', ctx.locale);
  return (
    <Layout ctx={ctx} title={o.title}
      crumbs={[{ href: `/${slug}`, label: t('nav.start') }, { href: `/${slug}/stod`, label: t('catalog.title') }, { label: o.title, lang: o.contentLang }]}>
      {o.fallback ? <Banner kind="info"><span safe>{t('common.fallback')}</span></Banner> : ''}
      <h1 {...written} safe>{o.title}</h1>
      <p class="lede" {...written} safe>{o.summary}</p>
      <Tags o={o} t={t} />
      {o.description ? <div {...written}><RichText text={o.description} /></div> : ''}
      <h2 safe>{t('catalog.howToGet')}</h2>
      <div {...written}><RichText text={o.howToGet} headingLevel={3} /></div>
      {activities ? (
        <>
          <h2 safe>{t('catalog.activities')}</h2>
          <p><a href={activities.href} safe>{t('catalog.activitiesLink', { n: activities.count })}</a></p>
        </>
      ) : ''}
      <dl class="summary-list">
        <div class="summary-row"><dt safe>{t('catalog.provider')}</dt><dd><span {...swedish} safe>{o.providerName}</span> (<span safe>{t(`vocab.provider.${o.providerKind}`)}</span>)</dd></div>
        <div class="summary-row"><dt safe>{t('catalog.groups')}</dt><dd safe>{o.targetGroups.length === 0 ? t('catalog.allGroups') : o.targetGroups.map((g) => t(`vocab.group.${g}`)).join(', ')}</dd></div>
        {conditionLines(o, t).map((l) => <div class="summary-row"><dt safe>{l.label}</dt><dd safe>{l.text}</dd></div>)}
        <div class="summary-row"><dt safe>{t('catalog.languages')}</dt><dd>{o.languages.map((l, i) => <>{i > 0 ? ', ' : ''}<span lang={LOCALE_HTML_LANG[l]} dir={dirOf(l)} safe>{LOCALE_NAMES[l]}</span></>)}</dd></div>
        <div class="summary-row"><dt safe>{t('catalog.cost')}</dt><dd {...swedish} safe>{o.cost}</dd></div>
        <div class="summary-row"><dt safe>{t('catalog.contact')}</dt><dd {...swedish} safe>{o.contact}</dd></div>
      </dl>
      <AskContact ctx={ctx} t={t} />
    </Layout>
  );
}
