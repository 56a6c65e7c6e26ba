// Shared pieces of the admin pages: breadcrumbs, the admin section menu, labels.
import { DateTime } from 'luxon';
import type { PageContext } from '../../../platform/http/context.js';
import type { Crumb } from '../../../platform/views/layout.js';
import { roleLabel as roleLabelOf, type Role, type UnitKind } from '../../../platform/domain/vocab.js';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  administration: 'Förvaltning',
  area: 'Verksamhetsområde',
  unit: 'Enhet',
};

export const adminBase = (ctx: PageContext): string => `/${ctx.tenant!.slug}/personal/admin`;

/** Start › Administration › …rest */
export function adminCrumbs(ctx: PageContext, ...rest: Crumb[]): Crumb[] {
  const slug = ctx.tenant!.slug;
  return [{ href: `/${slug}/personal`, label: 'Start' }, { href: adminBase(ctx), label: 'Administration' }, ...rest];
}

const SECTIONS: [string, string][] = [
  ['/organisation', 'Organisation'],
  ['/grupper', 'Styrgrupper och råd'],
  ['/anvandare', 'Användare'],
  ['/installningar', 'Inställningar'],
  ['/inloggning', 'Inloggning'],
  ['/tillganglighet', 'Tillgänglighet'],
  ['/importera', 'Importera organisation'],
];

/** The admin sections as a second-level menu; the current one is marked. */
export function AdminMenu({ ctx }: { ctx: PageContext }) {
  const base = adminBase(ctx);
  return (
    <nav aria-label="Administration" class="admin-menu">
      <ul class="tags">
        {SECTIONS.map(([path, label]) => {
          const href = base + path;
          const current = ctx.path === href || ctx.path.startsWith(`${href}/`);
          return <li>{current ? <a class="tag" href={href} aria-current="page"><strong safe>{label}</strong></a> : <a class="tag" href={href} safe>{label}</a>}</li>;
        })}
      </ul>
    </nav>
  );
}

/** Stockholm time for "last signed in" and similar. */
export function formatTime(iso: string | null): string {
  if (!iso) return '–';
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm').toFormat('yyyy-MM-dd HH:mm');
}

/** Role names in the municipality's own words: the specialist is its konsulent, samordnare or strateg. */
export function roleLabel(ctx: PageContext, role: Role): string {
  return roleLabelOf(role, ctx.tenant?.settings.specialistTitle);
}
