// The instrument editor's forms: general parts, a dimension, a statement. Plain fields, each
// text in Swedish with optional lätt svenska and English.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Button, Checkbox, Checkboxes, ErrorSummary, Form, Select, TextArea, TextField } from '../../../platform/views/components.js';
import { OFFERING_TYPES, OFFERING_TYPE_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { InstrumentDetail } from '../instruments.js';
import { MAX_BAND_ROWS, MAX_SCALE_ROWS } from '../schema.js';
import { adminCrumbs } from './admin.js';

type P = { errors?: FieldErrors; values?: FormValues };
const LANGS = [['sv', 'svenska'], ['sv-easy', 'lätt svenska'], ['en', 'engelska']] as const;

function L10nFields({ prefix, label, area, max, p, optional }: { prefix: string; label: string; area?: boolean; max: number; p: P; optional?: boolean }) {
  return (
    <>
      {LANGS.map(([l, name]) => {
        const props = { name: `${prefix}_${l}`, label: `${label} på ${name}${l !== 'sv' || optional ? ' (frivilligt)' : ''}`, maxlength: max, ...p };
        return area ? <TextArea {...props} rows={3} /> : <TextField {...props} />;
      })}
    </>
  );
}

function Page({ ctx, i, title, errors, children }: { ctx: PageContext; i: InstrumentDetail; title: string; errors?: FieldErrors; children: JSX.Element[] | JSX.Element }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={errors ? `Fel: ${title}` : title}
      crumbs={adminCrumbs(ctx, [{ href: `/${slug}/personal/belastningskoll/instrument/${i.id}`, label: i.name }, { label: title }])}>
      <h1 safe>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {children as 'safe'}
    </Layout>
  );
}

export function GeneralFormPage({ ctx, i, errors, values }: { ctx: PageContext; i: InstrumentDetail } & P) {
  const p = { errors, values };
  const base = `/${ctx.tenant!.slug}/personal/belastningskoll/instrument/${i.id}`;
  return (
    <Page ctx={ctx} i={i} title="Allmänna uppgifter" errors={errors}>
      <Form ctx={ctx} action={`${base}/allmant`}>
        <h2>Namn och inledning</h2>
        <L10nFields prefix="name" label="Namn" max={120} p={p} />
        <L10nFields prefix="intro" label="Inledning" area max={1000} p={p} />
        <h2>Svarsskala</h2>
        <p class="hint">Från lägsta till högsta värde; högre värde betyder tyngre. Minst två steg. Lämna rader du inte behöver tomma.</p>
        {Array.from({ length: MAX_SCALE_ROWS }, (_, n) => (
          <fieldset class="fieldset">
            <legend safe>{`Svarssteg ${n + 1}`}</legend>
            <TextField name={`scale_${n}_value`} label="Värde" inputmode="numeric" width="short" {...p} />
            <L10nFields prefix={`scale_${n}`} label="Text" max={120} p={p} optional />
          </fieldset>
        ))}
        <h2>Nivåer</h2>
        <p class="hint">Ett medelvärde hamnar i den sista nivå vars gräns det når. Den första nivån börjar vid skalans lägsta värde.
          Till exempel låg från 1, viss från 2,0 och hög från 3,0.</p>
        {Array.from({ length: MAX_BAND_ROWS }, (_, n) => (
          <fieldset class="fieldset">
            <legend safe>{`Nivå ${n + 1}`}</legend>
            <TextField name={`band_${n}_key`} label="Kod" hint="Små bokstäver, till exempel lag, medel, hog." width="medium" maxlength={30} {...p} />
            <TextField name={`band_${n}_from`} label="Börjar vid medelvärdet" hint="Till exempel 2,0." inputmode="decimal" width="short" {...p} />
            <L10nFields prefix={`band_${n}`} label="Namn" max={120} p={p} optional />
          </fieldset>
        ))}
        <h2>Samlat resultat</h2>
        <TextField name="overallMinAnswered" label="Minsta antal besvarade frågor för ett samlat resultat" inputmode="numeric" width="short" {...p} />
        {i.draft.bands.map((b) => (
          <fieldset class="fieldset">
            <legend safe>{`Återkoppling för helheten – ${b.label.sv}`}</legend>
            <L10nFields prefix={`overall_${b.key}`} label="Text" area max={1000} p={p} optional />
          </fieldset>
        ))}
        <Button>Spara</Button>
      </Form>
    </Page>
  );
}

