// Charts drawn on the server as SVG: no chart library and no JavaScript in the browser.
// Accessible as the W3C's SVG guidance says: role="img" with <title> and <desc>, and the same
// numbers as a table beside the chart. Colours are presentation attributes (fill=, stroke=),
// never style=, because the CSP allows no inline styles. Series differ in more than colour
// (solid versus outlined bars), and every bar meets 3:1 contrast against the background.
import { formatNumber } from '../i18n/numbers.js';

export interface ChartSeries {
  name: string;
  /** One value per category; null = not shown (hidden small number, or not yet happened). */
  values: (number | null)[];
  /** What the table shows per category, e.g. "<5" for a hidden count; defaults to the number. */
  display?: string[];
}

export interface BarChartProps {
  id: string;
  title: string;
  /** A sentence a screen reader reads instead of the picture. */
  description: string;
  categories: string[];
  /** Full category names for the table (e.g. "januari" where the axis says "jan"). */
  categoryNames?: string[];
  series: ChartSeries[];
  /** Header of the first table column. */
  categoryHeader?: string;
}

const WIDTH = 560;
const HEIGHT = 330;
const PAD = { top: 40, right: 8, bottom: 30, left: 44 };
const SERIES_STYLE = [
  { fill: '#0b5a6b', stroke: '#073d49' },
  { fill: '#ffffff', stroke: '#4a4f57' },
  { fill: '#8a4b00', stroke: '#5c3200' },
];

/** 0, step, 2·step … covering max with a round step (1, 2 or 5 × 10^k). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

const fmt = (n: number) => formatNumber(n);

export function BarChart(p: BarChartProps) {
  const max = Math.max(0, ...p.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const groupW = plotW / Math.max(1, p.categories.length);
  const barW = Math.max(2, (groupW * 0.8) / Math.max(1, p.series.length));
  const titleId = `${p.id}-title`;
  const descId = `${p.id}-desc`;
  const names = p.categoryNames ?? p.categories;
  return (
    <div class="chart-block">
      <figure class="chart-figure">
        <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={String(WIDTH)} height={String(HEIGHT)} role="img" aria-labelledby={`${titleId} ${descId}`}
          xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">
          <title id={titleId} safe>{p.title}</title>
          <desc id={descId} safe>{p.description}</desc>
          {ticks.map((tv) => (
            <g>
              <line x1={String(PAD.left)} x2={String(WIDTH - PAD.right)} y1={String(y(tv))} y2={String(y(tv))} stroke={tv === 0 ? '#1b1b1f' : '#c4c8ce'} stroke-width="1" />
              <text x={String(PAD.left - 6)} y={String(y(tv) + 4)} text-anchor="end" font-size="14" fill="#1b1b1f" safe>{fmt(tv)}</text>
            </g>
          ))}
          {p.categories.map((c, ci) => (
            <g>
              {p.series.map((s, si) => {
                const v = s.values[ci];
                const x = PAD.left + ci * groupW + groupW * 0.1 + si * barW;
                const style = SERIES_STYLE[si % SERIES_STYLE.length];
                if (v === null || v === undefined) {
                  const shown = s.display?.[ci];
                  return shown ? <text x={String(x + barW / 2)} y={String(y(0) - 4)} text-anchor="middle" font-size="12" fill="#1b1b1f" safe>{shown}</text> : '';
                }
                const h = Math.max(v > 0 ? 1 : 0, y(0) - y(v));
                return <rect x={String(x)} y={String(y(0) - h)} width={String(barW - 1)} height={String(h)} fill={style.fill} stroke={style.stroke} stroke-width="1.5" />;
              })}
              <text x={String(PAD.left + ci * groupW + groupW / 2)} y={String(HEIGHT - PAD.bottom + 20)} text-anchor="middle" font-size="14" fill="#1b1b1f" safe>{c}</text>
            </g>
          ))}
          {p.series.map((s, si) => {
            const style = SERIES_STYLE[si % SERIES_STYLE.length];
            const x = PAD.left + si * 110;
            return (
              <g>
                <rect x={String(x)} y="10" width="16" height="16" fill={style.fill} stroke={style.stroke} stroke-width="1.5" />
                <text x={String(x + 22)} y="24" font-size="15" fill="#1b1b1f" safe>{s.name}</text>
              </g>
            );
          })}
        </svg>
      </figure>
      <div class="table-wrap chart-table">
        <table class="table">
          <caption safe>{`${p.title} i siffror`}</caption>
          <thead>
            <tr>
              <th scope="col" safe>{p.categoryHeader ?? 'Månad'}</th>
              {p.series.map((s) => <th scope="col" class="num" safe>{s.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {names.map((c, ci) => (
              <tr>
                <th scope="row" safe>{c}</th>
                {p.series.map((s) => <td class="num" safe>{s.display?.[ci] ?? (s.values[ci] === null ? '–' : fmt(s.values[ci]!))}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
