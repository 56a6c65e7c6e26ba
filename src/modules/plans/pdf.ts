// The plan as a PDF (A4 landscape) with pdfkit's built-in Helvetica. Its WinAnsi encoding covers
// Swedish (å ä ö é ü), the en dash and typographic quotes; anything else is replaced so the
// file never shows broken glyphs.
import type PDFDocument from 'pdfkit';
import { loadPdfKit } from '../../platform/lazy-libs.js';
import type { PlanView } from './totals.js';
import type { StateGrant } from './service.js';
import { formatKr, formatOre, formatTkr } from './money.js';
import { STATUS_LABELS } from './status.js';
import { shortName } from './layout.js';
import { sm } from '../../platform/i18n/staff-messages.js';

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Text pdfkit's standard fonts can draw. */
export function pdfText(s: string): string {
  return s.replace(/\u2212/g, '-').replace(/≈/g, '~').replace(/[\u2009\u202f]/g, ' ')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, (ch) => (WIN_ANSI_EXTRA.has(ch) ? ch : '?'));
}

interface Col { header: string; width: number; align?: 'left' | 'right' }
type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 40;
const PAD = 3;

function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - MARGIN - 20) doc.addPage();
}

function drawRow(doc: Doc, cols: Col[], cells: string[], bold: boolean): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
  const texts = cells.map(pdfText);
  const height = Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: cols[i].width - 2 * PAD }))) + 2 * PAD;
  if (doc.y + height > doc.page.height - MARGIN - 20) {
    doc.addPage();
    drawRow(doc, cols, cols.map((c) => c.header), true);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
  }
  const top = doc.y;
  let x = MARGIN;
  texts.forEach((t, i) => {
    doc.text(t, x + PAD, top + PAD, { width: cols[i].width - 2 * PAD, align: cols[i].align ?? 'left' });
    x += cols[i].width;
  });
  doc.moveTo(MARGIN, top + height).lineTo(x, top + height).lineWidth(0.5).strokeColor('#888888').stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}

function table(doc: Doc, cols: Col[], rows: string[][], opts: { boldLast?: boolean } = {}): void {
  ensureSpace(doc, 40);
  drawRow(doc, cols, cols.map((c) => c.header), true);
  rows.forEach((r, i) => drawRow(doc, cols, r, !!opts.boldLast && i === rows.length - 1));
  doc.moveDown(0.8);
}

function heading(doc: Doc, text: string, size: number): void {
  ensureSpace(doc, size * 4);
  doc.font('Helvetica-Bold').fontSize(size).fillColor('#000000').text(pdfText(text), MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
  doc.moveDown(0.3);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function planPdf(view: PlanView, o: { municipality: string; grant: StateGrant | null; generatedAt: string }): Promise<Buffer> {
  const PDFKit = await loadPdfKit();
  const doc = new PDFKit({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: pdfText(view.plan.title), Author: pdfText(o.municipality), Creator: 'Bredvid' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const years = view.years;
  const period = years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;

  heading(doc, view.plan.title, 18);
  doc.font('Helvetica').fontSize(10).text(pdfText(`${o.municipality} · Period ${period} · ${sm('plans.activities', { count: view.activityCount })}`));
  if (view.plan.description) doc.moveDown(0.3).text(pdfText(view.plan.description), { width });
  doc.moveDown(0.6);

  heading(doc, 'Budget och statsbidrag (tkr)', 13);
  if (o.grant) {
    doc.font('Helvetica').fontSize(10).text(pdfText(`Förväntat statsbidrag: ${formatOre(o.grant.orePerInhabitant)} kr per invånare × ${formatKr(o.grant.population)} invånare = ${formatKr(o.grant.expectedKr)} kr per år.`), { width });
    doc.moveDown(0.4);
  }
  const yearCol = 80;
  const yearCols: Col[] = [{ header: '', width: 220 }, ...years.map((y) => ({ header: String(y), width: yearCol, align: 'right' as const })), { header: 'Hela perioden', width: yearCol + 10, align: 'right' }];
  const totalsRows = [
    ['Budget', ...view.budget.map(formatTkr), formatTkr(sum(view.budget))],
    ['Utfall (redovisade kostnader)', ...view.actual.map((v, i) => (view.actualReported[i] ? formatTkr(v) : '–')), view.actualReported.some(Boolean) ? formatTkr(sum(view.actual)) : '–'],
  ];
  if (o.grant) {
    const g = o.grant.expectedKr;
    totalsRows.push(['Förväntat statsbidrag', ...years.map(() => formatTkr(g)), formatTkr(g * years.length)]);
    totalsRows.push(['Budget minus statsbidrag', ...view.budget.map((b) => formatTkr(b - g)), formatTkr(sum(view.budget) - g * years.length)]);
  }
  table(doc, yearCols, totalsRows);

  if (view.goals.length > 0) {
    heading(doc, 'Budget per mål (tkr)', 13);
    table(doc, [{ header: 'Mål', width: 420 }, ...yearCols.slice(1)],
      [...view.goals.map((g) => [`${g.number}. ${g.title}`, ...g.budget.map(formatTkr), formatTkr(sum(g.budget))]), ['Summa', ...view.budget.map(formatTkr), formatTkr(sum(view.budget))]],
      { boldLast: true });
  }
  if (view.budgetLines.length > 0) {
    heading(doc, 'Budgetposter (tkr)', 13);
    table(doc, [{ header: 'Budgetpost', width: 220 }, ...years.map((y) => ({ header: String(y), width: yearCol, align: 'right' as const }))],
      [...view.budgetLines.map((l) => [l.name, ...l.budget.map(formatTkr)]), ['Summa', ...view.budget.map(formatTkr)]], { boldLast: true });
  }

  doc.addPage();
  heading(doc, 'Mål och aktiviteter', 15);
  const amountCol = 56;
  const fixed = 120 + 130 + 70 + years.length * amountCol;
  const actCols: Col[] = [
    { header: 'Aktivitet', width: width - fixed - 150 }, { header: 'Målgrupp', width: 120 }, { header: 'Ansvarig', width: 130 },
    ...years.map((y) => ({ header: `Budget ${y}`, width: amountCol, align: 'right' as const })), { header: 'Status', width: 70 }, { header: 'Kommentar', width: 150 },
  ];
  for (const g of view.goals) {
    heading(doc, `${g.number}. ${g.title}`, 12);
    for (const s of g.subGoals) {
      heading(doc, `${s.number} ${s.title}`, 10.5);
      if (s.activities.length === 0) {
        doc.font('Helvetica').fontSize(9).text('Inga aktiviteter.');
        doc.moveDown(0.5);
        continue;
      }
      table(doc, actCols, [
        ...s.activities.map((a) => [a.title, a.targetGroup, a.responsibleBodyName ? `${a.responsible} (grupp: ${shortName(a.responsibleBodyName)})` : a.responsible,
          ...a.budget.map(formatTkr), STATUS_LABELS[a.status], a.comment]),
        ['Summa delmål', '', '', ...s.budget.map(formatTkr), '', ''],
      ], { boldLast: true });
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits below the text area; no automatic new page
    const bottom = doc.page.height - MARGIN + 10;
    doc.font('Helvetica').fontSize(8).fillColor('#444444')
      .text(pdfText(`${view.plan.title} · Utskriven ${o.generatedAt} · Sida ${i + 1} av ${range.count}`), MARGIN, bottom, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
