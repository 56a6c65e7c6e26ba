// Violence in close relationships: the staff-only flag, shown prominently at the top of the
// record and set or cleared with one small form. Never rendered on a citizen page.
import type { PageContext } from '../http/context.js';
import type { FieldErrors } from '../http/errors.js';
import { Banner, Button, Checkbox, Form, TextArea } from './components.js';

const stockholmDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

export function ViolenceBanner({ flag, note, flaggedAt }: { flag: boolean; note: string | null; flaggedAt: string | null }) {
  if (!flag) return '';
  return (
    <Banner kind="warning" title="Misstanke om våld i nära relation">
      <p>Tänk på den anhörigas säkerhet: kontakta hen på ett sätt som inte röjer kontakten, och följ kommunens rutin för våld i nära relationer.</p>
      {flaggedAt ? <p safe>{`Markerad ${stockholmDate(flaggedAt)}.`}</p> : ''}
      {note ? <p class="break" safe>{`Anteckning: ${note}`}</p> : ''}
    </Banner>
  );
}

export function ViolenceForm({ ctx, action, flag, note, erased, errors }: {
  ctx: PageContext; action: string; flag: boolean; note: string | null; erased: boolean; errors?: FieldErrors;
}) {
  return (
    <>
      <h2 id="vald">Våld i nära relation</h2>
      <p class="hint">Markeringen syns bara för personal, aldrig för den anhöriga. Den räknas utan identitet i årsrapporten.</p>
      <Form ctx={ctx} action={action}>
        <Checkbox name="violence" label="Misstanke om våld i nära relation" checked={flag} errors={errors} />
        {erased ? <p class="hint">Kontaktuppgifterna är raderade, så ingen anteckning kan sparas.</p>
          : <TextArea name="violenceNote" label="Anteckning (frivillig)" hint="Skriv bara det som behövs för att kontakten ska bli säker. Högst 1000 tecken."
            rows={3} maxlength={1000} value={note ?? ''} errors={errors} />}
        <Button variant="secondary">Spara markeringen</Button>
      </Form>
    </>
  );
}
