import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Select } from '../../../platform/views/components.js';
import { PARTNER_KINDS, TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import { translator, writtenIn } from '../../../platform/i18n/i18n.js';
import type { LocalizedPartner } from '../service.js';
import type { PartnersQuery } from '../schema.js';
import { PARTNERS_MESSAGES } from '../messages.js';

export function PartnersPage({ ctx, partners, query }: { ctx: PageContext; partners: LocalizedPartner[]; query: PartnersQuery }) {
  const t = translator(ctx.locale, PARTNERS_MESSAGES);
  const slug = ctx.tenant!.slug;
  const values = { kind: query.kind ?? '', group: query.group ?? '' };
  // Names and contact details are written once, in Swedish.
  const swedish = writtenIn('sv', ctx.locale);
  const anyFallback = ctx.locale !== 'sv' && partners.some((p) => p.fallback);
  return (
    <Layout ctx={ctx} title={t('partners.title')}
      crumbs={[{ href: `/${slug}`, label: t('nav.start') }, { label: t('partners.title') }]}>
      <h1 safe>{t('partners.title')}</h1>
      <p class="lede" safe>{t('partners.lede')}</p>
      <div class="layout-2">
        <form method="get" action={`/${slug}/samarbetspartner`} class="filters" role="search" aria-label={t('partners.filters')}>
          <Select name="kind" label={t('partners.kind')} values={values} placeholder={t('partners.any')} options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`vocab.partner.${k}`) }))} />
          <Select name="group" label={t('partners.group')} values={values} placeholder={t('partners.any')} options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`vocab.group.${g}`) }))} />
          <button type="submit" class="button button-primary" safe>{t('partners.apply')}</button>
        </form>
        <div>
          <p role="status" safe>{t('common.results', { count: partners.length })}</p>
          {anyFallback ? <p class="hint" safe>{t('common.fallback')}</p> : ''}
          {partners.length === 0 ? <p class="empty" safe>{t('partners.none')}</p> : (
            <ul class="cards">
              {partners.map((p) => (
                <li class="card">
                  <h2 {...swedish} safe>{p.name}</h2>
                  <ul class="tags">
                    <li class="tag" safe>{t(`vocab.partner.${p.kind}`)}</li>
                    {p.councilMember ? <li class="tag" safe>{t('partners.council')}</li> : ''}
                  </ul>
                  <p {...(p.fallback ? swedish : {})} safe>{p.offers}</p>
                  <dl class="summary-list">
                    <div class="summary-row"><dt safe>{t('partners.group')}</dt><dd safe>{p.targetGroups.length === 0 ? t('partners.allGroups') : p.targetGroups.map((g) => t(`vocab.group.${g}`)).join(', ')}</dd></div>
                    <div class="summary-row"><dt safe>{t('partners.contact')}</dt><dd {...swedish} safe>{p.contact}</dd></div>
                    {p.url ? <div class="summary-row"><dt safe>{t('partners.website')}</dt><dd><a href={p.url} dir="ltr" safe>{p.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a></dd></div> : ''}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Layout>
  );
}
