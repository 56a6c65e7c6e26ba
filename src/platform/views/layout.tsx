import type { Children } from '@kitajs/html';
// The page frame every page uses: skip link, municipality name, language switcher, navigation,
// footer with the accessibility statement. Works without JavaScript; no inline styles (CSP).
import { CONTENT_LOCALES, LOCALE_HTML_LANG, LOCALE_NAMES, RTL_LOCALES, type ContentLocale } from '../domain/vocab.js';
import { dirOf, translator, writtenIn } from '../i18n/i18n.js';
import type { PageContext } from '../http/context.js';
import { can } from '../auth/principal.js';
import { assetPath } from './assets.js';

/**
 * The languages of the switcher: exactly the ones the municipality offers (settings.languages,
 * Swedish always); pages outside a municipality offer every content language.
 */
export function switcherLocales(ctx: PageContext): readonly ContentLocale[] {
  return ctx.tenant ? ctx.tenant.settings.languages : CONTENT_LOCALES;
}

export interface Crumb {
  href?: string;
  label: string;
  /** The label's language when it is not the page's (a staff-written title in Swedish). */
  lang?: ContentLocale;
}

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  children?: Children;
  crumbs?: Crumb[];
  /** Pass [] to leave the switcher out (a screen in the middle of a posted flow); otherwise the municipality's languages. */
  locales?: readonly ContentLocale[];
  /** lang of the main content when it differs from the interface (fallback text). */
  contentLang?: ContentLocale;
  /** The search-result snippet; by default the page title, municipality and what Bredvid is. */
  description?: string;
}

function langHref(path: string, l: ContentLocale): string {
  return `${path}?lang=${encodeURIComponent(l)}`;
}

