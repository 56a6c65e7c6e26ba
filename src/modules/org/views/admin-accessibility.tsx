// Admin › Tillgänglighet: the municipality's accessibility statement, and the reports of
// accessibility problems that visitors have sent.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { formatDate, formatInstant } from '../../../platform/domain/dates.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Pagination, pagedTitle, Radios, TextArea, TextField } from '../../../platform/views/components.js';
import { FEEDBACK_RETENTION_MONTHS, type FeedbackItem } from '../accessibility.js';
import { COMPLIANCE_TEXT } from './accessibility.js';
import { AdminMenu, adminBase, adminCrumbs } from './admin-common.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const FIELD_ORDER = ['_form', 'compliance', 'nonCompliance', 'burden', 'outOfScope', 'assessment', 'reviewedOn', 'feedbackEmail', 'feedbackPhone'];
const MARKUP_HINT = 'Tomma rader skiljer stycken. Rader som börjar med ”- ” blir en punktlista.';

export function StatementEditorPage({ ctx, values, errors, notice, isDefault, reports }: {
  ctx: PageContext; values: FormValues; errors?: FieldErrors; notice?: string; isDefault: boolean; reports: number;
}) {
  const base = `${adminBase(ctx)}/tillganglighet`;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title="Tillgänglighet" crumbs={adminCrumbs(ctx, { label: 'Tillgänglighet' })}>
      <AdminMenu ctx={ctx} />
      <h1>Tillgänglighetsredogörelse</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <p>Lagen om tillgänglighet till digital offentlig service kräver att kommunen redovisar hur tillgänglig webbplatsen är, vad som inte är tillgängligt och hur man rapporterar brister. Redogörelsen visas på <a href={`/${ctx.tenant!.slug}/tillganglighet`}>den publika sidan</a>, som länkas från varje sida.</p>
      {isDefault ? <Banner kind="info" title="Ni visar Bredvids standardtext"><p>Granska texten, ändra det som inte stämmer för er och spara, så blir redogörelsen er egen.</p></Banner> : ''}
      <p><a href={`${base}/rapporter`} safe>{sm('feedback.readReports', { count: reports })}</a></p>
      <Form ctx={ctx} action={base}>
        <Radios name="compliance" label="Hur väl uppfyller webbplatsen lagens krav?" options={[
          { value: 'full', label: 'Helt förenlig', hint: COMPLIANCE_TEXT.full },
          { value: 'partial', label: 'Delvis förenlig', hint: COMPLIANCE_TEXT.partial },
          { value: 'none', label: 'Inte förenlig', hint: COMPLIANCE_TEXT.none },
        ]} {...p} />
        <h2>Innehåll som inte är tillgängligt</h2>
        <TextArea name="nonCompliance" label="Vad är inte tillgängligt, och varför?" rows={8} maxlength={5000}
          hint={`Beskriv varje brist: vad som inte fungerar, vilket krav i WCAG 2.1 det gäller och när den ska vara åtgärdad. ${MARKUP_HINT}`} {...p} />
        <TextArea name="burden" label="Oskäligt betungande anpassning (frivilligt)" rows={4} maxlength={3000}
          hint="Innehåll som kommunen inte anpassar för att det vore oskäligt betungande, och varför. Lämna tomt om ni inte åberopar det." {...p} />
        <TextArea name="outOfScope" label="Innehåll som inte omfattas av lagen (frivilligt)" rows={4} maxlength={3000}
          hint="Till exempel dokument publicerade före den 23 september 2018 som inte behövs för att använda tjänsten." {...p} />
        <h2>Granskning</h2>
        <TextArea name="assessment" label="Hur har ni granskat webbplatsen?" rows={4} maxlength={2000} hint={MARKUP_HINT} {...p} />
        <TextField name="reviewedOn" label="Senaste granskningen gjordes" hint="Datum som ÅÅÅÅ-MM-DD." type="date" width="medium" {...p} />
        <h2>Kontakt för synpunkter</h2>
        <TextField name="feedbackEmail" label="E-post för synpunkter på tillgängligheten" type="email" maxlength={120} width="medium"
          hint="Visas i redogörelsen. Hit skickas också ett meddelande när någon rapporterar en brist; själva rapporten läser ni här i Bredvid." {...p} />
        <TextField name="feedbackPhone" label="Telefon (frivilligt)" type="tel" maxlength={60} width="medium" {...p} />
        <Button>Spara redogörelsen</Button>
      </Form>
    </Layout>
  );
}

function Message({ text }: { text: string }) {
  return <>{text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => <p safe>{l}</p>)}</>;
}

export function FeedbackListPage({ ctx, items, total, page, pages, notice }: {
  ctx: PageContext; items: FeedbackItem[]; total: number; page: number; pages: number; notice?: string;
}) {
  const base = `${adminBase(ctx)}/tillganglighet`;
  return (
    <Layout ctx={ctx} title={pagedTitle(ctx, 'Rapporter om brister i tillgängligheten', page, pages)}
      crumbs={adminCrumbs(ctx, { href: base, label: 'Tillgänglighet' }, { label: 'Rapporter' })}>
      <AdminMenu ctx={ctx} />
      <h1>Rapporter om brister i tillgängligheten</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p>Det besökare har rapporterat via formuläret i tillgänglighetsredogörelsen, senaste först. Radera en rapport när den är åtgärdad och besvarad. Rapporter raderas automatiskt efter <span safe>{String(FEEDBACK_RETENTION_MONTHS)}</span> månader.</p>
      <p safe>{sm('feedback.reports', { count: total })}</p>
      {items.length === 0 ? <p class="empty">Inga rapporter.</p> : (
        <>
          {items.map((r) => (
            <section aria-labelledby={`r-${r.id}`}>
              <h2 id={`r-${r.id}`} safe>{`Rapport ${formatInstant(r.createdAt)}`}</h2>
              <dl class="summary-list">
                <div class="summary-row"><dt>Sida</dt><dd class="break" safe>{r.page ?? 'Inte angiven'}</dd></div>
                <div class="summary-row"><dt>E-post</dt><dd class="break">{r.email ? <a href={`mailto:${r.email}`} safe>{r.email}</a> : 'Ingen – besökaren bad inte om svar'}</dd></div>
                <div class="summary-row"><dt>Raderas senast</dt><dd safe>{formatDate(r.deleteBy)}</dd></div>
                <div class="summary-row"><dt>Vad fungerade inte?</dt><dd class="break"><Message text={r.message} /></dd></div>
              </dl>
              <Form ctx={ctx} action={`${base}/rapporter/${r.id}/radera`}>
                <button type="submit" class="button button-warning button-small">Radera rapporten <span class="visually-hidden" safe>{`från ${formatInstant(r.createdAt)}`}</span></button>
              </Form>
            </section>
          ))}
        </>
      )}
      <Pagination ctx={ctx} page={page} pages={pages} href={(n) => `${base}/rapporter?page=${n}`} />
    </Layout>
  );
}
