import type { Children } from '@kitajs/html';
// The self-check's screens: start, one question per screen, all on one page. Every screen is a
// POST form that carries the answers so far in hidden fields; nothing needs JavaScript.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import { Layout, type Crumb } from '../../../platform/views/layout.js';
import { Banner, CsrfField, ErrorSummary, Radios } from '../../../platform/views/components.js';
import { text, type InstrumentDefinition } from '../definition.js';
import { answerField, CHOOSE_ANSWER, hiddenFields, type FlowState } from '../flow.js';
import { translator } from '../../../platform/i18n/i18n.js';
import { SELFCHECK_MESSAGES } from '../messages.js';
import { fill, groupLabel, hasOwnText, labels } from './labels.js';
import type { Txt } from './result-model.js';

/** Where the flow posts and whose it is: a citizen's, or a specialist's with a carer. */
export interface FlowFrame {
  ctx: PageContext;
  action: string;
  def: InstrumentDefinition;
  staff?: { carerName: string; crumbs: Crumb[] };
}

export function T({ t }: { t: Txt }) {
  return t.fallback ? <span lang="sv" dir="ltr" safe>{t.text}</span> : <span safe>{t.text}</span>;
}

/** The page around a screen: the citizen frame (language switcher only on the start page) or the staff frame. */
export function FlowLayout({ frame, title, children, switcher }: { frame: FlowFrame; title: string; children: Children; switcher?: boolean }) {
  const { ctx } = frame;
  const fallback = ctx.area === 'public' && !hasOwnText(ctx.locale);
  return (
    <Layout ctx={ctx} title={title} locales={switcher ? undefined : []} contentLang={fallback ? 'sv' : undefined}
      crumbs={frame.staff?.crumbs}>
      {fallback ? <p class="muted" lang={ctx.locale} safe>{ctx.t('common.fallback')}</p> : ''}
      <div dir={fallback && ctx.dir === 'rtl' ? 'ltr' : undefined}>{children as 'safe'}</div>
    </Layout>
  );
}

export function Hidden({ fields }: { fields: [string, string][] }) {
  return <>{fields.map(([name, value]) => <input type="hidden" name={name} value={value} />)}</>;
}

function Question({ frame, state, index, heading, errors }: { frame: FlowFrame; state: FlowState; index: number; heading: boolean; errors?: FieldErrors }) {
  const { def, ctx } = frame;
  const u = labels(ctx.locale);
  const item = def.items[index];
  const name = answerField(item.key);
  const id = `f-${name}`;
  const error = errors?.[name];
  const current = state.answers[item.key];
  const progress = fill(u.progress, { n: index + 1, total: def.items.length });
  const itemText = text(item.text, ctx.locale);
  return (
    <div class={`field question${error ? ' field-has-error' : ''}`} id={id}>
      <fieldset class="fieldset" aria-describedby={[heading ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
        {heading ? (
          <legend><h1><T t={itemText} /></h1></legend>
        ) : (
          <legend><span class="hint" safe>{progress}</span><br /><T t={itemText} /></legend>
        )}
        {heading ? <p class="hint" id={`${id}-hint`} safe>{u.answerHint}</p> : ''}
        {error ? <p class="field-error" id={`${id}-error`}><span class="visually-hidden">Fel: </span><span safe>{error}</span></p> : ''}
        <div class="choices">
          {def.scale.map((s, i) => (
            <div class="choice">
              <input type="radio" id={`${id}-${i}`} name={name} value={String(s.value)} checked={current === s.value} />
              <label for={`${id}-${i}`}><T t={text(s.label, ctx.locale)} /></label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function StartScreen({ frame, state, versionId, errors, notice, intro }: { frame: FlowFrame; state: Partial<FlowState>; versionId: string; errors?: FieldErrors; notice?: string; intro?: Children }) {
  const { ctx, def } = frame;
  const u = labels(ctx.locale);
  const values = { mode: state.mode ?? '', group: state.group ?? '' };
  const title = frame.staff ? `Belastningskoll med ${frame.staff.carerName}` : u.title;
  return (
    <FlowLayout frame={frame} title={errors ? `Fel: ${title}` : title} switcher={!frame.staff}>
      <h1 safe>{title}</h1>
      {notice ? <Banner kind="warning" title={notice} /> : ''}
      {intro ?? ''}
      <p><T t={text(def.intro, ctx.locale)} /></p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['mode', 'group']} />
      <form method="post" action={frame.action} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="v" value={versionId} />
        {state.completion ? <input type="hidden" name="ct" value={state.completion} /> : ''}
        <Radios name="mode" label={u.modeLegend} errors={errors} values={values} options={[
          { value: 'one', label: u.modeOne, hint: u.modeOneHint }, { value: 'all', label: u.modeAll },
        ]} />
        {frame.staff ? '' : (
          <Radios name="group" label={u.groupLegend} hint={u.groupHint} errors={errors} values={values}
            options={[...TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, ctx.locale) })), { value: '', label: u.groupNone }]} />
        )}
        <button type="submit" class="button button-primary" name="action" value="start" safe>{u.start}</button>
      </form>
    </FlowLayout>
  );
}

/** Message keys of the flow in the page's language (Swedish where the page falls back to Swedish). */
function localErrors(ctx: PageContext, errors: FieldErrors | undefined): FieldErrors | undefined {
  if (!errors) return undefined;
  const t = translator(hasOwnText(ctx.locale) ? ctx.locale : 'sv', SELFCHECK_MESSAGES);
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v === CHOOSE_ANSWER ? t(v) : v]));
}