function PublicNav({ ctx }: { ctx: PageContext }) {
  const slug = ctx.tenant!.slug;
  const items: [string, string][] = [
    [`/${slug}`, ctx.t('nav.start')],
    [`/${slug}/stod`, ctx.t('nav.support')],
    [`/${slug}/information`, ctx.t('nav.pages')],
    [`/${slug}/aktiviteter`, ctx.t('nav.events')],
    [`/${slug}/samarbetspartner`, ctx.t('nav.partners')],
    [`/${slug}/belastningskoll`, ctx.t('nav.selfcheck')],
    [`/${slug}/kontakt`, ctx.t('nav.contact')],
  ];
  return (
    <nav aria-label={ctx.t('layout.nav')} class="nav">
      <ul>
        {items.map(([href, label]) => (
          <li>
            <a href={href} aria-current={ctx.path === href ? 'page' : undefined} safe>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function StaffNav({ ctx }: { ctx: PageContext }) {
  const slug = ctx.tenant!.slug;
  const p = ctx.principal;
  const items: [string, string, boolean][] = [
    [`/${slug}/personal`, 'Start', true],
    [`/${slug}/personal/stod`, 'Stödutbud', can(p, 'catalog:edit')],
    [`/${slug}/personal/kontakter`, 'Kontaktlogg', can(p, 'contacts:log')],
    [`/${slug}/personal/forfragningar`, 'Förfrågningar', can(p, 'contacts:inbox')],
    [`/${slug}/personal/formedla`, 'Förmedla kontakt', can(p, 'referrals:create')],
    [`/${slug}/personal/aktiviteter`, 'Aktiviteter', can(p, 'events:manage')],
    [`/${slug}/personal/planer`, 'Planer', can(p, 'plans:read')],
    [`/${slug}/personal/ombud`, 'Anhörigombud', can(p, 'ambassadors:read') || can(p, 'events:manage')],
    [`/${slug}/personal/belastningskoll`, 'Belastningskoll', can(p, 'selfcheck:staff') || can(p, 'selfcheck:admin')],
    [`/${slug}/personal/rapporter`, 'Rapporter', can(p, 'reports:read')],
    [`/${slug}/personal/admin`, 'Administration', can(p, 'org:admin')],
    [`/${slug}/personal/logg`, 'Åtkomstlogg', can(p, 'audit:read')],
  ];
  return (
    <nav aria-label="Personalmeny" class="nav nav-staff">
      <ul>
        {items.filter((i) => i[2]).map(([href, label]) => (
          <li>
            <a href={href} aria-current={ctx.path === href ? 'page' : undefined} safe>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page is in Swedish because the municipality does not offer the language asked for: said in that language. */
function NotOffered({ asked }: { asked: ContentLocale }) {
  return (
    <p class="banner banner-info" lang={LOCALE_HTML_LANG[asked]} dir={dirOf(asked)} safe>{translator(asked)('layout.notOffered')}</p>
  );
}

export function Breadcrumbs({ ctx, crumbs }: { ctx: PageContext; crumbs: Crumb[] }) {
  return (
    <nav aria-label={ctx.t('layout.breadcrumbs')} class="breadcrumbs">
      <ol>
        {crumbs.map((c, i) => (
          <li>
            {c.href && i < crumbs.length - 1
              ? <a href={c.href} {...(c.lang ? writtenIn(c.lang, ctx.locale) : {})} safe>{c.label}</a>
              : <span aria-current="page" {...(c.lang ? writtenIn(c.lang, ctx.locale) : {})} safe>{c.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Layout({ ctx, title, children, crumbs, locales, contentLang, description }: LayoutProps) {
  const tenant = ctx.tenant;
  const fullTitle = tenant ? `${title} – ${tenant.name}` : `${title} – Bredvid`;
  const metaDescription = description ?? `${fullTitle}. ${ctx.t('layout.footer.about')}.`;
  const switcher = ctx.area === 'public' && locales?.length !== 0 ? switcherLocales(ctx) : [];
  return (
    <html lang={LOCALE_HTML_LANG[ctx.locale]} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content={ctx.csrfToken} />
        <title safe>{fullTitle}</title>
        <meta name="description" content={metaDescription} />
        <link rel="icon" href={assetPath('favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={assetPath('app.css')} />
      </head>
      <body class={ctx.area === 'staff' ? 'staff' : 'public'}>
        <a class="skip-link" href="#main" safe>{ctx.t('layout.skip')}</a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href={tenant ? (ctx.area === 'staff' ? `/${tenant.slug}/personal` : `/${tenant.slug}`) : '/'}>
              <span class="brand-name">Bredvid</span>
              {tenant ? <span class="brand-tenant" safe>{tenant.name}</span> : ''}
            </a>
            {ctx.principal && tenant ? (
              <form method="post" action={`/${tenant.slug}/personal/logga-ut`} class="signout">
                <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                <span class="signed-in" safe>{ctx.t('layout.signedInAs', { name: ctx.principal.name })}</span>
                <button type="submit" class="button button-secondary button-small" safe>{ctx.t('layout.signOut')}</button>
              </form>
            ) : ''}
          </div>
          {switcher.length > 0 ? (
            <nav class="container lang-switcher" aria-label={ctx.t('layout.language')}>
              <ul>
                {CONTENT_LOCALES.filter((l) => switcher.includes(l)).map((l) => (
                  <li>
                    <a href={langHref(ctx.path, l)} lang={LOCALE_HTML_LANG[l]} hreflang={LOCALE_HTML_LANG[l]}
                      dir={RTL_LOCALES.has(l) ? 'rtl' : 'ltr'} aria-current={l === ctx.locale ? 'true' : undefined} safe>
                      {LOCALE_NAMES[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : ''}
          {tenant ? <div class="container">{ctx.area === 'staff' && ctx.principal ? <StaffNav ctx={ctx} /> : <PublicNav ctx={ctx} />}</div> : ''}
        </header>
        <main id="main" class="container main" tabindex="-1" lang={contentLang ? LOCALE_HTML_LANG[contentLang] : undefined}
          dir={contentLang && dirOf(contentLang) !== ctx.dir ? dirOf(contentLang) : undefined}>
          {ctx.unoffered ? <NotOffered asked={ctx.unoffered} /> : ''}
          {crumbs && crumbs.length > 0 ? <Breadcrumbs ctx={ctx} crumbs={crumbs} /> : ''}
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p safe>{ctx.t('layout.footer.about')}</p>
            <ul class="footer-links">
              {tenant ? <li><a href={`/${tenant.slug}/tillganglighet`} safe>{ctx.t('layout.accessibility')}</a></li> : <li><a href="/tillganglighet" safe>{ctx.t('layout.accessibility')}</a></li>}
              {tenant && !ctx.principal ? <li><a href={`/${tenant.slug}/personal/logga-in`} safe>{ctx.t('layout.staffLogin')}</a></li> : ''}
              {!tenant ? '' : <li><a href="/" >Bredvid</a></li>}
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
