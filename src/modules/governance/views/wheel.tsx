import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Table } from '../../../platform/views/components.js';
import { formatDate } from '../../../platform/domain/dates.js';
import type { WheelMonth, YearWheel } from '../wheel.js';
import { crumbsFor, frequencyText } from './bodies.js';

const CX = 170;
const CY = 170;
const OUTER = 160;
const INNER = 78;

const point = (r: number, deg: number) => {
  const rad = (deg * Math.PI) / 180;
  return `${(CX + r * Math.cos(rad)).toFixed(2)} ${(CY + r * Math.sin(rad)).toFixed(2)}`;
};

/** An annular sector for month i (0 = January at the top, clockwise). */
export function sectorPath(i: number): string {
  const a0 = -90 + i * 30 + 0.5;
  const a1 = a0 + 29;
  return `M ${point(OUTER, a0)} A ${OUTER} ${OUTER} 0 0 1 ${point(OUTER, a1)} L ${point(INNER, a1)} A ${INNER} ${INNER} 0 0 0 ${point(INNER, a0)} Z`;
}

const itemsText = (m: WheelMonth) => `${m.meetings.length} ${m.meetings.length === 1 ? 'möte' : 'möten'}, ${m.activities.length} ${m.activities.length === 1 ? 'aktivitet' : 'aktiviteter'}`;

/** The ring: the same figures as the tables below, for those who read pictures. */
function Ring({ wheel }: { wheel: YearWheel }) {
  const summary = wheel.months.map((m) => `${m.name}: ${itemsText(m)}`).join('; ');
  return (
    <svg class="chart" role="img" aria-labelledby="wheel-title wheel-desc" viewBox="0 0 340 340" width="340" height="340" xmlns="http://www.w3.org/2000/svg">
      <title id="wheel-title" safe>{`Årshjul ${wheel.year}`}</title>
      <desc id="wheel-desc" safe>{`Antal möten och planerade aktiviteter per månad. ${summary}.`}</desc>
      {wheel.months.map((m, i) => {
        const n = m.meetings.length + m.activities.length;
        const dark = n > 2;
        const fill = n === 0 ? '#e3e6ea' : dark ? '#0b5a6b' : '#a8d5dd';
        const mid = -90 + i * 30 + 15;
        const [x, y] = point((OUTER + INNER) / 2, mid).split(' ');
        return (
          <g>
            <path d={sectorPath(i)} fill={fill} stroke="#ffffff" stroke-width="2">
              <title safe>{`${m.name}: ${itemsText(m)}`}</title>
            </path>
            <text x={x} y={y} text-anchor="middle" font-size="13" font-weight="700" fill={dark ? '#ffffff' : '#1b1b1f'} safe>{m.name.slice(0, 3)}</text>
            <text x={x} y={String(Number(y) + 15)} text-anchor="middle" font-size="12" fill={dark ? '#ffffff' : '#1b1b1f'} safe>{String(n)}</text>
          </g>
        );
      })}
      <text x={String(CX)} y={String(CY + 8)} text-anchor="middle" font-size="26" font-weight="700" fill="#1b1b1f" safe>{String(wheel.year)}</text>
    </svg>
  );
}

interface Row { date: string; what: string; who: string; href: string | null }

function monthRows(m: WheelMonth, slug: string): Row[] {
  const rows: Row[] = [
    ...m.meetings.map((x) => ({ date: x.date, what: x.topic ? `Möte: ${x.topic}` : 'Möte', who: x.bodyName, href: `/${slug}/personal/styrning/moten/${x.id}` })),
    ...m.activities.map((a) => ({ date: a.date, what: a.title, who: a.kind, href: a.href })),
  ];
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export function WheelPage({ ctx, wheel }: { ctx: PageContext; wheel: YearWheel }) {
  const slug = ctx.tenant!.slug;
  const href = (y: number) => `/${slug}/personal/styrning/arshjul?ar=${y}`;
  return (
    <Layout ctx={ctx} title={`Årshjul ${wheel.year}`} crumbs={crumbsFor(slug, { label: `Årshjul ${wheel.year}` })}>
      <h1 safe>{`Årshjul ${wheel.year}`}</h1>
      <p class="lede">Alla gruppers möten och de planerade aktiviteterna, månad för månad.</p>
      <nav aria-label="Välj år" class="pagination">
        <ul>
          <li><a href={href(wheel.year - 1)} rel="prev" safe>{`Föregående år (${wheel.year - 1})`}</a></li>
          <li><a href={href(wheel.year + 1)} rel="next" safe>{`Nästa år (${wheel.year + 1})`}</a></li>
        </ul>
      </nav>
      <Ring wheel={wheel} />
      <Table caption={`Möten per grupp ${wheel.year}`} rows={wheel.bodies} columns={[
        { header: 'Grupp', cell: (b) => <a href={`/${slug}/personal/styrning/${b.id}`} safe>{b.name}</a> },
        { header: 'Planerat', cell: (b) => <span safe>{frequencyText(b.planned)}</span> },
        { header: 'Möten inlagda', numeric: true, cell: (b) => String(b.meetings) },
      ]} />
      <h2>Månad för månad</h2>
      {wheel.months.map((m) => {
        const rows = monthRows(m, slug);
        const name = m.name[0].toUpperCase() + m.name.slice(1);
        return (
          <section aria-labelledby={`month-${m.month}`}>
            <h3 id={`month-${m.month}`} safe>{`${name} ${wheel.year}`}</h3>
            <Table caption={`${name}: ${itemsText(m)}`} rows={rows} empty={`Inga möten eller aktiviteter i ${m.name}.`} columns={[
              { header: 'Datum', cell: (r) => <span safe>{formatDate(r.date)}</span> },
              { header: 'Vad', cell: (r) => (r.href ? <a href={r.href} safe>{r.what}</a> : <span safe>{r.what}</span>) },
              { header: 'Grupp eller typ', cell: (r) => <span safe>{r.who}</span> },
            ]} />
          </section>
        );
      })}
    </Layout>
  );
}
