// The result: overall and per dimension in plain words, then (for citizens) support that fits,
// events, and the way to send the result to a specialist; (for staff) saving it with consent.
import type { Children } from '@kitajs/html';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Banner, Checkbox, CsrfField, ErrorSummary } from '../../../platform/views/components.js';
import type { LocalizedOffering } from '../../catalog/service.js';
import { hiddenFields, type FlowState } from '../flow.js';
import { fill, labels, type SelfcheckLabels } from './labels.js';
import type { BandView, ResultView } from './result-model.js';
import { FlowLayout, Hidden, T, type FlowFrame } from './flow.js';

export interface PublicEvent {
  title: string;
  /** html lang of the event's own text */
  lang: string;
  when: string;
  href: string;
}

export function BandBadge({ band }: { band: BandView }) {
  return <strong class={`badge badge-${band.tone}`}><T t={band.label} /></strong>;
}

function Scores({ r, u }: { r: ResultView; u: SelfcheckLabels }) {
  return (
    <>
      <p safe>{fill(u.answered, { n: r.answered, total: r.total })}</p>
      <section aria-labelledby="overall-title" class="card result-overall">
        <h2 id="overall-title">
          <span safe>{u.overall}</span>{r.overall.band ? <>: <BandBadge band={r.overall.band} /></> : ''}
        </h2>
        {r.overall.band ? <>
          {r.overall.feedback ? <p><T t={r.overall.feedback} /></p> : ''}
          <p class="muted" safe>{fill(u.mean, { mean: r.overall.mean!, min: r.min, max: r.max })}</p>
        </> : <p safe>{u.overallNotScored}</p>}
      </section>
      <h2 safe>{u.areas}</h2>
      <ul class="cards">
        {r.dimensions.map((d) => (
          <li class="card">
            <h3><T t={d.name} /></h3>
            {d.band ? <p><span class="visually-hidden" safe>{`${u.level}: `}</span><BandBadge band={d.band} /></p> : ''}
            <p class="muted"><T t={d.about} /></p>
            {d.band ? <>
              {d.feedback ? <p><T t={d.feedback} /></p> : ''}
              <p class="muted" safe>{fill(u.mean, { mean: d.mean!, min: r.min, max: r.max })}</p>
            </> : <p safe>{u.notScored}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}

function Answers({ r, u }: { r: ResultView; u: SelfcheckLabels }) {
  return (
    <details class="translation">
      <summary safe>{u.yourAnswers}</summary>
      <ol>
        {r.answers.map((a) => <li><T t={a.text} /> – <strong>{a.answer ? <T t={a.answer} /> : <span safe>{u.noAnswer}</span>}</strong></li>)}
      </ol>
    </details>
  );
}

function EditForm({ frame, state, u }: { frame: FlowFrame; state: FlowState; u: SelfcheckLabels }) {
  return (
    <form method="post" action={frame.action} class="inline-form">
      <CsrfField ctx={frame.ctx} />
      <Hidden fields={hiddenFields(frame.def, state)} />
      <button type="submit" class="button button-secondary" name="action" value="edit" safe>{u.edit}</button>
    </form>
  );
}

export function CitizenResultScreen({ frame, state, r, offerings, events, summary, restartHref, saveToMyPages }: {
  frame: FlowFrame; state: FlowState; r: ResultView; offerings: LocalizedOffering[]; events: PublicEvent[]; summary: string; restartHref: string;
  /** Signed in to Mina sidor: the button's text; the result is stored only when the carer presses it. */
  saveToMyPages?: string;
}) {
  const { ctx } = frame;
  const u = labels(ctx.locale);
  const slug = ctx.tenant!.slug;
  const specialist = ctx.tenant!.settings.specialistTitle;
  return (
    <FlowLayout frame={frame} title={u.resultTitle}>
      <h1 safe>{u.resultTitle}</h1>
      <Banner kind="info" title={u.notSaved} />
      <Scores r={r} u={u} />
      {r.overall.band?.tone === 'bad' ? <p><a href="#contact-title" safe>{u.jumpToContact}</a></p> : ''}
      <h2 safe>{u.suggestions}</h2>
      {offerings.length === 0 ? <p safe>{u.suggestionsNone}</p> : (
        <ul class="cards">
          {offerings.map((o) => (
            <li class="card" lang={o.fallback ? 'sv' : undefined}>
              <h3><a href={`/${slug}/stod/${o.id}`} safe>{o.title}</a></h3>
              <p safe>{o.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <p><a href={`/${slug}/stod`} safe>{u.allSupport}</a></p>
      <h2 safe>{u.events}</h2>
      {events.length === 0 ? <p safe>{u.eventsNone}</p> : (
        <ul>
          {events.map((e) => <li><a href={e.href} lang={e.lang} safe>{e.title}</a> – <span class="muted" safe>{e.when}</span></li>)}
        </ul>
      )}
      <p><a href={`/${slug}/aktiviteter`} safe>{u.eventsLink}</a></p>
      <section aria-labelledby="contact-title" class="banner">
        <h2 id="contact-title" class="banner-title" safe>{u.contactTitle}</h2>
        <p safe>{fill(u.contact, { specialist })}</p>
        <form method="post" action={`/${slug}/kontakt`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="prefill" value="1" />
          <input type="hidden" name="selfcheck" value={summary} />
          <button type="submit" class="button button-primary" safe>{fill(u.contactButton, { specialist })}</button>
        </form>
      </section>
      {saveToMyPages ? (
        <form method="post" action={`/${slug}/mina-sidor/belastningskoll`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="selfcheck" value={summary} />
          <button type="submit" class="button button-secondary" safe>{saveToMyPages}</button>
        </form>
      ) : ''}
      <Banner kind="warning" title={u.urgentTitle}><p safe>{u.urgent}</p></Banner>
      <Answers r={r} u={u} />
      <div class="actions">
        <EditForm frame={frame} state={state} u={u} />
        <a href={restartHref} class="button button-secondary" role="button" safe>{u.restart}</a>
      </div>
    </FlowLayout>
  );
}

export function StaffResultScreen({ frame, state, r, saveAction, errors, extra }: {
  frame: FlowFrame; state: FlowState; r: ResultView; saveAction: string; errors?: FieldErrors; extra?: Children;
}) {
  const { ctx } = frame;
  const u = labels('sv');
  const title = `Resultat för ${frame.staff!.carerName}`;
  return (
    <FlowLayout frame={frame} title={errors ? `Fel: ${title}` : title}>
      <h1 safe>{title}</h1>
      <p class="muted"><T t={r.instrumentName} /> <span safe>{`(version ${r.version})`}</span></p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Scores r={r} u={u} />
      <Answers r={r} u={u} />
      <h2>Spara hos den anhöriga</h2>
      <p>Resultatet sparas bara om den anhöriga samtycker. Då kan ni jämföra med senare tillfällen.</p>
      <form method="post" action={saveAction} novalidate>
        <CsrfField ctx={ctx} />
        <Hidden fields={hiddenFields(frame.def, state)} />
        <input type="hidden" name="action" value="result" />
        <Checkbox name="consent" label="Den anhöriga har samtyckt till att resultatet sparas i Bredvid" errors={errors} />
        <button type="submit" class="button button-primary">Spara resultatet</button>
      </form>
      <div class="actions">
        <EditForm frame={frame} state={state} u={u} />
        {extra ?? ''}
      </div>
    </FlowLayout>
  );
}