export function QuestionScreen({ frame, state, errors: raw, restartHref }: { frame: FlowFrame; state: FlowState; errors?: FieldErrors; restartHref: string }) {
  const { ctx, def } = frame;
  const errors = localErrors(ctx, raw);
  const u = labels(ctx.locale);
  const item = def.items[state.step];
  const progress = fill(u.progress, { n: state.step + 1, total: def.items.length });
  const title = `${progress} – ${frame.staff ? 'Belastningskoll' : u.title}`;
  return (
    <FlowLayout frame={frame} title={errors ? `Fel: ${title}` : title}>
      <p class="selfcheck-progress">
        <span safe>{progress}</span><br />
        <progress max={String(def.items.length)} value={String(state.step + 1)} aria-hidden="true"></progress>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={frame.action} novalidate>
        <CsrfField ctx={ctx} />
        <Hidden fields={hiddenFields(def, state, [item.key])} />
        <input type="hidden" name="step" value={String(state.step)} />
        <Question frame={frame} state={state} index={state.step} heading errors={errors} />
        <div class="actions">
          <button type="submit" class="button button-primary" name="action" value="next" safe>{state.step + 1 === def.items.length ? u.showResult : u.next}</button>
          <button type="submit" class="button button-secondary" name="action" value="skip" safe>{u.skip}</button>
          {state.step > 0 ? <button type="submit" class="button button-secondary" name="action" value="back" safe>{u.back}</button> : ''}
        </div>
      </form>
      <p><a href={restartHref} safe>{u.cancel}</a></p>
    </FlowLayout>
  );
}

export function AllScreen({ frame, state, errors, restartHref }: { frame: FlowFrame; state: FlowState; errors?: FieldErrors; restartHref: string }) {
  const { ctx, def } = frame;
  const u = labels(ctx.locale);
  const title = frame.staff ? `Belastningskoll med ${frame.staff.carerName}` : u.title;
  return (
    <FlowLayout frame={frame} title={errors ? `Fel: ${title}` : title}>
      <h1><T t={text(def.name, ctx.locale)} /></h1>
      <p safe>{u.allHint}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={frame.action} novalidate>
        <CsrfField ctx={ctx} />
        <Hidden fields={hiddenFields(def, state, def.items.map((i) => i.key))} />
        {def.items.map((_, i) => <Question frame={frame} state={state} index={i} heading={false} errors={errors} />)}
        <button type="submit" class="button button-primary" name="action" value="result" safe>{u.showResult}</button>
      </form>
      <p><a href={restartHref} safe>{u.cancel}</a></p>
    </FlowLayout>
  );
}
