// How every number is counted (linked from every table).
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { DEFINITIONS } from '../definitions.js';
import { ruleText } from '../suppression.js';

export function DefinitionsPage({ ctx }: { ctx: PageContext }) {
  const slug = ctx.tenant!.slug;
  const threshold = ctx.tenant!.settings.suppressionThreshold;
  return (
    <Layout ctx={ctx} title="Så räknas talen" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/rapporter`, label: 'Rapporter' }, { label: 'Så räknas talen' }]}>
      <h1>Så räknas talen i årsrapporten</h1>
      <p class="lede">Varje tal i rapporten kommer ur det som registrerats i Bredvid under året. Här står hur det räknas.</p>
      <p><strong>I <span safe>{ctx.tenant!.name}</span>:</strong> <span safe>{ruleText(threshold)}</span></p>
      <dl class="definitions">
        {DEFINITIONS.map((d) => (
          <div class="definition" id={d.id}>
            <dt safe>{d.title}</dt>
            <dd>
              <p safe>{d.text}</p>
              {d.source ? <p><strong>Källa:</strong> <span safe>{d.source}</span></p> : ''}
              {d.unitRule ? <p><strong>Enhet:</strong> <span safe>{d.unitRule}</span></p> : ''}
            </dd>
          </div>
        ))}
      </dl>
    </Layout>
  );
}
