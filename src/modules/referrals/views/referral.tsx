import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Select, SummaryList } from '../../../platform/views/components.js';
import { AGE_BAND_LABELS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { Handler, Referral } from '../service.js';
import { CARED_FOR_LABELS, CLOSE_REASONS, CLOSE_REASON_LABELS, REFERRAL_TOPIC_LABELS, STATUS_LABELS, URGENCY_LABELS } from '../vocab.js';
import { localDateTime } from '../time.js';
import { sm } from '../../../platform/i18n/staff-messages.js';
import { ViolenceBanner, ViolenceForm } from '../../../platform/views/violence-flag.js';

const NOTICES: Record<string, string> = {
  tilldelad: 'Förmedlingen är tilldelad.', vald: 'Markeringen om våld i nära relation är sparad.', kontaktad: 'Första kontakten är registrerad.', avslutad: 'Förmedlingen är avslutad.',
};
export const referralNotice = (k?: string) => (k ? NOTICES[k] : undefined);

export function ReferralPage({ ctx, r, colleagues, canHandle, canRegisterCarer, errors, notice, workingDaysTaken }: {
  ctx: PageContext; r: Referral; colleagues: Handler[]; canHandle: boolean; canRegisterCarer: boolean; errors?: FieldErrors; notice?: string; workingDaysTaken: number | null;
}) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/inkorg/formedlingar/${r.id}`;
  const open = r.status !== 'closed';
  const me = ctx.principal!.userId;
  return (
    <Layout ctx={ctx} title="Förmedling" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/inkorg`, label: 'Inkorg' }, { label: 'Förmedling' }]}>
      <h1>Förmedling: <span safe>{REFERRAL_TOPIC_LABELS[r.topic]}</span></h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <ViolenceBanner flag={r.violenceFlag} note={r.violenceNote} flaggedAt={r.violenceFlaggedAt} />
      <p class="hint">Den som förmedlade ser bara att förmedlingen är mottagen och om kontakt är tagen.</p>
      <h2>Den anhöriga</h2>
      {r.erased ? <p>Kontaktuppgifterna är gallrade. Förmedlingen finns kvar som statistik.</p> : (
        <SummaryList rows={[
          ['Namn', r.carerName ?? '–'], ['Telefon', r.carerPhone ?? '–'], ['E-post', r.carerEmail ?? '–'], ['Lättast att nå', r.reachNote ?? '–'],
          ['Kort om vad det gäller', r.message ?? '–'],
        ]} />
      )}
      <SummaryList rows={[
        ['Den närståendes målgrupp', r.targetGroup ? TARGET_GROUP_LABELS[r.targetGroup] : 'Okänd'], ['Den anhörigas ålder', r.ageBand ? AGE_BAND_LABELS[r.ageBand] : 'Okänd'],
        ['Brådska', URGENCY_LABELS[r.urgency]], ['Från enhet', r.fromUnitName], ['Kö', r.toUnitName], ['Mottagen', localDateTime(r.createdAt)],
        ['Kontakt senast', r.targetDate], ['Status', STATUS_LABELS[r.status] ?? r.status],
        ['Första kontakt', r.firstContactAt ? `${localDateTime(r.firstContactAt)} (${sm('workingDays', { count: workingDaysTaken ?? 0 })})` : 'Inte ännu'],
        ...(r.closeReason ? [['Avslutad', `${localDateTime(r.closedAt!)} – ${CLOSE_REASON_LABELS[r.closeReason]}`] as [string, string]] : []),
      ]} />
      <h2>Samtycken</h2>
      <SummaryList rows={[
        ['Den anhörigas samtycke', r.consentCarerWording],
        ['Den närståendes samtycke', r.consentCaredForWording ? `${CARED_FOR_LABELS[r.consentCaredFor]}: ${r.consentCaredForWording}` : CARED_FOR_LABELS[r.consentCaredFor]],
      ]} />
      {canHandle && open ? (
        <>
          <h2>Hantera</h2>
          <Form ctx={ctx} action={`${base}/tilldela`}>
            <Select name="userId" label="Handläggare" options={colleagues.map((c) => ({ value: c.id, label: c.id === me ? `${c.name} (jag)` : c.name }))} value={r.assignedUserId ?? me} errors={errors} />
            <Button variant="secondary">Tilldela</Button>
          </Form>
          {r.firstContactAt ? '' : (
            <Form ctx={ctx} action={`${base}/kontaktad`}>
              <Button>Kontakt tagen</Button>
            </Form>
          )}
          <Form ctx={ctx} action={`${base}/avsluta`}>
            <Select name="reason" label="Avsluta med skäl" placeholder="Välj skäl" options={CLOSE_REASONS.map((c) => ({ value: c, label: CLOSE_REASON_LABELS[c] }))} errors={errors} />
            <Button variant="secondary">Avsluta</Button>
          </Form>
        </>
      ) : ''}
      {canHandle ? <ViolenceForm ctx={ctx} action={`${base}/vald`} flag={r.violenceFlag} note={r.violenceNote} erased={r.erased} errors={errors} /> : ''}
      {r.carerId ? <p><a href={`/${slug}/personal/anhoriga/${r.carerId}`}>Öppna den anhörigas registrering</a></p>
        : canRegisterCarer && !r.erased ? <p><a href={`/${slug}/personal/anhoriga/ny?fran=${r.id}`}>Registrera den anhöriga (om hen samtycker)</a></p> : ''}
    </Layout>
  );
}
