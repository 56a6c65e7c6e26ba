// The admin's portal settings: short alias, start-page text, contact details, retention and
// the routing rules of contact requests (first matching rule wins).
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { CONTENT_LOCALES, LOCALE_NAMES, TARGET_GROUPS, TARGET_GROUP_LABELS, type TargetGroup } from '../../../platform/domain/vocab.js';
import type { OrgUnit } from '../../../platform/tenancy/tenancy.js';
import type { RoutingRule } from '../../../platform/tenancy/settings.js';

export interface SettingsPageProps {
  ctx: PageContext;
  units: OrgUnit[];
  rules: RoutingRule[];
  values?: FormValues;
  errors?: FieldErrors;
  ruleValues?: FormValues;
  ruleErrors?: FieldErrors;
  notice?: string;
}

function ruleCondition(r: RoutingRule): string {
  const parts: string[] = [];
  if (r.targetGroup) parts.push(`närstående: ${TARGET_GROUP_LABELS[r.targetGroup as TargetGroup].toLowerCase()}`);
  if (r.carerUnder !== undefined) parts.push(`anhörig under ${r.carerUnder} år`);
  return parts.length > 0 ? parts.join(' och ') : 'Alla övriga förfrågningar (gemensam kö)';
}

export function PortalSettingsPage(p: SettingsPageProps) {
  const slug = p.ctx.tenant!.slug;
  const unitName = (id: string) => p.units.find((u) => u.id === id)?.name ?? 'okänd enhet';
  const base = `/${slug}/personal/portal/installningar`;
  const rows = p.rules.map((r, i) => ({ r, i }));
  return (
    <Layout ctx={p.ctx} title="Portalens inställningar" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Portalens inställningar' }]}>
      <h1>Portalens inställningar</h1>
      {p.notice ? <Banner kind="success" title={p.notice} /> : ''}
      <ErrorSummary ctx={p.ctx} errors={p.errors} />
      <Form ctx={p.ctx} action={base}>
        <h2>Adress och kontakt</h2>
        <TextField name="shortAlias" label="Kort adress" hint={`Till exempel a-stod ger /${slug}/a-stod, som leder till startsidan. Lämna tomt för ingen.`}
          maxlength={40} width="medium" errors={p.errors} values={p.values} />
        <TextField name="contactPhone" label="Telefon till anhörigstödet" type="tel" maxlength={60} width="medium" errors={p.errors} values={p.values} />
        <TextField name="contactEmail" label="E-post till anhörigstödet" type="email" maxlength={120} width="medium" errors={p.errors} values={p.values} />
        <TextField name="contactRetentionDays" label="Dagar som kontaktuppgifter sparas efter att en förfrågan avslutats"
          hint="Sedan raderas namn, telefon, e-post och meddelande. Statistiken finns kvar. Standard är 30." inputmode="numeric" width="short" errors={p.errors} values={p.values} />
        <h2>Text på startsidan</h2>
        <p class="hint">Två meningar om vad kommunen erbjuder anhöriga. Svenska visas när ett språk saknas.</p>
        {CONTENT_LOCALES.map((l) => (
          <TextArea name={`intro_${l}`} label={`Inledning (${LOCALE_NAMES[l]})`} rows={3} maxlength={600} errors={p.errors} values={p.values} />
        ))}
        <Button>Spara inställningar</Button>
      </Form>

      <h2 id="regler">Vart förfrågningar skickas</h2>
      <p>En förfrågan om kontakt går till den första regeln som passar. Passar ingen regel hamnar den i den gemensamma kön: hos enheten som regeln för alla övriga förfrågningar anger, och hos dem som har behörighet i hela kommunen.</p>
      {p.rules.some((r) => r.targetGroup === undefined && r.carerUnder === undefined) ? '' : (
        <Banner kind="warning" title="Ingen enhet tar emot övriga förfrågningar"><p>Lägg till en regel utan målgrupp och ålder, annars ser bara personer med behörighet i hela kommunen förfrågningar som ingen regel passar.</p></Banner>
      )}
      <Table caption="Regler i ordning" rows={rows} empty="Inga regler: alla förfrågningar hamnar i den gemensamma kön." columns={[
        { header: 'Nr', cell: ({ i }) => String(i + 1), numeric: true },
        { header: 'När', cell: ({ r }) => <span safe>{ruleCondition(r)}</span> },
        { header: 'Till', cell: ({ r }) => <span safe>{unitName(r.routeToUnitId)}</span> },
        { header: 'Förklaring till den anhöriga', cell: ({ r }) => <span safe>{r.note}</span> },
        {
          header: 'Ändra', cell: ({ i }) => (
            <div class="actions">
              {i > 0 ? <Form ctx={p.ctx} action={`${base}/regler/${i}/upp`}><button type="submit" class="button button-secondary button-small">Flytta upp <span class="visually-hidden" safe>{`regel ${i + 1}`}</span></button></Form> : ''}
              <Form ctx={p.ctx} action={`${base}/regler/${i}/ta-bort`}><button type="submit" class="button button-secondary button-small">Ta bort <span class="visually-hidden" safe>{`regel ${i + 1}`}</span></button></Form>
            </div>
          ),
        },
      ]} />
      <h3>Ny regel</h3>
      <ErrorSummary ctx={p.ctx} errors={p.ruleErrors} />
      <Form ctx={p.ctx} action={`${base}/regler`}>
        <Select name="targetGroup" label="Närståendes målgrupp" placeholder="Alla målgrupper" values={p.ruleValues} errors={p.ruleErrors}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} />
        <TextField name="carerUnder" label="Anhörig yngre än (år)" hint="Lämna tomt för alla åldrar. 18 fångar barn och unga som anhöriga." inputmode="numeric" width="short" values={p.ruleValues} errors={p.ruleErrors} />
        <Select name="routeToUnitId" label="Skicka till enhet" placeholder="Välj enhet" values={p.ruleValues} errors={p.ruleErrors}
          options={p.units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.external ? `${u.name} (extern)` : u.name }))} />
        <TextArea name="note" label="Förklaring till den anhöriga" hint="Visas för den som skickat förfrågan: vart den gick och varför." rows={2} maxlength={300} values={p.ruleValues} errors={p.ruleErrors} />
        <Button variant="secondary">Lägg till regel</Button>
      </Form>
    </Layout>
  );
}
