// A small server-rendered SVG chart of each dimension's mean at each occasion. Accessible:
// <title> and <desc> name and summarise it, and the same numbers follow as a table. Lines
// differ by dash and marker shape as well as colour (not colour alone, WCAG 1.4.1).
import { Table } from '../../../platform/views/components.js';

export interface ChartSeries {
  key: string;
  name: string;
  /** One value per occasion; null = not scored that time. */
  values: (number | null)[];
  bands: (string | null)[];
}
export interface ChartData {
  occasions: string[]; // labels, e.g. dates
  min: number;
  max: number;
  series: ChartSeries[];
}

const COLOURS = ['#0b5a6b', '#b00020', '#1e6b33', '#5b2a86', '#8a5a00', '#0a4f9e', '#3d3d3d', '#a3006b'];
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 2', '16 6', '1 3', '6 3 1 3'];
const W = 600;
const H = 280;
const PAD = { l: 48, r: 48, t: 16, b: 44 };

const fmt = (v: number) => (Math.round(v * 10) / 10).toFixed(1).replace('.', ',');

function Marker({ shape, x, y, colour }: { shape: number; x: number; y: number; colour: string }) {
  const s = 5;
  switch (shape % 4) {
    case 0: return <circle cx={x.toFixed(1)} cy={y.toFixed(1)} r={String(s)} fill={colour} />;
    case 1: return <rect x={(x - s).toFixed(1)} y={(y - s).toFixed(1)} width={String(2 * s)} height={String(2 * s)} fill={colour} />;
    case 2: return <polygon points={`${x.toFixed(1)},${(y - s - 1).toFixed(1)} ${(x + s + 1).toFixed(1)},${(y + s).toFixed(1)} ${(x - s - 1).toFixed(1)},${(y + s).toFixed(1)}`} fill={colour} />;
    default: return <polygon points={`${x.toFixed(1)},${(y - s - 1).toFixed(1)} ${(x + s + 1).toFixed(1)},${y.toFixed(1)} ${x.toFixed(1)},${(y + s + 1).toFixed(1)} ${(x - s - 1).toFixed(1)},${y.toFixed(1)}`} fill="#fff" stroke={colour} stroke-width="2" />;
  }
}

export function DimensionChart({ data, id }: { data: ChartData; id: string }) {
  const n = data.occasions.length;
  const x = (i: number) => (n === 1 ? (PAD.l + W - PAD.r) / 2 : PAD.l + (i * (W - PAD.l - PAD.r)) / (n - 1));
  const y = (v: number) => H - PAD.b - ((v - data.min) * (H - PAD.t - PAD.b)) / Math.max(1, data.max - data.min);
  const ticks = Array.from({ length: data.max - data.min + 1 }, (_, i) => data.min + i);
  const desc = `Medelvärde per dimension vid ${n} ${n === 1 ? 'tillfälle' : 'tillfällen'} (${data.occasions.join(', ')}), på skalan ${data.min}–${data.max} där högre är tyngre. `
    + data.series.map((s) => `${s.name}: ${s.values.map((v) => (v === null ? 'inget värde' : fmt(v))).join(', ')}.`).join(' ');
  return (
    <figure class="selfcheck-chart">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} width={String(W)} height={String(H)} role="img" aria-labelledby={`${id}-title ${id}-desc`} xmlns="http://www.w3.org/2000/svg">
        <title id={`${id}-title`}>Belastningskoll över tid</title>
        <desc id={`${id}-desc`} safe>{desc}</desc>
        {ticks.map((t) => (
          <g>
            <line x1={String(PAD.l)} x2={String(W - PAD.r)} y1={y(t).toFixed(1)} y2={y(t).toFixed(1)} stroke="#c4c8ce" stroke-width="1" />
            <text x={String(PAD.l - 8)} y={(y(t) + 5).toFixed(1)} text-anchor="end" font-size="14" fill="#1b1b1f" safe>{String(t)}</text>
          </g>
        ))}
        {data.occasions.map((o, i) => <text x={x(i).toFixed(1)} y={String(H - PAD.b + 22)} text-anchor="middle" font-size="13" fill="#1b1b1f" safe>{o}</text>)}
        {data.series.map((s, k) => {
          const pts = s.values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p): p is string => p !== null);
          const colour = COLOURS[k % COLOURS.length];
          return (
            <g>
              {pts.length > 1 ? <polyline points={pts.join(' ')} fill="none" stroke={colour} stroke-width="3" stroke-dasharray={DASHES[k % DASHES.length] || undefined} /> : ''}
              {s.values.map((v, i) => (v === null ? '' : <Marker shape={k} x={x(i)} y={y(v)} colour={colour} />))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="tags" aria-label="Teckenförklaring">
          {data.series.map((s, k) => (
            <li class="tag">
              <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
                <line x1="2" x2="38" y1="7" y2="7" stroke={COLOURS[k % COLOURS.length]} stroke-width="3" stroke-dasharray={DASHES[k % DASHES.length] || undefined} />
                <Marker shape={k} x={20} y={7} colour={COLOURS[k % COLOURS.length]} />
              </svg>
              {' '}<span safe>{s.name}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export function ChartTable({ data }: { data: ChartData }) {
  const rows = data.occasions.map((o, i) => ({ o, i }));
  return (
    <Table caption="Medelvärde och nivå per dimension och tillfälle" rows={rows} columns={[
      { header: 'Tillfälle', cell: (r) => <span safe>{r.o}</span> },
      ...data.series.map((s) => ({
        header: s.name, numeric: true,
        cell: (r: { i: number }) => {
          const v = s.values[r.i];
          return v === null ? <span class="muted">–</span> : <span safe>{`${fmt(v)}${s.bands[r.i] ? ` (${s.bands[r.i]})` : ''}`}</span>;
        },
      })),
    ]} />
  );
}
