import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Pagination, Select, TextField } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { AGE_BANDS, LOCALE_NAMES, OFFERING_TYPES, TARGET_GROUPS, PROVIDER_KIND_LABELS } from '../../../platform/domain/vocab.js';
import type { LocalizedOffering } from '../service.js';
import type { CatalogQuery } from '../schema.js';
import { groupLabel, typeLabel, ui } from './labels.js';
import { ACTIVITIES, RELATIVE_AGE } from './relative-age.js';
import type { FoundActivity } from '../../events/service.js';

function ageText(o: LocalizedOffering): string {
  if (o.carerMinAge !== null && o.carerMaxAge !== null) return `${o.carerMinAge}–${o.carerMaxAge}`;
  if (o.carerMinAge !== null) return `${o.carerMinAge}+`;
  if (o.carerMaxAge !== null) return `0–${o.carerMaxAge}`;
  return '';
}

function Tags({ o, ctx }: { o: LocalizedOffering; ctx: PageContext }) {
  const u = ui(ctx.locale);
  return (
    <ul class="tags">
      <li class="tag" safe>{typeLabel(o.type, ctx.locale)}</li>
      <li class="tag" safe>{o.needsAssessment ? u.needsAssessment : u.noAssessment}</li>
      <li class="tag" safe>{o.supportKind === 'direct' ? u.direct : u.indirect}</li>
    </ul>
  );
}

export function CatalogListPage({ ctx, offerings, activities, query, total, pages }: { ctx: PageContext; offerings: LocalizedOffering[]; activities: FoundActivity[]; query: CatalogQuery; total: number; pages: number }) {
  const u = ui(ctx.locale);
  const slug = ctx.tenant!.slug;
  const values = { q: query.q ?? '', group: query.group ?? '', relativeAge: query.relativeAge ?? '', type: query.type ?? '', assessment: query.assessment ?? '' };
  const ra = RELATIVE_AGE[ctx.locale];
  const pageHref = (p: number) => {
    const params = new URLSearchParams(Object.entries({ ...values, page: String(p) }).filter(([, v]) => v !== ''));
    return `/${slug}/stod?${params.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={u.title}>
      <h1 safe>{u.title}</h1>
      <p class="lede" safe>{u.lede}</p>
      <div class="layout-2">
        <form method="get" action={`/${slug}/stod`} class="filters" role="search" aria-label={u.filters}>
          <TextField name="q" label={u.q} type="search" values={values} maxlength={100} />
          <Select name="group" label={u.group} values={values} placeholder={u.any}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, ctx.locale) }))} />
          <Select name="relativeAge" label={ra.filter} values={values} placeholder={ra.any}
            options={AGE_BANDS.map((b) => ({ value: b, label: ra.bands[b] }))} />
          <Select name="type" label={u.type} values={values} placeholder={u.any}
            options={OFFERING_TYPES.map((t) => ({ value: t, label: typeLabel(t, ctx.locale) }))} />
          <Select name="assessment" label={u.assessment} values={values} placeholder={u.any}
            options={[{ value: 'without', label: u.without }, { value: 'with', label: u.with }]} />
          <button type="submit" class="button button-primary" safe>{u.apply}</button>
        </form>
        <div>
          <p role="status" safe>{ctx.t('common.results', { count: total })}</p>
          {offerings.length === 0 ? <p class="empty" safe>{u.none}</p> : (
            <ul class="cards">
              {offerings.map((o) => (
                <li class="card" lang={o.fallback ? 'sv' : undefined}>
                  <h2><a href={`/${slug}/stod/${o.id}`} safe>{o.title}</a></h2>
                  <p safe>{o.summary}</p>
                  <Tags o={o} ctx={ctx} />
                </li>
              ))}
            </ul>
          )}
          <Pagination ctx={ctx} page={query.page} pages={pages} href={pageHref} />
          {activities.length > 0 ? (
            <section aria-labelledby="aktiviteter">
              <h2 id="aktiviteter" safe>{ACTIVITIES[ctx.locale].title}</h2>
              <ul>
                {activities.map((x) => (
                  <li lang="sv"><a href={`/${slug}/aktiviteter/${x.id}`} safe>{x.title}</a></li>
                ))}
              </ul>
            </section>
          ) : ''}
          <Banner kind="info" title={u.askContact}>
            <a href={`/${slug}/kontakt`} safe>{u.askContactLink}</a>
          </Banner>
        </div>
      </div>
    </Layout>
  );
}

export function OfferingPage({ ctx, o }: { ctx: PageContext; o: LocalizedOffering }) {
  const u = ui(ctx.locale);
  const slug = ctx.tenant!.slug;
  const age = ageText(o);
  return (
    <Layout ctx={ctx} title={o.title} contentLang={o.fallback ? 'sv' : undefined}
      crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { href: `/${slug}/stod`, label: u.title }, { label: o.title }]}>
      {o.fallback ? <Banner kind="info"><span lang={ctx.locale} safe>{ctx.t('common.fallback')}</span></Banner> : ''}
      <h1 safe>{o.title}</h1>
      <p class="lede" safe>{o.summary}</p>
      <Tags o={o} ctx={ctx} />
      {o.description ? <RichText text={o.description} /> : ''}
      <h2 safe>{u.howToGet}</h2>
      <RichText text={o.howToGet} headingLevel={3} />
      <dl class="summary-list">
        <div class="summary-row"><dt safe>{u.provider}</dt><dd><span safe>{o.providerName}</span> (<span safe>{PROVIDER_KIND_LABELS[o.providerKind]}</span>)</dd></div>
        <div class="summary-row"><dt safe>{u.groups}</dt><dd safe>{o.targetGroups.length === 0 ? u.allGroups : o.targetGroups.map((g) => groupLabel(g, ctx.locale)).join(', ')}</dd></div>
        {age ? <div class="summary-row"><dt safe>{u.ages}</dt><dd safe>{age}</dd></div> : ''}
        {o.relativeMinAge !== null ? <div class="summary-row"><dt safe>{RELATIVE_AGE[ctx.locale].row}</dt><dd safe>{RELATIVE_AGE[ctx.locale].atLeast(o.relativeMinAge)}</dd></div> : ''}
        <div class="summary-row"><dt safe>{u.languages}</dt><dd safe>{o.languages.map((l) => LOCALE_NAMES[l]).join(', ')}</dd></div>
        <div class="summary-row"><dt safe>{u.cost}</dt><dd safe>{o.cost}</dd></div>
        <div class="summary-row"><dt safe>{u.contact}</dt><dd safe>{o.contact}</dd></div>
      </dl>
      <Banner kind="info" title={u.askContact}>
        <a href={`/${slug}/kontakt`} safe>{u.askContactLink}</a>
      </Banner>
    </Layout>
  );
}
