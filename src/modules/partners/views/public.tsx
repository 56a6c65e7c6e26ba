import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Select } from '../../../platform/views/components.js';
import { PARTNER_KINDS, TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import type { LocalizedPartner } from '../service.js';
import type { PartnersQuery } from '../schema.js';
import { groupLabel, kindLabel, ui } from './labels.js';

export function PartnersPage({ ctx, partners, query }: { ctx: PageContext; partners: LocalizedPartner[]; query: PartnersQuery }) {
  const { u, lang } = ui(ctx.locale);
  // Labels in Swedish on a right-to-left page (a language this module has no text for) read left to right.
  const uiDir = lang !== ctx.locale && ctx.dir === 'rtl' ? 'ltr' : undefined;
  const slug = ctx.tenant!.slug;
  const values = { kind: query.kind ?? '', group: query.group ?? '' };
  return (
    <Layout ctx={ctx} title={u.title} contentLang={lang !== ctx.locale ? lang : undefined}
      crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: u.title }]}>
      <div dir={uiDir}>
        <h1 safe>{u.title}</h1>
        <p class="lede" safe>{u.lede}</p>
        <div class="layout-2">
          <form method="get" action={`/${slug}/samarbetspartner`} class="filters" role="search" aria-label={u.filters}>
            <Select name="kind" label={u.kind} values={values} placeholder={u.any} options={PARTNER_KINDS.map((k) => ({ value: k, label: kindLabel(k, ctx.locale) }))} />
            <Select name="group" label={u.group} values={values} placeholder={u.any} options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, ctx.locale) }))} />
            <button type="submit" class="button button-primary" safe>{u.apply}</button>
          </form>
          <div>
            <p role="status" safe>{ctx.t('common.results', { count: partners.length })}</p>
            {partners.length === 0 ? <p class="empty" safe>{u.none}</p> : (
              <ul class="cards">
                {partners.map((p) => (
                  <li class="card">
                    <h2 safe>{p.name}</h2>
                    <ul class="tags">
                      <li class="tag" safe>{kindLabel(p.kind, ctx.locale)}</li>
                      {p.councilMember ? <li class="tag" safe>{u.council}</li> : ''}
                    </ul>
                    <p lang={p.fallback && ctx.locale !== 'sv' ? 'sv' : undefined} dir="auto" safe>{p.offers}</p>
                    <dl class="summary-list">
                      <div class="summary-row"><dt safe>{u.group}</dt><dd safe>{p.targetGroups.length === 0 ? u.allGroups : p.targetGroups.map((g) => groupLabel(g, ctx.locale)).join(', ')}</dd></div>
                      <div class="summary-row"><dt safe>{u.contact}</dt><dd lang="sv" dir="auto" safe>{p.contact}</dd></div>
                      {p.url ? <div class="summary-row"><dt safe>{u.website}</dt><dd><a href={p.url} safe>{p.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a></dd></div> : ''}
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </div>
    </Layout>
  );
}
