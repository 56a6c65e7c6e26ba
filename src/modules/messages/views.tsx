// Secure messages: the carer's thread pages (in the carer's language) and the staff pages (Swedish).
import type { PageContext } from '../../platform/http/context.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Select, TextArea, TextField } from '../../platform/views/components.js';
import { crumbsFor, when } from '../mypages/views.js';
import type { Thread, ThreadSummary } from './service.js';

const MULTIPART = 'multipart/form-data';
const withCsrf = (ctx: PageContext, action: string) => `${action}?_csrf=${encodeURIComponent(ctx.csrfToken)}`;
const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} kB`;

/** Up to three files, type checked by content on the server; works without JavaScript. */
function FilesField({ label, hint, errors }: { label: string; hint: string; errors?: FieldErrors }) {
  const error = errors?.files;
  return (
    <div class={`field${error ? ' field-has-error' : ''}`}>
      <label for="f-files" safe>{label}</label>
      <p class="hint" id="f-files-hint" safe>{hint}</p>
      {error ? <p class="field-error" id="f-files-error" safe>{error}</p> : ''}
      <input id="f-files" name="files" type="file" class="input" multiple accept=".pdf,.jpg,.jpeg,.png,.txt,application/pdf,image/jpeg,image/png,text/plain"
        aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-files-hint f-files-error' : 'f-files-hint'} />
    </div>
  );
}

function Messages({ ctx, thread, you, them, readLabel, unreadLabel, youLabel, filesLabel, fileBase }: { ctx: PageContext; thread: Thread; you: 'carer' | 'staff'; them: string; readLabel: string; unreadLabel: string; youLabel: string; filesLabel: string; fileBase: string }) {
  return (
    <ol class="messages">
      {thread.messages.map((m) => (
        <li class={`message message-${m.author}`}>
          <p class="message-meta">
            <strong safe>{m.author === you ? youLabel : them}</strong> <span class="muted" safe>{when(ctx, m.createdAt)}</span>
            {m.author === you ? <> <span class="muted" safe>{m.readAt ? readLabel : unreadLabel}</span></> : ''}
          </p>
          <p class="message-body" dir="auto" safe>{m.body}</p>
          {m.attachments.length > 0 ? (
            <>
              <p class="message-meta" safe>{filesLabel}</p>
              <ul class="message-attachments">
                {m.attachments.map((a) => <li><a href={`${fileBase}/${a.id}`} dir="auto" safe>{a.filename}</a> <span class="muted" safe>{`(${kb(a.size)})`}</span></li>)}
              </ul>
            </>
          ) : ''}
        </li>
      ))}
    </ol>
  );
}

export function NewThreadPage({ ctx, t, requests, errors, values }: { ctx: PageContext; t: Translate; requests: { id: string; reference: string }[]; errors?: FieldErrors; values?: FormValues }) {
  const base = `/${ctx.tenant!.slug}/mina-sidor`;
  return (
    <Layout ctx={ctx} title={t('accounts.messages.new')} crumbs={crumbsFor(ctx, t, t('accounts.messages.new'))}>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['requestId', 'subject', 'body', 'files']} />
      <h1 safe>{t('accounts.messages.new')}</h1>
      <Form ctx={ctx} action={withCsrf(ctx, `${base}/meddelanden/ny`)} enctype={MULTIPART}>
        {requests.length > 0 ? (
          <Select name="requestId" label={t('accounts.messages.about')} errors={errors} values={values}
            options={[{ value: '', label: t('accounts.messages.aboutNone') }, ...requests.map((r) => ({ value: r.id, label: r.reference }))]} />
        ) : ''}
        <TextField name="subject" label={t('accounts.messages.subject')} maxlength={120} errors={errors} values={values} />
        <TextArea name="body" label={t('accounts.messages.body')} rows={8} maxlength={5000} errors={errors} values={values} />
        <FilesField label={t('accounts.messages.files')} hint={t('accounts.messages.filesHint')} errors={errors} />
        <button type="submit" class="button button-primary" safe>{t('accounts.messages.send')}</button>
      </Form>
    </Layout>
  );
}

export function CarerThreadPage({ ctx, t, thread, notice, errors, values }: { ctx: PageContext; t: Translate; thread: Thread; notice?: string; errors?: FieldErrors; values?: FormValues }) {
  const base = `/${ctx.tenant!.slug}/mina-sidor`;
  return (
    <Layout ctx={ctx} title={thread.subject} crumbs={crumbsFor(ctx, t, t('accounts.messages.title'))}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['body', 'files']} />
      <h1 dir="auto" safe>{thread.subject}</h1>
      <Messages ctx={ctx} thread={thread} you="carer" them={t('accounts.messages.team')} youLabel={t('accounts.messages.you')}
        readLabel={t('accounts.messages.read')} unreadLabel={t('accounts.messages.notRead')} filesLabel={t('accounts.messages.files')} fileBase={`${base}/meddelanden/${thread.id}/bilagor`} />
      <Form ctx={ctx} action={withCsrf(ctx, `${base}/meddelanden/${thread.id}`)} enctype={MULTIPART}>
        <TextArea name="body" label={t('accounts.messages.reply')} rows={6} maxlength={5000} errors={errors} values={values} />
        <FilesField label={t('accounts.messages.files')} hint={t('accounts.messages.filesHint')} errors={errors} />
        <button type="submit" class="button button-primary" safe>{t('accounts.messages.send')}</button>
      </Form>
      <p><a href={base} safe>{t('accounts.page.title')}</a></p>
    </Layout>
  );
}

// ---- staff -----------------------------------------------------------------------------------

export function StaffThreadListPage({ ctx, threads, title, back }: { ctx: PageContext; threads: ThreadSummary[]; title: string; back?: { href: string; label: string } }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, ...(back ? [back] : []), { label: title }]}>
      <h1 safe>{title}</h1>
      {threads.length === 0 ? <p class="empty">Inga meddelanden.</p> : (
        <table class="table">
          <caption class="visually-hidden" safe>{title}</caption>
          <thead><tr><th scope="col">Ämne</th><th scope="col">Förfrågan</th><th scope="col">Senast</th><th scope="col">Olästa</th></tr></thead>
          <tbody>
            {threads.map((th) => (
              <tr>
                <td><a href={`/${slug}/personal/meddelanden/${th.id}`} safe>{th.subject}</a></td>
                <td safe>{th.requestReference ?? '–'}</td>
                <td safe>{when(ctx, th.lastMessageAt)}</td>
                <td safe>{String(th.unread)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function StaffThreadPage({ ctx, thread, notice, errors, values }: { ctx: PageContext; thread: Thread; notice?: string; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={thread.subject} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/meddelanden`, label: 'Meddelanden från Mina sidor' }, { label: thread.subject }]}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['body', 'files']} />
      <h1 dir="auto" safe>{thread.subject}</h1>
      {thread.requestId ? <p>Gäller förfrågan <a href={`/${slug}/personal/forfragningar/${thread.requestId}`} safe>{thread.requestReference ?? ''}</a></p> : <p>Till anhörigstödet i allmänhet.</p>}
      <Messages ctx={ctx} thread={thread} you="staff" them="Den anhöriga" youLabel="Ni" readLabel="Läst av den anhöriga" unreadLabel="Inte läst än"
        filesLabel="Bilagor" fileBase={`/${slug}/personal/meddelanden/${thread.id}/bilagor`} />
      <Form ctx={ctx} action={withCsrf(ctx, `/${slug}/personal/meddelanden/${thread.id}`)} enctype={MULTIPART}>
        <TextArea name="body" label="Svar" hint="Den anhöriga får ett meddelande om att ett svar finns på Mina sidor – aldrig själva texten." rows={6} maxlength={5000} errors={errors} values={values} />
        <FilesField label="Bilagor (frivilligt)" hint="Högst 3 filer, högst 5 MB var: PDF, JPEG, PNG eller vanlig text." errors={errors} />
        <Button>Skicka svar</Button>
      </Form>
    </Layout>
  );
}
