// The yearly questionnaire: the year's questions with Bredvid's suggestions and the confirmed
// answers; one page per question to answer it; an editor for the question set.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { formatInstant } from '../../../platform/domain/dates.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, Radios, Select, TextArea, TextField } from '../../../platform/views/components.js';
import { answerText, summarize, type Question } from '../questionnaire.js';
import { GROUP_LABELS } from '../questions.js';

const base = (ctx: PageContext) => `/${ctx.tenant!.slug}/personal/rapporter`;
const crumbs = (ctx: PageContext, year: number, last?: string) => [
  { href: `/${ctx.tenant!.slug}/personal`, label: 'Start' }, { href: base(ctx), label: 'Rapporter' },
  ...(last ? [{ href: `${base(ctx)}/enkat?ar=${year}`, label: `Årsenkät ${year}` }, { label: last }] : [{ label: `Årsenkät ${year}` }]),
];

function suggestionText(qn: Question): string | null {
  const s = qn.suggestion;
  if (!s || !qn.groups.some((g) => s.values[g] !== undefined)) return null;
  return summarize({ ...qn, answers: Object.fromEntries(qn.groups.filter((g) => s.values[g] !== undefined).map((g) => [g, { value: s.values[g]!, note: '', source: 'confirmed', byName: '', at: '' }])) });
}

function answeredBy(qn: Question): string {
  const first = qn.groups.map((g) => qn.answers[g]).find((a) => a);
  if (!first) return '';
  const corrected = qn.groups.some((g) => qn.answers[g]?.source === 'corrected');
  return `${corrected ? 'Ändrat' : 'Bekräftat'} av ${first.byName}, ${formatInstant(first.at)}`;
}