export function DimensionFormPage({ ctx, i, dimKey, errors, values }: { ctx: PageContext; i: InstrumentDetail; dimKey: string | null } & P) {
  const p = { errors, values };
  const base = `/${ctx.tenant!.slug}/personal/belastningskoll/instrument/${i.id}`;
  const existing = dimKey ? i.draft.dimensions.find((d) => d.key === dimKey) : undefined;
  const title = existing ? `Dimension: ${existing.name.sv}` : 'Ny dimension';
  return (
    <Page ctx={ctx} i={i} title={title} errors={errors}>
      <Form ctx={ctx} action={existing ? `${base}/dimension/${existing.key}` : `${base}/dimension`}>
        {existing ? '' : <TextField name="key" label="Kod" hint="Små bokstäver utan mellanslag, till exempel tid. Koden kan inte ändras senare." width="medium" maxlength={30} {...p} />}
        <L10nFields prefix="name" label="Namn" max={120} p={p} />
        <L10nFields prefix="about" label="Vad dimensionen handlar om, med enkla ord" area max={1000} p={p} />
        <TextField name="minAnswered" label="Räknas bara om minst så här många av dess frågor är besvarade" inputmode="numeric" width="short" {...p} />
        {i.draft.bands.map((b) => (
          <fieldset class="fieldset">
            <legend safe>{`Nivå: ${b.label.sv}`}</legend>
            <L10nFields prefix={`fb_${b.key}`} label="Återkoppling" area max={1000} p={p} optional />
            <Checkboxes name={`types_${b.key}`} label="Föreslå stöd av typen" inline options={OFFERING_TYPES.map((t) => ({ value: t, label: OFFERING_TYPE_LABELS[t] }))} {...p} />
            <Checkboxes name={`groups_${b.key}`} label="Föreslå bara för anhöriga till" hint="Välj ingen för att föreslå för alla." inline options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
          </fieldset>
        ))}
        <Button>Spara dimensionen</Button>
      </Form>
      {existing ? (
        <Form ctx={ctx} action={`${base}/dimension/${existing.key}/ta-bort`}>
          <Button variant="warning">Ta bort dimensionen</Button>
        </Form>
      ) : <></>}
    </Page>
  );
}

export function ItemFormPage({ ctx, i, itemKey, errors, values }: { ctx: PageContext; i: InstrumentDetail; itemKey: string | null } & P) {
  const p = { errors, values };
  const base = `/${ctx.tenant!.slug}/personal/belastningskoll/instrument/${i.id}`;
  const existing = itemKey ? i.draft.items.find((d) => d.key === itemKey) : undefined;
  const title = existing ? `Fråga ${i.draft.items.indexOf(existing) + 1}` : 'Ny fråga';
  return (
    <Page ctx={ctx} i={i} title={title} errors={errors}>
      <Form ctx={ctx} action={existing ? `${base}/fraga/${existing.key}` : `${base}/fraga`}>
        {existing ? '' : <TextField name="key" label="Kod" hint="Små bokstäver och siffror utan mellanslag, till exempel tid5. Kan inte ändras senare." width="medium" maxlength={30} {...p} />}
        <Select name="dimension" label="Dimension" placeholder="Välj dimension" options={i.draft.dimensions.map((d) => ({ value: d.key, label: d.name.sv }))} {...p} />
        <L10nFields prefix="text" label="Påstående" area max={500} p={p} />
        <Checkbox name="reversed" label="Omvänd fråga" hint="Ett positivt formulerat påstående: värdet räknas baklänges (lägsta + högsta − svaret)." {...p} />
        <TextField name="position" label="Plats i ordningen (frivilligt)" hint={`Ett tal från 1 till ${i.draft.items.length + (existing ? 0 : 1)}. Tomt = ${existing ? 'samma plats' : 'sist'}.`} inputmode="numeric" width="short" {...p} />
        <Button>Spara frågan</Button>
      </Form>
      {existing ? (
        <Form ctx={ctx} action={`${base}/fraga/${existing.key}/ta-bort`}>
          <Button variant="warning">Ta bort frågan</Button>
        </Form>
      ) : <></>}
    </Page>
  );
}
