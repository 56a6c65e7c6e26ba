// "Min plan" on Mina sidor: the identified carer's plan of measures, read-only, and her comments.
import type { PageContext } from '../../platform/http/context.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, ErrorSummary, Form, Table, TextArea } from '../../platform/views/components.js';
import type { PlanComment, PlanMeasure } from '../carers/service.js';
import { crumbsFor, when } from './views.js';

export function MyPlanPage({ ctx, t, measures, comments, notice, errors, values }: {
  ctx: PageContext; t: Translate; measures: PlanMeasure[]; comments: PlanComment[]; notice?: string; errors?: FieldErrors; values?: FormValues;
}) {
  const base = `/${ctx.tenant!.slug}/mina-sidor`;
  return (
    <Layout ctx={ctx} title={t('accounts.plan.title')} crumbs={crumbsFor(ctx, t, t('accounts.plan.title'))}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['comment']} />
      <h1 safe>{t('accounts.plan.title')}</h1>
      <p safe>{t('accounts.plan.lede')}</p>
      <Table caption={t('accounts.plan.title')} rows={measures} empty={t('accounts.plan.empty')} columns={[
        { header: t('accounts.plan.what'), cell: (x) => <span><span safe>{x.what}</span>{x.note ? <><br /><span class="muted" safe>{x.note}</span></> : ''}</span> },
        { header: t('accounts.plan.responsible'), cell: (x) => <span safe>{x.responsible}</span> },
        { header: t('accounts.plan.dueOn'), cell: (x) => <span safe>{x.dueOn ?? '–'}</span> },
        { header: t('accounts.plan.status'), cell: (x) => <span safe>{t(`accounts.plan.${x.status}`)}</span> },
        { header: t('accounts.plan.followUpOn'), cell: (x) => <span safe>{x.followUpOn ?? '–'}</span> },
      ]} />
      <h2 safe>{t('accounts.plan.comments')}</h2>
      {comments.length === 0 ? <p safe>{t('accounts.plan.noComments')}</p> : (
        <ul class="plan-comments">
          {comments.map((c) => <li><span class="muted" safe>{when(ctx, c.createdAt)}</span>: <span safe>{c.body}</span></li>)}
        </ul>
      )}
      <Form ctx={ctx} action={`${base}/plan`}>
        <TextArea name="comment" label={t('accounts.plan.comment')} hint={t('accounts.plan.commentHint')} rows={4} maxlength={1000} errors={errors} values={values} />
        <button type="submit" class="button button-primary" safe>{t('accounts.plan.send')}</button>
      </Form>
    </Layout>
  );
}
