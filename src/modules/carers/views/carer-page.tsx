import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, ErrorSummary, Form, Radios, Select, SummaryList, Table, TextField, type Option } from '../../../platform/views/components.js';
import { AGE_BAND_LABELS, GENDER_LABELS, RELATIONSHIP_LABELS, TARGET_GROUP_LABELS, type DocumentationPolicy } from '../../../platform/domain/vocab.js';
import { ACTIVITY_TYPE_LABELS, CHANNEL_LABELS, type Contact } from '../../contacts/service.js';
import type { Carer, Consent, DuplicateCandidate, JournalEntry, PlanMeasure, PlannedAction, SupportOffer } from '../service.js';
import { ACTION_KINDS, ACTION_KIND_LABELS, ACTION_STATUS_LABELS, ACTION_TYPES, ACTION_TYPE_LABELS, CONSENT_SCOPES, CONSENT_SCOPE_LABELS, CONSENT_SUBJECT_LABELS, OFFER_ANSWERS, OFFER_ANSWER_LABELS } from '../vocab.js';
import { formatPersonnummer } from '../personnummer.js';
import { localDateTime } from '../time.js';
import { JournalSection } from './journal.js';
import type { ThreadSummary } from '../../messages/service.js';

export interface CarerPageModel {
  carer: Carer;
  personnummer: string | null; // only after "visa"
  consents: Consent[];
  offers: SupportOffer[];
  actions: PlannedAction[];
  plan: PlanMeasure[];
  journal: JournalEntry[];
  contacts: Contact[];
  referrals: { id: string; createdAt: string; topicLabel: string; statusLabel: string }[];
  /** threads of the Mina sidor accounts linked to the record (empty without the inbox permission) */
  threads: ThreadSummary[];
  duplicates: DuplicateCandidate[];
  supportOptions: Option[];
  policy: DocumentationPolicy;
  canWrite: boolean;
  canLogContact: boolean;
  today: string;
  notice?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

const NOTICES: Record<string, string> = {
  ny: 'Den anhöriga är registrerad.', sparad: 'Ändringarna är sparade.', kontakt: 'Kontakten är registrerad och kopplad.',
  samtycke: 'Samtycket är sparat.', aterkallat: 'Samtycket är återkallat.', stodkontakt: 'Stödkontakten är sparad.', erbjudande: 'Erbjudandet om stödkontakt är sparat.',
  insats: 'Insatsen är planerad.', klar: 'Insatsen är markerad som genomförd.', installd: 'Insatsen är inställd.',
  journal: 'Anteckningen är signerad.', sammanslagen: 'Posterna är sammanslagna.',
};
export const noticeText = (key?: string) => (key ? NOTICES[key] : undefined);

function PolicyBanner({ policy, name }: { policy: DocumentationPolicy; name: string }) {
  return policy === 'journal'
    ? <Banner kind="info" title={`Dokumentation i ${name}: journal`}><p>Anteckningar signeras och kan inte ändras. En rättelse blir en ny anteckning som pekar på den gamla.</p></Banner>
    : <Banner kind="info" title={`Dokumentation i ${name}: ingen journal`}><p>Öppen verksamhet dokumenteras inte. Här sparas bara uppgifter för kontakt, samtycken och den plan som görs tillsammans med den anhöriga – ingen journal.</p></Banner>;
}

function PlanSummary({ plan, href }: { plan: PlanMeasure[]; href: string }) {
  const open = plan.filter((x) => x.status === 'planned' || x.status === 'ongoing');
  const next = open.map((x) => x.followUpOn).filter((d): d is string => d !== null).sort()[0];
  return (
    <>
      <p safe>{plan.length === 0 ? 'Ingen plan är gjord ännu.' : `${plan.length} åtgärder i planen, ${open.length} planerade eller pågående.${next ? ` Nästa uppföljning ${next}.` : ''}`}</p>
      <p><a href={href}>Öppna planen</a></p>
    </>
  );
}

export function CarerPage({ ctx, m }: { ctx: PageContext; m: CarerPageModel }) {
  const slug = ctx.tenant!.slug;
  const c = m.carer;
  const base = `/${slug}/personal/anhoriga/${c.id}`;
  const p = { errors: m.errors, values: m.values };
  const registration = m.consents.find((x) => x.scope === 'registration' && x.withdrawnOn === null);
  return (
    <Layout ctx={ctx} title={c.name} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga`, label: 'Anhöriga' }, { label: c.name }]}>
      <h1 safe>{c.name}</h1>
      {m.notice ? <Banner kind="success" title={m.notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={m.errors} />
      <PolicyBanner policy={m.policy} name={ctx.tenant!.name} />
      {!registration ? <Banner kind="warning" title="Samtycket till registrering saknas eller är återkallat"><p>Uppgifterna ska raderas om inte en regel hindrar det. <a href={`${base}/radera`}>Gå till radering</a></p></Banner> : ''}
      <p class="hint">Sidan visar den anhörigas egna uppgifter. Den närståendes ärende och uppgifter visas aldrig här.</p>
      <h2>Uppgifter</h2>
      <SummaryList rows={[
        ['Telefon', c.phone ?? '–'], ['E-post', c.email ?? '–'],
        ['Den närståendes målgrupp', c.targetGroup ? TARGET_GROUP_LABELS[c.targetGroup] : '–'],
        ['Relation', c.relationship ? RELATIONSHIP_LABELS[c.relationship] : '–'], ['Åldersgrupp', c.ageBand ? AGE_BAND_LABELS[c.ageBand] : '–'],
        ['Kön', c.gender ? GENDER_LABELS[c.gender] : '–'], ['Enhet', c.unitName], ['Registrerad', localDateTime(c.createdAt)],
        ['Senaste aktivitet', localDateTime(c.lastActivityAt)],
      ]} />
      <dl class="summary-list">
        <div class="summary-row">
          <dt>Personnummer</dt>
          <dd>
            {m.personnummer ? <span safe>{formatPersonnummer(m.personnummer)}</span> : c.hasPersonnummer ? (
              <Form ctx={ctx} action={`${base}/visa-personnummer`} class="inline-form">
                <span>Registrerat, dolt </span><button type="submit" class="button button-secondary button-small">Visa personnummer</button>
              </Form>
            ) : <span>Inte registrerat</span>}
          </dd>
        </div>
      </dl>
      {m.canWrite ? <p><ButtonLink href={`${base}/andra`}>Ändra uppgifter</ButtonLink></p> : ''}

      <h2>Stödkontakt</h2>
      {c.supportContactName ? <p safe>{`${c.supportContactName} är stödkontakt.`}</p> : <p>Ingen stödkontakt är utsedd.</p>}
      {m.canWrite ? (
        <Form ctx={ctx} action={`${base}/stodkontakt`}>
          <Select name="supportContactUserId" label="Utse stödkontakt" placeholder="Ingen" options={m.supportOptions} value={c.supportContactId ?? ''} errors={m.errors} />
          <Button variant="secondary">Spara stödkontakt</Button>
        </Form>
      ) : ''}

      <h3>Erbjudanden om stödkontakt</h3>
      <p class="hint">Enligt socialtjänstlagen ska varje anhörig som tar kontakt erbjudas en stödkontakt.</p>
      <Table caption="Erbjudanden om stödkontakt" rows={m.offers} empty="Inget erbjudande är registrerat." columns={[
        { header: 'Erbjudet', cell: (o) => <span safe>{o.offeredOn}</span> },
        { header: 'Svar', cell: (o) => <span safe>{OFFER_ANSWER_LABELS[o.answer]}</span> },
        { header: 'Stödkontakt', cell: (o) => <span safe>{o.supportContactName ?? '–'}</span> },
        { header: 'Första kontakt', cell: (o) => <span safe>{o.firstContactOn}</span> },
      ]} />
      {m.canWrite ? (
        <Form ctx={ctx} action={`${base}/erbjudande`}>
          <TextField name="offeredOn" label="Datum för erbjudandet" type="date" width="medium" {...p} />
          <Radios name="answer" label="Svar" options={OFFER_ANSWERS.map((a) => ({ value: a, label: OFFER_ANSWER_LABELS[a] }))} {...p} />
          <Select name="offerSupportContactUserId" label="Stödkontakt om den anhöriga tackade ja" placeholder="Välj" options={m.supportOptions} {...p} />
          <Button variant="secondary">Spara erbjudande</Button>
        </Form>
      ) : ''}

      <h2>Plan</h2>
      <PlanSummary plan={m.plan} href={`${base}/plan`} />

      <h2>Samtycken</h2>
      <Table caption="Samtycken" rows={m.consents} empty="Inga samtycken registrerade." columns={[
        { header: 'Vems', cell: (x) => <span safe>{CONSENT_SUBJECT_LABELS[x.subject]}</span> },
        { header: 'Gäller', cell: (x) => <span safe>{CONSENT_SCOPE_LABELS[x.scope]}</span> },
        { header: 'Lämnat', cell: (x) => <span safe>{x.givenOn}</span> },
        { header: 'Status', cell: (x) => (x.withdrawnOn ? <span safe>{`Återkallat ${x.withdrawnOn}`}</span> : m.canWrite ? (
          <Form ctx={ctx} action={`${base}/samtycken/${x.id}/aterkalla`} class="inline-form">
            <button type="submit" class="button button-secondary button-small">Återkalla<span class="visually-hidden" safe>{` ${CONSENT_SCOPE_LABELS[x.scope]}`}</span></button>
          </Form>
        ) : <span>Gäller</span>) },
      ]} />
      {m.canWrite ? (
        <Form ctx={ctx} action={`${base}/samtycken`}>
          <Select name="scope" label="Nytt samtycke" placeholder="Välj vad samtycket gäller" {...p}
            options={CONSENT_SCOPES.map((s) => ({ value: s, label: `${CONSENT_SCOPE_LABELS[s]} (${s === 'share_information' ? CONSENT_SUBJECT_LABELS.cared_for.toLowerCase() : CONSENT_SUBJECT_LABELS.carer.toLowerCase()})` }))} />
          <TextField name="givenOn" label="Datum då samtycket lämnades" type="date" width="medium" {...p} />
          <Button variant="secondary">Spara samtycke</Button>
        </Form>
      ) : ''}

      <h2>Planerade insatser och uppföljningar</h2>
      <Table caption="Planerat" rows={m.actions} empty="Inget planerat." columns={[
        { header: 'Datum', cell: (a) => <span safe>{a.dueOn}</span> },
        { header: 'Slag', cell: (a) => <span safe>{ACTION_KIND_LABELS[a.kind]}</span> },
        { header: 'Vad', cell: (a) => <span safe>{ACTION_TYPE_LABELS[a.actionType]}</span> },
        { header: 'Ansvarig', cell: (a) => <span safe>{a.assignedName ?? '–'}</span> },
        { header: 'Status', cell: (a) => (a.overdue ? <span class="badge badge-bad">Försenad</span> : <span safe>{ACTION_STATUS_LABELS[a.status]}</span>) },
        { header: 'Åtgärd', cell: (a) => (a.status === 'planned' && m.canWrite ? (
          <div class="actions">
            <Form ctx={ctx} action={`${base}/insatser/${a.id}/klar`}><button type="submit" class="button button-secondary button-small">Genomförd<span class="visually-hidden" safe>{` ${ACTION_TYPE_LABELS[a.actionType]} ${a.dueOn}`}</span></button></Form>
            <Form ctx={ctx} action={`${base}/insatser/${a.id}/installd`}><button type="submit" class="button button-secondary button-small">Ställ in<span class="visually-hidden" safe>{` ${ACTION_TYPE_LABELS[a.actionType]} ${a.dueOn}`}</span></button></Form>
          </div>
        ) : <span safe>{a.doneOn ?? '–'}</span>) },
      ]} />
      {m.canWrite ? (
        <Form ctx={ctx} action={`${base}/insatser`}>
          <h3>Planera</h3>
          <Select name="kind" label="Slag" options={ACTION_KINDS.map((k) => ({ value: k, label: ACTION_KIND_LABELS[k] }))} {...p} />
          <Select name="actionType" label="Vad ska göras" options={ACTION_TYPES.map((t) => ({ value: t, label: ACTION_TYPE_LABELS[t] }))} {...p} />
          <TextField name="dueOn" label="Datum" type="date" width="medium" {...p} />
          <Select name="assignedUserId" label="Ansvarig" placeholder="Jag själv" options={m.supportOptions} {...p} />
          <Button variant="secondary">Planera</Button>
        </Form>
      ) : ''}

      <h2>Kontakter</h2>
      <Table caption="Kontakter kopplade till den anhöriga" rows={m.contacts} empty="Inga kopplade kontakter." columns={[
        { header: 'Datum', cell: (x) => <span safe>{x.contactDate}</span> },
        { header: 'Kanal', cell: (x) => <span safe>{CHANNEL_LABELS[x.channel]}</span> },
        { header: 'Aktivitet', cell: (x) => <span safe>{ACTIVITY_TYPE_LABELS[x.activityType]}</span> },
        { header: 'Minuter', numeric: true, cell: (x) => <span safe>{String(x.durationMin)}</span> },
      ]} />
      {m.canLogContact ? <p><a href={`/${slug}/personal/kontakter?anhorig=${c.id}`}>Registrera en kontakt med den anhöriga</a></p> : ''}

      {m.referrals.length > 0 ? (
        <>
          <h2>Förmedlingar</h2>
          <Table caption="Förmedlingar som gäller den anhöriga" rows={m.referrals} columns={[
            { header: 'Mottagen', cell: (r) => <span safe>{localDateTime(r.createdAt)}</span> },
            { header: 'Gäller', cell: (r) => <span safe>{r.topicLabel}</span> },
            { header: 'Status', cell: (r) => <span safe>{r.statusLabel}</span> },
          ]} />
        </>
      ) : ''}

      {m.threads.length > 0 ? (
        <>
          <h2>Meddelanden via Mina sidor</h2>
          <Table caption="Meddelanden från konton som den anhöriga har kopplat till sina uppgifter" rows={m.threads} columns={[
            { header: 'Ämne', cell: (x) => <a href={`/${slug}/personal/meddelanden/${x.id}`} safe>{x.subject}</a> },
            { header: 'Förfrågan', cell: (x) => <span safe>{x.requestReference ?? '–'}</span> },
            { header: 'Senaste meddelande', cell: (x) => <span safe>{localDateTime(x.lastMessageAt)}</span> },
            { header: 'Olästa', numeric: true, cell: (x) => <span safe>{String(x.unread)}</span> },
          ]} />
        </>
      ) : ''}

      <JournalSection ctx={ctx} base={base} policy={m.policy} entries={m.journal} canWrite={m.canWrite} errors={m.errors} values={m.values} />

      {m.duplicates.length > 0 && m.canWrite ? (
        <>
          <h2>Möjliga dubbletter</h2>
          <ul>
            {m.duplicates.map((d) => <li><a href={`${base}/sammanfoga/${d.id}`}>Jämför och slå samman med <span safe>{d.name}</span></a> (<span safe>{d.reasons.join(', ')}</span>)</li>)}
          </ul>
        </>
      ) : ''}

      <h2>Den anhörigas rättigheter</h2>
      <ul>
        <li><a href={`${base}/registerutdrag.pdf`}>Registerutdrag som PDF</a></li>
        <li><a href={`${base}/registerutdrag.json`}>Registerutdrag som JSON</a></li>
        {m.canWrite ? <li><a href={`${base}/radera`}>Radera uppgifterna</a></li> : ''}
      </ul>
    </Layout>
  );
}
