// The yearly report as a PDF (A4) with pdfkit's built-in Helvetica: the municipality, period
// and unit, the suppression rule, every table (suppressed), the questionnaire and the
// definitions of every measure. Helvetica's WinAnsi covers Swedish; other characters become "?".
import type PDFDocument from 'pdfkit';
import { loadPdfKit } from '../../../platform/lazy-libs.js';
import { formatDate } from '../../../platform/domain/dates.js';
import { DEFINITIONS } from '../definitions.js';
import type { ShownReport, ShownTable } from '../present.js';
import { ruleText } from '../suppression.js';
import type { AnswerSummary } from '../views/questionnaire-summary.js';

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = 50;
const PAD = 3;
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function pdfText(s: string): string {
  return s.replace(/[\u2009\u202f]/g, ' ').replace(/[^\n\x20-\x7e\xa0-\xff]/g, (ch) => (WIN_ANSI_EXTRA.has(ch) ? ch : '?'));
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: Doc, text: string, size: number): void {
  ensureSpace(doc, size * 4);
  doc.font('Helvetica-Bold').fontSize(size).fillColor('#000000').text(pdfText(text), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, size = 10): void {
  doc.font('Helvetica').fontSize(size).fillColor('#000000').text(pdfText(text), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.5);
}

function row(doc: Doc, widths: number[], cells: string[], bold: boolean, header?: string[], textOnly = false): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const texts = cells.map(pdfText);
  const height = Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  if (doc.y + height > doc.page.height - MARGIN) {
    doc.addPage();
    if (header) row(doc, widths, header, true, undefined, textOnly);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  }
  const top = doc.y;
  let x = MARGIN;
  texts.forEach((t, i) => {
    doc.text(t, x + PAD, top + PAD, { width: widths[i] - 2 * PAD, align: i === 0 || textOnly ? 'left' : 'right' });
    x += widths[i];
  });
  doc.moveTo(MARGIN, top + height).lineTo(x, top + height).lineWidth(0.5).strokeColor('#888888').stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}

function table(doc: Doc, t: ShownTable): void {
  ensureSpace(doc, 60);
  doc.font('Helvetica-Bold').fontSize(10.5).text(pdfText(t.table.title), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2);
  const valueW = Math.min(110, (contentWidth(doc) * 0.5) / t.table.columns.length);
  const widths = [contentWidth(doc) - valueW * t.table.columns.length, ...t.table.columns.map(() => valueW)];
  const header = [t.table.firstHeader, ...t.table.columns];
  row(doc, widths, header, true);
  for (const r of t.rows) row(doc, widths, [r.subtotal ? `   ${r.label}` : r.label, ...r.cells.map((c) => c.text)], r.total, header);
  doc.moveDown(0.3);
  if (t.withheld) paragraph(doc, 'Fördelningen kan inte visas utan att små tal går att räkna fram. Bara summan visas.', 8.5);
  if (t.table.note) paragraph(doc, t.table.note, 8.5);
  doc.moveDown(0.4);
}

export async function reportPdf(shown: ShownReport, answers: AnswerSummary[]): Promise<Buffer> {
  const r = shown.report;
  const title = `Årsrapport anhörigstöd ${r.year}`;
  const doc = new (await loadPdfKit())({ size: 'A4', margin: MARGIN, lang: 'sv-SE', displayTitle: true, info: { Title: `${title} – ${r.tenantName}`, Author: r.tenantName, Creator: 'Bredvid' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  heading(doc, title, 20);
  paragraph(doc, `${r.tenantName}. ${r.scope.unitName}.`, 12);
  paragraph(doc, `Period: 1 januari–${formatDate(r.periodEnd)}.`, 11);
  heading(doc, 'Små tal är dolda', 11);
  paragraph(doc, ruleText(shown.threshold));

  for (const s of shown.sections) {
    heading(doc, s.title, 14);
    if (s.municipalityWide && r.scope.unitId !== null) paragraph(doc, 'Gäller hela kommunen: källan registrerar inte enhet.', 9.5);
    if (s.intro) paragraph(doc, s.intro, 9.5);
    if (s.unavailable) paragraph(doc, s.unavailable, 9.5);
    if (s.facts.length > 0) {
      const widths = [contentWidth(doc) - 110, 110];
      for (const f of s.facts) row(doc, widths, [f.fact.label, f.cell.text], false);
      doc.moveDown(0.6);
    }
    for (const t of s.tables) table(doc, t);
  }

  heading(doc, 'Årsenkät', 14);
  if (answers.length === 0) paragraph(doc, 'Årets frågor är inte upplagda.');
  else {
    const widths = [contentWidth(doc) * 0.62, contentWidth(doc) * 0.38];
    row(doc, widths, ['Fråga', 'Svar'], true, undefined, true);
    for (const a of answers) row(doc, widths, [a.text, a.note ? `${a.answer} – ${a.note}` : a.answer], false, ['Fråga', 'Svar'], true);
    doc.moveDown(0.6);
  }

  heading(doc, 'Så räknas talen', 14);
  for (const d of DEFINITIONS) {
    ensureSpace(doc, 40);
    doc.font('Helvetica-Bold').fontSize(9.5).text(pdfText(d.title), MARGIN, doc.y, { width: contentWidth(doc) });
    paragraph(doc, [d.text, d.source ? `Källa: ${d.source}` : '', d.unitRule ? `Enhet: ${d.unitRule}` : ''].filter((x) => x).join(' '), 9);
  }
  doc.end();
  return done;
}
