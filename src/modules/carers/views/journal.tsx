import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { DocumentationPolicy } from '../../../platform/domain/vocab.js';
import { Button, Checkbox, Form, Select, TextArea } from '../../../platform/views/components.js';
import type { JournalEntry } from '../service.js';
import { localDateTime } from '../time.js';

export function JournalSection({ ctx, base, policy, entries, canWrite, errors, values }: {
  ctx: PageContext; base: string; policy: DocumentationPolicy; entries: JournalEntry[]; canWrite: boolean; errors?: FieldErrors; values?: Record<string, string>;
}) {
  if (policy !== 'journal') {
    return (
      <>
        <h2>Journal</h2>
        <p>Kommunen för ingen journal över öppen verksamhet. Skriv inga anteckningar om samtalen.</p>
      </>
    );
  }
  return (
    <>
      <h2>Journal</h2>
      {entries.length === 0 ? <p class="empty">Inga anteckningar.</p> : (
        <ol class="journal">
          {entries.map((e) => (
            <li id={`anteckning-${e.id}`}>
              <p class="hint"><span safe>{`Signerad ${localDateTime(e.signedAt)} av ${e.signerName}`}</span>
                {e.correctsId ? <span> – rättelse av <a href={`#anteckning-${e.correctsId}`}>en tidigare anteckning</a></span> : ''}
                {e.correctedBy.length > 0 ? <span> – <strong>rättad</strong> i <a href={`#anteckning-${e.correctedBy[e.correctedBy.length - 1]}`}>en senare anteckning</a></span> : ''}
              </p>
              {e.body.split(/\n+/).filter((x) => x.trim() !== '').map((para) => <p safe>{para}</p>)}
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <Form ctx={ctx} action={`${base}/journal`}>
          <h3>Ny anteckning</h3>
          <TextArea name="body" label="Anteckning" hint="Skriv bara det som behövs för stödet till den anhöriga. Skriv inte om den närståendes förhållanden." rows={5} maxlength={5000} errors={errors} values={values} />
          {entries.length > 0 ? (
            <Select name="correctsId" label="Rättar anteckningen (frivilligt)" placeholder="Ingen – det är en ny anteckning" errors={errors} values={values}
              options={entries.map((e) => ({ value: e.id, label: `${localDateTime(e.signedAt)} – ${e.signerName}` }))} />
          ) : ''}
          <Checkbox name="signed" label="Jag signerar anteckningen. Den kan inte ändras efteråt." errors={errors} values={values} />
          <Button>Signera anteckning</Button>
        </Form>
      ) : ''}
    </>
  );
}
