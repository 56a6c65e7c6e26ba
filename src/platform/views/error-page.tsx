import type { PageContext } from '../http/context.js';
import { Layout } from './layout.js';

export function ErrorPage({ ctx, title, body }: { ctx: PageContext; title: string; body: string }) {
  const home = ctx.tenant ? (ctx.area === 'staff' ? `/${ctx.tenant.slug}/personal` : `/${ctx.tenant.slug}`) : '/';
  return (
    <Layout ctx={ctx} title={title}>
      <h1 safe>{title}</h1>
      <p safe>{body}</p>
      <p><a href={home} safe>{ctx.t('common.backToStart')}</a></p>
    </Layout>
  );
}
