// The upload form (multipart; the CSRF token rides in the action URL) and the list of a bad
// file's errors by row and column.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Button, TextField } from '../../../platform/views/components.js';
import { TEXT_COLUMNS, type ImportError } from '../layout.js';
import { Scroll } from './parts.js';

export const MAX_SHOWN_ERRORS = 200;

export function FileErrors({ errors }: { errors: ImportError[] }) {
  const shown = errors.slice(0, MAX_SHOWN_ERRORS);
  return (
    <div id="file-errors">
      <Scroll label="Fel i filen">
      <table class="table">
        <caption safe>{`Fel i filen (${errors.length})`}</caption>
        <thead><tr><th scope="col" class="num">Rad</th><th scope="col">Kolumn</th><th scope="col">Fel</th></tr></thead>
        <tbody>
          {shown.map((e) => (
            <tr><td class="num" safe>{e.row === 0 ? 'Hela filen' : String(e.row)}</td><td safe>{e.column || '–'}</td><td safe>{e.message}</td></tr>
          ))}
        </tbody>
      </table>
      </Scroll>
      {errors.length > shown.length ? <p safe>{`… och ${errors.length - shown.length} fel till.`}</p> : ''}
    </div>
  );
}

export function FormatHelp({ slug }: { slug: string }) {
  return (
    <details class="format-help">
      <summary>Så ska filen se ut</summary>
      <p>En Excel-arbetsbok (.xlsx) med ett enda blad, eller en CSV-fil i UTF-8 (semikolon, komma eller tabb mellan kolumnerna).
        Första raden är kolumnrubriker, sedan en rad per aktivitet. Ordningen på kolumnerna spelar ingen roll.</p>
      <ul>
        {TEXT_COLUMNS.map((c) => <li><strong safe>{c.header}</strong>{c.required ? ' (måste finnas)' : ''}: <span safe>{c.description}</span></li>)}
        <li><strong>Budget ÅÅÅÅ (kr)</strong> (minst en, år i följd): budget för året i hela kronor, till exempel 10 000. Tom = 0.</li>
        <li><strong>Utfall ÅÅÅÅ (kr)</strong>: verklig kostnad för året i hela kronor. Tom = inte redovisat.</li>
      </ul>
      <p>En text får inte börja med = + - eller @ (det kan tolkas som en formel); skriv en apostrof (') först om du menar det.
        Innehåller filen något fel läses ingenting in, och du får en lista över felen med rad och kolumn.</p>
      <p><a href={`/${slug}/personal/planer/mall.csv`} download="">Ladda ner en tom mall (CSV)</a></p>
    </details>
  );
}

export function ImportForm({ ctx, action, errors, values, fileErrors, withTitle = true, submit }: {
  ctx: PageContext; action: string; errors?: FieldErrors; values?: FormValues; fileErrors?: ImportError[]; withTitle?: boolean; submit: 'Läs in planen' | 'Ersätt innehållet';
}) {
  const fileError = errors?.file;
  const p = { errors, values };
  return (
    <form method="post" action={`${action}?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data" novalidate>
      {withTitle ? <TextField name="title" label="Namn på planen" hint="Till exempel Verksamhetsplan anhörigstöd 2027–2028." maxlength={200} {...p} /> : ''}
      <TextField name="grantPerInhabitant" label="Statsbidrag per invånare (kr)" hint="Frivilligt. Till exempel 31. Används för att räkna ut förväntat statsbidrag." inputmode="decimal" width="short" {...p} />
      <div class={`field${fileError ? ' field-has-error' : ''}`}>
        <label for="f-file">Fil (XLSX eller CSV, högst 2 MB)</label>
        <p class="hint" id="f-file-hint">Filen kontrolleras i sin helhet innan något sparas.</p>
        {fileError ? <p class="field-error" id="f-file-error"><span class="visually-hidden">Fel: </span><span safe>{fileError}</span></p> : ''}
        <input type="file" id="f-file" name="file" class="input"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'} aria-invalid={fileError ? 'true' : undefined} />
      </div>
      {fileErrors && fileErrors.length > 0 ? <FileErrors errors={fileErrors} /> : ''}
      <div class="actions"><Button>{submit}</Button></div>
    </form>
  );
}
