// The confirmation page of an irreversible action (platform/http/confirm.ts): the question, that
// it cannot be undone, a warning button that posts again with confirm=yes, and a way back.
import type { PageContext } from '../http/context.js';
import { CONFIRM_FIELD } from '../http/confirm.js';
import { translator } from '../i18n/i18n.js';
import { CONFIRM_MESSAGES } from '../i18n/confirm-messages.js';
import { Layout, type Crumb } from './layout.js';
import { Banner, Form } from './components.js';

export interface ConfirmModel {
  ctx: PageContext;
  /** "Vill du verkligen …?" */
  question: string;
  /** What will happen, in a sentence or two (optional). */
  text?: string;
  /** Where the confirmed form posts (the action's own address). */
  action: string;
  /** The warning button, e.g. "Ja, avboka". */
  yes: string;
  /** Where "Nej, gå tillbaka" leads. */
  back: string;
  /** Fields of the original form to send again. */
  hidden?: [string, string][];
  /** Set when a POST came without the confirmation: says nothing changed. */
  unconfirmed?: boolean;
  crumbs?: Crumb[];
}

export function ConfirmPage(m: ConfirmModel) {
  const t = translator(m.ctx.locale, CONFIRM_MESSAGES);
  return (
    <Layout ctx={m.ctx} title={m.question} crumbs={m.crumbs}>
      {m.unconfirmed ? <Banner kind="info" title={t('confirm.notDone')} /> : ''}
      <h1 safe>{m.question}</h1>
      {m.text ? <p safe>{m.text}</p> : ''}
      <p><strong safe>{t('confirm.cannotUndo')}</strong></p>
      <Form ctx={m.ctx} action={m.action}>
        {(m.hidden ?? []).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <input type="hidden" name={CONFIRM_FIELD} value="yes" />
        <button type="submit" class="button button-warning" safe>{m.yes}</button>
      </Form>
      <p><a href={m.back} safe>{t('confirm.no')}</a></p>
    </Layout>
  );
}
