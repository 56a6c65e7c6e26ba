import type { Children } from '@kitajs/html';
// Form and page components (GOV.UK-style patterns): every field has a label, optional hint and
// error tied with aria-describedby; the error summary links to the fields.
import type { FieldErrors } from '../http/errors.js';
import type { FormValues } from '../http/forms.js';
import type { PageContext } from '../http/context.js';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  values?: FormValues;
  required?: boolean;
  /** id override; defaults to f-<name> */
  id?: string;
}

const fieldId = (p: { name: string; id?: string }) => p.id ?? `f-${p.name}`;
const valueOf = (values: FormValues | undefined, name: string): string => {
  const v = values?.[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const valuesOf = (values: FormValues | undefined, name: string): string[] => {
  const v = values?.[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
const describedBy = (id: string, hint?: string, error?: string): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? <p class="hint" id={`${id}-hint`} safe>{hint}</p> : '';
}
function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="field-error" id={`${id}-error`}>
      <span class="visually-hidden">Fel: </span>
      <span safe>{error}</span>
    </p>
  ) : '';
}

export function ErrorSummary({ ctx, errors, fieldOrder }: { ctx: PageContext; errors?: FieldErrors; fieldOrder?: string[] }) {
  if (!errors || Object.keys(errors).length === 0) return '';
  const keys = Object.keys(errors);
  const ordered = fieldOrder ? [...fieldOrder.filter((k) => k in errors), ...keys.filter((k) => !fieldOrder.includes(k))] : keys;
  return (
    // autofocus: the page opens with focus on the summary, also without JavaScript, so a keyboard
    // or screen-reader user starts at the list of problems and Tab reaches its links first. It is a
    // global HTML attribute; @kitajs/html types it only on form controls, hence the spread.
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary" {...{ autofocus: true }}>
      <h2 id="error-summary-title" safe>{ctx.t('errors.summaryTitle')}</h2>
      <ul>
        {ordered.map((k) => (
          <li>{k === '_form' ? <span safe>{errors[k]}</span> : <a href={`#f-${k}`} safe>{errors[k]}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

export function TextField(p: FieldBase & { type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'time' | 'password' | 'url' | 'search' | 'datetime-local'; autocomplete?: string; maxlength?: number; inputmode?: string; width?: 'short' | 'medium' | 'full'; value?: string }) {
  const id = fieldId(p);
  const error = p.errors?.[p.name];
  return (
    <div class={`field${error ? ' field-has-error' : ''}`}>
      <label for={id} safe>{p.label}</label>
      <Hint id={id} hint={p.hint} />
      <ErrorMessage id={id} error={error} />
      <input
        id={id} name={p.name} type={p.type ?? 'text'} value={p.type === 'password' ? '' : (p.value ?? valueOf(p.values, p.name))}
        class={`input input-${p.width ?? 'full'}`} autocomplete={p.autocomplete} maxlength={p.maxlength}
        inputmode={p.inputmode} required={p.required} aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
      />
    </div>
  );
}

export function TextArea(p: FieldBase & { rows?: number; maxlength?: number; value?: string }) {
  const id = fieldId(p);
  const error = p.errors?.[p.name];
  return (
    <div class={`field${error ? ' field-has-error' : ''}`}>
      <label for={id} safe>{p.label}</label>
      <Hint id={id} hint={p.hint} />
      <ErrorMessage id={id} error={error} />
      <textarea id={id} name={p.name} rows={String(p.rows ?? 5)} class="input" maxlength={p.maxlength} required={p.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(id, p.hint, error)} safe>
        {p.value ?? valueOf(p.values, p.name)}
      </textarea>
    </div>
  );
}

export function Select(p: FieldBase & { options: Option[]; placeholder?: string; value?: string }) {
  const id = fieldId(p);
  const error = p.errors?.[p.name];
  const current = p.value ?? valueOf(p.values, p.name);
  return (
    <div class={`field${error ? ' field-has-error' : ''}`}>
      <label for={id} safe>{p.label}</label>
      <Hint id={id} hint={p.hint} />
      <ErrorMessage id={id} error={error} />
      <select id={id} name={p.name} class="input input-medium" required={p.required} aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, error)}>
        {p.placeholder !== undefined ? <option value="" safe>{p.placeholder}</option> : ''}
        {p.options.map((o) => <option value={o.value} selected={o.value === current} safe>{o.label}</option>)}
      </select>
    </div>
  );
}

function ChoiceGroup(p: FieldBase & { options: Option[]; type: 'radio' | 'checkbox'; selected: string[]; inline?: boolean }) {
  const id = fieldId(p);
  const error = p.errors?.[p.name];
  return (
    <div class={`field${error ? ' field-has-error' : ''}`} id={id}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, p.hint, error)}>
        <legend safe>{p.label}</legend>
        <Hint id={id} hint={p.hint} />
        <ErrorMessage id={id} error={error} />
        <div class={`choices${p.inline ? ' choices-inline' : ''}`}>
          {p.options.map((o, i) => {
            const oid = `${id}-${i}`;
            return (
              <div class="choice">
                <input type={p.type} id={oid} name={p.name} value={o.value} checked={p.selected.includes(o.value)}
                  aria-describedby={o.hint ? `${oid}-hint` : undefined} />
                <label for={oid} safe>{o.label}</label>
                {o.hint ? <p class="hint choice-hint" id={`${oid}-hint`} safe>{o.hint}</p> : ''}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Radios(p: FieldBase & { options: Option[]; inline?: boolean; value?: string }) {
  return <ChoiceGroup {...p} type="radio" selected={[p.value ?? valueOf(p.values, p.name)]} />;
}

export function Checkboxes(p: FieldBase & { options: Option[]; inline?: boolean; selected?: string[] }) {
  return <ChoiceGroup {...p} type="checkbox" selected={p.selected ?? valuesOf(p.values, p.name)} />;
}

/** A single yes/no checkbox (posting `value`, "on" unless given). */
export function Checkbox(p: FieldBase & { checked?: boolean; value?: string }) {
  const id = fieldId(p);
  const error = p.errors?.[p.name];
  const checked = p.checked ?? ['on', '1', 'true'].includes(valueOf(p.values, p.name));
  return (
    <div class={`field choice${error ? ' field-has-error' : ''}`}>
      <ErrorMessage id={id} error={error} />
      <input type="checkbox" id={id} name={p.name} value={p.value ?? 'on'} checked={checked} aria-describedby={describedBy(id, p.hint, error)} />
      <label for={id} safe>{p.label}</label>
      <Hint id={id} hint={p.hint} />
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}

/** A POST form with its CSRF token. */
export function Form({ ctx, action, children, class: cls, novalidate, enctype }: { ctx: PageContext; action: string; children?: Children; class?: string; novalidate?: boolean; enctype?: string }) {
  return (
    <form method="post" action={action} class={cls} novalidate={novalidate ?? true} enctype={enctype}>
      <CsrfField ctx={ctx} />
      {children}
    </form>
  );
}

export function Button({ children, variant, name, value, type }: { children: string; variant?: 'primary' | 'secondary' | 'warning'; name?: string; value?: string; type?: 'submit' | 'button' }) {
  return <button type={type ?? 'submit'} class={`button button-${variant ?? 'primary'}`} name={name} value={value} safe>{children}</button>;
}

export function ButtonLink({ href, children, variant }: { href: string; children: string; variant?: 'primary' | 'secondary' }) {
  return <a href={href} class={`button button-${variant ?? 'secondary'}`} role="button" safe>{children}</a>;
}

export function Banner({ kind, title, children }: { kind: 'info' | 'success' | 'warning'; title?: string; children?: Children }) {
  return (
    <div class={`banner banner-${kind}`} role={kind === 'success' ? 'status' : undefined}>
      {title ? <p class="banner-title" safe>{title}</p> : ''}
      {children ? <div class="banner-body">{children as 'safe'}</div> : ''}
    </div>
  );
}

export interface Column<T> {
  header: string;
  cell: (row: T) => JSX.Element | string;
  numeric?: boolean;
}

/** A data table with a caption; cell functions must escape (use <span safe>). */
/** `stack`: on a narrow screen each row becomes a block of "header: value" lines, so a wide
 *  work list (the inbox) keeps its action buttons on screen instead of scrolling sideways. */
export function Table<T>({ caption, columns, rows, empty, stack }: { caption: string; columns: Column<T>[]; rows: T[]; empty?: string; stack?: boolean }) {
  if (rows.length === 0) return <p class="empty" safe>{empty ?? 'Inget att visa.'}</p>;
  // On a phone a wide table scrolls sideways: the region is focusable so keyboard users can scroll it (WCAG 2.1.1).
  return (
    <div class={stack ? 'table-wrap table-stack' : 'table-wrap'} role="region" aria-label={caption} tabindex="0">
      <table class="table">
        <caption safe>{caption}</caption>
        <thead>
          <tr>{columns.map((c) => <th scope="col" class={c.numeric ? 'num' : undefined} safe>{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>{columns.map((c) => <td class={c.numeric ? 'num' : undefined} data-label={stack ? c.header : undefined}>{c.cell(r)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A page's title with its place in a paged list after the first page ("Anhöriga (Sida 2 av 5)"),
 *  so the tab, the history and a screen reader's announcement tell the pages apart (WCAG 2.4.2). */
export const pagedTitle = (ctx: PageContext, title: string, page: number, pages: number): string =>
  page > 1 ? `${title} (${ctx.t('common.page', { page, pages })})` : title;

export function Pagination({ ctx, page, pages, href }: { ctx: PageContext; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return '';
  return (
    <nav class="pagination" aria-label={ctx.t('common.pagination')}>
      <ul>
        {page > 1 ? <li><a href={href(page - 1)} rel="prev" safe>{ctx.t('common.previous')}</a></li> : ''}
        <li><span aria-current="page" safe>{ctx.t('common.page', { page, pages })}</span></li>
        {page < pages ? <li><a href={href(page + 1)} rel="next" safe>{ctx.t('common.next')}</a></li> : ''}
      </ul>
    </nav>
  );
}

export function SummaryList({ rows }: { rows: [string, string][] }) {
  return (
    <dl class="summary-list">
      {rows.map(([k, v]) => (
        <div class="summary-row">
          <dt safe>{k}</dt>
          <dd safe>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
