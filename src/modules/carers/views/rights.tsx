import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, SummaryList } from '../../../platform/views/components.js';
import { TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { Decision } from '../retention-rules.js';
import type { Carer } from '../service.js';
import { localDateTime } from '../time.js';

const crumbs = (slug: string, id: string, name: string, label: string) => [
  { href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga`, label: 'Anhöriga' }, { href: `/${slug}/personal/anhoriga/${id}`, label: name }, { label },
];

export function ErasePage({ ctx, id, name, decision, errors }: { ctx: PageContext; id: string; name: string; decision: Decision; errors?: FieldErrors }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/anhoriga/${id}`;
  return (
    <Layout ctx={ctx} title="Radera uppgifterna" crumbs={crumbs(slug, id, name, 'Radera')}>
      <h1>Radera uppgifterna om <span safe>{name}</span></h1>
      {decision.action === 'keep' ? (
        <Banner kind="warning" title="Uppgifterna kan inte raderas nu">
          <p safe>{decision.reason}</p>
          <p>Berätta för den anhöriga varför. Begäran om radering och svaret loggas.</p>
        </Banner>
      ) : (
        <>
          <p>Den anhörigas namn, kontaktuppgifter, personnummer, samtycken, planering och journal raderas. Kontakter finns kvar som anonym statistik.
            Förmedlingar om den anhöriga behåller bara statistiken. Raderingen loggas.</p>
          <ErrorSummary ctx={ctx} errors={errors} />
          <Form ctx={ctx} action={`${base}/radera`}>
            <input type="hidden" name="confirm" value="yes" />
            <Checkbox name="requested" label="Den anhöriga har bett om radering, och jag vill radera uppgifterna" errors={errors} />
            <Button variant="warning">Radera</Button>
          </Form>
        </>
      )}
      <p><a href={base}>Tillbaka</a></p>
    </Layout>
  );
}

/** 409: an archive rule blocks the erasure; the answer names the rule. */
export function ErasureBlockedPage({ ctx, id, rule, reason }: { ctx: PageContext; id: string; rule: string; reason: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Kan inte raderas" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga`, label: 'Anhöriga' }, { label: 'Kan inte raderas' }]}>
      <h1>Uppgifterna kan inte raderas</h1>
      <Banner kind="warning" title="En regel hindrar radering">
        <p safe>{reason}</p>
        <p>Regel: <code safe>{rule}</code></p>
      </Banner>
      <p><a href={`/${slug}/personal/anhoriga/${id}`}>Tillbaka till den anhöriga</a></p>
    </Layout>
  );
}

export function MergePage({ ctx, keep, other }: { ctx: PageContext; keep: Carer; other: Carer }) {
  const slug = ctx.tenant!.slug;
  const row = (c: Carer): [string, string][] => [
    ['Namn', c.name], ['Telefon', c.phone ?? '–'], ['E-post', c.email ?? '–'], ['Personnummer', c.hasPersonnummer ? 'Registrerat' : '–'],
    ['Målgrupp', c.targetGroup ? TARGET_GROUP_LABELS[c.targetGroup] : '–'], ['Stödkontakt', c.supportContactName ?? '–'], ['Enhet', c.unitName],
    ['Registrerad', localDateTime(c.createdAt)],
  ];
  return (
    <Layout ctx={ctx} title="Slå samman" crumbs={crumbs(slug, keep.id, keep.name, 'Slå samman')}>
      <h1>Slå samman två poster</h1>
      <p>Posten som blir kvar behåller sina uppgifter. Tomma uppgifter fylls i från den andra. Samtycken, planering, kontakter, förmedlingar och journal flyttas över. Den andra posten raderas.</p>
      <div class="layout-2">
        <section aria-labelledby="kvar"><h2 id="kvar">Blir kvar</h2><SummaryList rows={row(keep)} /></section>
        <section aria-labelledby="bort"><h2 id="bort">Slås ihop och raderas</h2><SummaryList rows={row(other)} /></section>
      </div>
      <Form ctx={ctx} action={`/${slug}/personal/anhoriga/${keep.id}/sammanfoga`}>
        <input type="hidden" name="otherId" value={other.id} />
        <input type="hidden" name="confirm" value="yes" />
        <Button variant="warning">Slå samman</Button>
      </Form>
      <p><a href={`/${slug}/personal/anhoriga/${keep.id}`}>Avbryt</a></p>
    </Layout>
  );
}
