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

function publicNavItems(ctx: PageContext): { href: string; label: string }[] {
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
  return items.map(([href, label]) => ({ href, label }));
}

function NavLinks({ items, current }: { items: { href: string; label: string }[]; current: string | undefined }) {
  return (
    <ul>
      {items.map(({ href, label }) => (
        <li>
          <a href={href} aria-current={href === current ? 'page' : undefined} safe>{label}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * A navigation twice, one shown at a time by app.css: on a phone folded into "Meny" (a <details>,
 * so it opens without script), so that a page's own content starts on the first screen and not
 * below ~330 px of links; on a wider screen the links themselves, in the header. The hidden one is
 * display: none, out of the tab order and of what a screen reader reads. The links are rendered
 * once; the folded copy has a class of its own (`foldedClass`), so a selector such as
 * `nav.nav-staff` names the header's.
 */
function FoldedOnPhone({ menu, label, wideClass, foldedClass, links }: {
  menu: string; label: string; wideClass: string; foldedClass: string; links: JSX.Element;
}) {
  return (
    <>
      <details class="menu">
        <summary safe>{menu}</summary>
        <nav aria-label={label} class={foldedClass}>{links}</nav>
      </details>
      <div class="nav-wide"><nav aria-label={label} class={wideClass}>{links}</nav></div>
    </>
  );
}

/** The staff menu follows each role's daily work; every other tool is on the start page.
 *  Specialists: the inbox (referrals from colleagues and requests from the web in one list –
 *  the web requests' own filtered list is reached from there), secure messages from Mina sidor, carers, follow-ups, contacts,
 *  activities. Those who refer: the referral form. Admin: organisation and content. Board and
 *  managers: reports, plans and governance. A link is shown only with the permission that opens it. */
export function staffNavItems(ctx: PageContext): { href: string; label: string }[] {
  const base = `/${ctx.tenant!.slug}/personal`;
  const p = ctx.principal;
  const specialist = can(p, 'contacts:inbox');
  const items: [string, string, boolean][] = [
    ['', 'Start', true],
    ['/inkorg', 'Inkorg', specialist],
    ['/meddelanden', 'Meddelanden', specialist],
    ['/motesplats', 'Mötesplatsen', can(p, 'motesplats:moderate')],
    ['/anhoriga', 'Anhöriga', can(p, 'carers:read')],
    ['/uppfoljningar', 'Uppföljningar', can(p, 'carers:read')],
    ['/kontakter', 'Kontaktlogg', can(p, 'contacts:log')],
    ['/formedla', 'Förmedla kontakt', can(p, 'referrals:create') && !specialist],
    ['/behovsbedomning', 'Behovsbedömning', can(p, 'needs_assessment:record')],
    ['/aktiviteter', 'Aktiviteter', can(p, 'events:edit')],
    ['/ombud', 'Anhörigombud', can(p, 'ambassadors:read')],
    ['/stod', 'Stödutbud', can(p, 'catalog:edit') && !specialist],
    ['/information', 'Informationssidor', can(p, 'pages:edit') && !specialist],
    ['/belastningskoll/instrument', 'Belastningskoll', can(p, 'selfcheck:admin')],
    ['/styrning', 'Styrning', can(p, 'plans:read') && !specialist && !can(p, 'org:admin')],
    ['/planer', 'Planer', can(p, 'plans:read')],
    ['/rapporter', 'Rapporter', can(p, 'reports:read')],
    ['/admin', 'Administration', can(p, 'org:admin')],
    ['/logg', 'Åtkomstlogg', can(p, 'audit:read')],
  ];
  return items.filter((i) => i[2]).map(([path, label]) => ({ href: `${base}${path}`, label }));
}

/** The staff menu's current section: the longest item the address starts with (Start only on itself). */
function staffCurrent(ctx: PageContext, items: { href: string }[]): string | undefined {
  return items.filter((i) => ctx.path === i.href || (i.href !== items[0].href && ctx.path.startsWith(`${i.href}/`)))
    .sort((x, y) => y.href.length - x.href.length)[0]?.href;
}

function HeaderNav({ ctx }: { ctx: PageContext }) {
  if (ctx.area === 'staff' && ctx.principal) {
    const items = staffNavItems(ctx);
    return <FoldedOnPhone menu="Meny" label="Personalmeny" wideClass="nav nav-staff" foldedClass="nav nav-staff-menu"
      links={<NavLinks items={items} current={staffCurrent(ctx, items)} />} />;
  }
  return <FoldedOnPhone menu={ctx.t('layout.menu')} label={ctx.t('layout.nav')} wideClass="nav" foldedClass="nav"
    links={<NavLinks items={publicNavItems(ctx)} current={ctx.path} />} />;
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

/** Whether the page's rendered content holds the error summary (components.tsx ErrorSummary). */
function hasErrorSummary(children: Children | undefined): boolean {
  if (typeof children === 'string') return children.includes('id="error-summary"');
  return Array.isArray(children) && (children as unknown[]).some((c) => hasErrorSummary(c as Children));
}

export function Layout({ ctx, title, children, crumbs, locales, contentLang, description }: LayoutProps) {
  const tenant = ctx.tenant;
  // A page that comes back with an error summary says so first in its title (the tab, and what a
  // screen reader announces on load), on every form without each page doing it (WCAG 3.3.1).
  const problem = ctx.t('errors.summaryTitle');
  const shown = hasErrorSummary(children) && !title.startsWith(problem) ? `${problem}: ${title}` : title;
  const fullTitle = tenant ? `${shown} – ${tenant.name}` : `${shown} – Bredvid`;
  const metaDescription = description ?? `${fullTitle}. ${ctx.t('layout.footer.about')}.`;
  const switcher = ctx.area === 'public' && locales?.length !== 0 ? switcherLocales(ctx) : [];
  return (
    <html lang={LOCALE_HTML_LANG[ctx.locale]} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {ctx.csrfToken ? <meta name="csrf-token" content={ctx.csrfToken} /> : ''}
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
            ) : tenant && ctx.area === 'public' ? (
              // The carers' own channel, where every Swedish e-service keeps it: top right, on every page.
              <a class="my-pages" href={`/${tenant.slug}/mina-sidor`}
                aria-current={ctx.path.startsWith(`/${tenant.slug}/mina-sidor`) ? 'page' : undefined} safe>{ctx.t('layout.myPages')}</a>
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
          {tenant ? <div class="container"><HeaderNav ctx={ctx} /></div> : ''}
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
