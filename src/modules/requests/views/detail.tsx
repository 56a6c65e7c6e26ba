// One contact request for the specialist: contact details (reading them is audited), what it
// concerns, where it was routed and why, assignment and status.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Radios, Select, SummaryList } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { AGE_BAND_LABELS, HEARD_VIA_LABELS, LOCALE_NAMES, TARGET_GROUP_LABELS, type ContentLocale } from '../../../platform/domain/vocab.js';
import type { StaffRequest } from '../service.js';
import { ViolenceBanner, ViolenceForm } from '../../../platform/views/violence-flag.js';
import { CLOSE_REASONS } from '../schema.js';
import { CHANNEL_LABELS, CLOSE_REASON_LABELS, MODE_LABELS, STATUS_BADGE, STATUS_LABELS, TIME_LABELS, TOPIC_LABELS, stockholm, waited } from './staff-labels.js';

export interface DetailProps {
  ctx: PageContext;
  r: StaffRequest;
  colleagues: { id: string; name: string }[];
  errors?: FieldErrors;
  notice?: string;
}

export function RequestDetailPage({ ctx, r, colleagues, errors, notice }: DetailProps) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/forfragningar/${r.id}`;
  const me = ctx.principal!.userId;
  const open = ['new', 'assigned', 'contacted'].includes(r.status);
  const title = `Förfrågan ${r.reference}`;
  const language = r.preferredLanguage === 'other' ? 'Annat språk (tolk behövs)' : LOCALE_NAMES[r.preferredLanguage as ContentLocale];
  const facts: [string, string][] = [
    ['Kom in', stockholm(r.createdAt)],
    ['Gäller', TOPIC_LABELS[r.topic]],
    ['Närståendes målgrupp', r.targetGroup ? TARGET_GROUP_LABELS[r.targetGroup] : 'Inte angett'],
    ['Den närståendes ålder', r.relativeAgeBand ? AGE_BAND_LABELS[r.relativeAgeBand] : 'Inte angett'],
    ['Den anhörigas ålder', r.ageBand ? AGE_BAND_LABELS[r.ageBand] : 'Inte angett'],
    ['Språk', language],
    ['Vill bli kontaktad', `${CHANNEL_LABELS[r.channel]}, ${TIME_LABELS[r.preferredTime].toLowerCase()}`],
    ['Hörde talas om oss', r.heardVia ? HEARD_VIA_LABELS[r.heardVia] : 'Inte angett'],
    ['Kö', r.unitName ?? 'Gemensam kö'],
    ['Varför dit', r.routingNote || '–'],
    ['Handläggs av', r.assignedName ?? 'Ingen ännu'],
  ];
  if (r.contactedAt) facts.push(['Tid till första kontakt', waited(r.createdAt, r.contactedAt)]);
  if (r.closedAt) facts.push([r.status === 'withdrawn' ? 'Återkallad' : 'Avslutad', stockholm(r.closedAt)]);
  if (r.closeReason) facts.push(['Skäl', CLOSE_REASON_LABELS[r.closeReason]]);
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/inkorg`, label: 'Inkorg' }, { href: `/${slug}/personal/forfragningar`, label: 'Förfrågningar via webben' }, { label: title }]}>
      <h1 safe>{title}</h1>
      <p>Status: <span class={STATUS_BADGE[r.status]} safe>{STATUS_LABELS[r.status]}</span></p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <ViolenceBanner flag={r.violenceFlag} note={r.violenceNote} flaggedAt={r.violenceFlaggedAt} />
      <p><a href={`${base}/meddelanden`}>Meddelanden med den anhöriga via Mina sidor</a></p>
      <h2>Kontaktuppgifter</h2>
      {r.erased ? <p class="empty">Kontaktuppgifterna är raderade. Kvar finns bara uppgifter för statistik.</p> : (
        <>
          <p class="hint">Att du läser uppgifterna har loggats. {r.mode === 'anonymous' ? 'Personen är anonym: använd uppgifterna bara för att kontakta hen, och spara dem inte någon annanstans.' : ''}</p>
          <SummaryList rows={[
            [r.mode === 'anonymous' ? 'Förnamn eller alias' : 'Namn', r.name ?? '–'],
            ['Anonym', MODE_LABELS[r.mode]],
            ['Telefon', r.phone ?? '–'],
            ['E-post', r.email ?? '–'],
          ]} />
          {r.message ? <><h3>Meddelande</h3><p class="break" safe>{r.message}</p></> : ''}
          {r.selfcheckSummary ? <><h3>Resultat från belastningskollen</h3><RichText text={r.selfcheckSummary} headingLevel={4} /></> : ''}
        </>
      )}
      <h2>Om förfrågan</h2>
      <SummaryList rows={facts} />
      {open ? (
        <>
          <h2>Tilldela</h2>
          <div class="actions">
            {r.assignedUserId !== me ? (
              <Form ctx={ctx} action={`${base}/tilldela`}><input type="hidden" name="userId" value={me} /><Button>Ta den själv</Button></Form>
            ) : <p>Du handlägger förfrågan.</p>}
          </div>
          {colleagues.filter((c) => c.id !== me).length > 0 ? (
            <Form ctx={ctx} action={`${base}/tilldela`}>
              <Select name="userId" label="Ge till en kollega" placeholder="Välj kollega" errors={errors}
                options={colleagues.filter((c) => c.id !== me).map((c) => ({ value: c.id, label: c.name }))} />
              <Button variant="secondary">Tilldela</Button>
            </Form>
          ) : ''}
          <h2>Ändra status</h2>
          {r.status !== 'contacted' ? (
            <Form ctx={ctx} action={`${base}/status`}><input type="hidden" name="status" value="contacted" /><Button variant="secondary">Markera som kontaktad</Button></Form>
          ) : ''}
          <Form ctx={ctx} action={`${base}/status`}>
            <input type="hidden" name="status" value="closed" />
            <Radios name="reason" label="Avsluta med skäl" hint={r.mode === 'anonymous' ? 'När en anonym förfrågan avslutas raderas kontaktuppgifterna direkt.' : undefined}
              errors={errors} options={CLOSE_REASONS.map((c) => ({ value: c, label: CLOSE_REASON_LABELS[c] }))} />
            <Button variant="secondary">Avsluta förfrågan</Button>
          </Form>
        </>
      ) : ''}
      <ViolenceForm ctx={ctx} action={`${base}/vald`} flag={r.violenceFlag} note={r.violenceNote} erased={r.erased} errors={errors} />
    </Layout>
  );
}