export function QuestionnairePage({ ctx, year, years, questions, canEdit, notice, errors }: {
  ctx: PageContext; year: number; years: number[]; questions: Question[]; canEdit: boolean; notice?: string; errors?: FieldErrors;
}) {
  const b = base(ctx);
  const unanswered = questions.filter((qn) => Object.keys(qn.answers).length === 0).length;
  return (
    <Layout ctx={ctx} title={`Årsenkät ${year}`} crumbs={crumbs(ctx, year)}>
      <h1 safe>{`Årsenkät ${year}`}</h1>
      <p class="lede">Frågor av det slag Socialstyrelsens Öppna jämförelser ställer om stöd till anhöriga. Bredvid föreslår svar utifrån det som registrerats och visar underlaget; ni bekräftar eller ändrar.</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <form method="get" action={`${b}/enkat`} class="filters" novalidate>
        <Select name="ar" label="År" options={years.map((y) => ({ value: String(y), label: String(y) }))} value={String(year)} errors={errors} />
        <button type="submit" class="button button-secondary">Visa året</button>
      </form>
      {questions.length === 0 ? (
        canEdit ? (
          <Form ctx={ctx} action={`${b}/enkat?ar=${year}`}>
            <p>Frågorna för <span safe>{String(year)}</span> är inte upplagda. De skapas som en kopia av förra årets frågor, eller av Bredvids förslag om inga finns.</p>
            <button type="submit" class="button button-primary" safe>{`Skapa frågorna för ${year}`}</button>
          </Form>
        ) : <p class="empty">Frågorna för året är inte upplagda ännu.</p>
      ) : (
        <>
          {canEdit ? (
            <div class="actions">
              {unanswered > 0 ? (
                <Form ctx={ctx} action={`${b}/enkat/bekrafta?ar=${year}`}>
                  <button type="submit" class="button button-secondary" safe>{`Bekräfta Bredvids förslag på obesvarade frågor (${unanswered} obesvarade)`}</button>
                </Form>
              ) : ''}
              <a class="button button-secondary" href={`${b}/enkat/ny?ar=${year}`}>Lägg till en fråga</a>
            </div>
          ) : ''}
          <ol class="question-list">
            {questions.map((qn) => {
              const suggested = canEdit ? suggestionText(qn) : null;
              return (
                <li class="question" id={`fraga-${qn.id}`}>
                  <h2 class="question-text" safe>{qn.text}</h2>
                  <dl class="summary-list">
                    <div class="summary-row"><dt>Svar</dt><dd><span safe>{summarize(qn)}</span>{qn.note ? <span class="hint"> – <span safe>{qn.note}</span></span> : ''}</dd></div>
                    {Object.keys(qn.answers).length > 0 ? <div class="summary-row"><dt>Vem och när</dt><dd safe>{answeredBy(qn)}</dd></div> : ''}
                    {canEdit ? <div class="summary-row"><dt>Bredvid föreslår</dt><dd safe>{suggested ?? 'Inget förslag: Bredvid har inget underlag för frågan.'}</dd></div> : ''}
                  </dl>
                  {canEdit ? (
                    <p class="actions">
                      <a href={`${b}/enkat/fraga/${qn.id}`}>{Object.keys(qn.answers).length > 0 ? 'Ändra svaret' : 'Svara'}<span class="visually-hidden" safe>{`: ${qn.text}`}</span></a>
                      <a href={`${b}/enkat/fraga/${qn.id}/andra`}>Ändra frågan<span class="visually-hidden" safe>{`: ${qn.text}`}</span></a>
                    </p>
                  ) : ''}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Layout>
  );
}

export function AnswerPage({ ctx, question, errors, values }: { ctx: PageContext; question: Question; errors?: FieldErrors; values?: FormValues }) {
  const b = base(ctx);
  const qn = question;
  const current: FormValues = values ?? {
    note: qn.note,
    ...Object.fromEntries(qn.groups.map((g) => [`svar_${g}`, qn.answers[g]?.value ?? qn.suggestion?.values[g] ?? ''])),
  };
  const p = { errors, values: current };
  const s = qn.suggestion;
  return (
    <Layout ctx={ctx} title="Svara på frågan" crumbs={crumbs(ctx, qn.year, 'Svara')}>
      <h1 safe>{qn.text}</h1>
      {qn.help ? <p class="hint" safe>{qn.help}</p> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', ...qn.groups.map((g) => `svar_${g}`), 'note']} />
      <h2>Bredvids underlag</h2>
      {s ? (
        <>
          <p>Förslag: <strong safe>{suggestionText(qn) ?? 'inget förslag'}</strong>. Förslaget är ifyllt nedan där du inte redan svarat.</p>
          <ul>{s.evidence.map((e) => <li safe>{e}</li>)}</ul>
        </>
      ) : <p>Bredvid har inget underlag för den här frågan. Svara utifrån det ni vet.</p>}
      <h2>Ditt svar</h2>
      <Form ctx={ctx} action={`${b}/enkat/fraga/${qn.id}`}>
        {qn.groups.map((g) => {
          const label = qn.perGroup ? GROUP_LABELS[g] : 'Svar';
          return qn.kind === 'number'
            ? <TextField name={`svar_${g}`} label={label} inputmode="numeric" width="short" {...p} />
            : <Radios name={`svar_${g}`} label={label} inline options={[{ value: 'yes', label: 'Ja' }, { value: 'no', label: 'Nej' }]} {...p} />;
        })}
        <TextArea name="note" label="Kommentar (frivilligt)" hint="Till exempel datum för ett beslut, eller varför svaret skiljer sig från förslaget." rows={3} maxlength={1000} {...p} />
        <Button>Spara svaret</Button>
      </Form>
      {Object.keys(qn.answers).length > 0 ? (
        <>
          <h2>Sparat svar</h2>
          <ul>
            {qn.groups.filter((g) => qn.answers[g]).map((g) => {
              const a = qn.answers[g]!;
              return <li safe>{`${qn.perGroup ? `${GROUP_LABELS[g]}: ` : ''}${answerText(qn.kind, a.value)} – ${a.source === 'corrected' ? 'ändrat' : 'bekräftat'} av ${a.byName}, ${formatInstant(a.at)}`}</li>;
            })}
          </ul>
        </>
      ) : ''}
    </Layout>
  );
}

export function QuestionEditorPage({ ctx, year, question, errors, values }: { ctx: PageContext; year: number; question?: Question; errors?: FieldErrors; values?: FormValues }) {
  const b = base(ctx);
  const title = question ? 'Ändra frågan' : 'Ny fråga';
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs(ctx, year, title)}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'text', 'help', 'kind', 'perGroup', 'position']} />
      <Form ctx={ctx} action={question ? `${b}/enkat/fraga/${question.id}/andra` : `${b}/enkat/ny?ar=${year}`}>
        <TextArea name="text" label="Frågan" rows={3} maxlength={300} {...p} />
        <TextArea name="help" label="Hjälptext (frivilligt)" rows={2} maxlength={1000} {...p} />
        <Radios name="kind" label="Hur frågan besvaras" options={[{ value: 'yes_no', label: 'Ja eller nej' }, { value: 'number', label: 'Med ett tal' }]} {...p} />
        <Checkbox name="perGroup" label="Besvaras för varje målgrupp och för barn som anhöriga" hint="Ändrar du hur frågan besvaras tas de svar som redan getts bort." {...p} />
        <TextField name="position" label="Plats i listan" hint="1 är först. Lämna tomt för sist." inputmode="numeric" width="short" {...p} />
        <Button>{question ? 'Spara frågan' : 'Lägg till frågan'}</Button>
      </Form>
      {question ? (
        <Form ctx={ctx} action={`${b}/enkat/fraga/${question.id}/ta-bort`}>
          <p>Tar du bort frågan tas också dess svar bort.</p>
          <Button variant="warning">Ta bort frågan</Button>
        </Form>
      ) : ''}
    </Layout>
  );
}
