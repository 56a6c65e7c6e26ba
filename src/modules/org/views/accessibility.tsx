// Tillgänglighetsredogörelse per lagen (2018:1937) om tillgänglighet till digital offentlig
// service (DOS-lagen), structured as Digg's model statement. Each municipality writes its own
// (admin › Tillgänglighet); until then Bredvid's default text shows, with the municipality's
// contact details. Swedish only, as the law asks.
import type { PageContext } from '../../../platform/http/context.js';
import { formatDate } from '../../../platform/domain/dates.js';
import { Layout } from '../../../platform/views/layout.js';
import { ButtonLink } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { DIGG_COMPLAINT_URL, type Statement } from '../accessibility.js';
import type { Compliance } from '../accessibility-schema.js';

export const COMPLIANCE_TEXT: Record<Compliance, string> = {
  full: 'Den här webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
  partial: 'Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
  none: 'Den här webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service. De otillgängliga delarna beskrivs nedan.',
};

const SUMMARY: Record<Compliance, string> = {
  full: 'Vi känner inte till några delar av webbplatsen som inte är tillgängliga.',
  partial: 'Vi vet att delar av webbplatsen inte är helt tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan.',
  none: 'Vi vet att stora delar av webbplatsen inte är tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan.',
};

function Contact({ s }: { s: Statement }) {
  if (!s.feedbackEmail && !s.feedbackPhone) return <p>Kontakta kommunens kontaktcenter.</p>;
  return (
    <ul>
      {s.feedbackEmail ? <li class="break">E-post: <a href={`mailto:${s.feedbackEmail}`} safe>{s.feedbackEmail}</a></li> : ''}
      {s.feedbackPhone ? <li>Telefon: <span safe>{s.feedbackPhone}</span></li> : ''}
    </ul>
  );
}

export function AccessibilityStatement({ ctx, s }: { ctx: PageContext; s: Statement }) {
  const name = ctx.tenant?.name ?? 'Bredvid';
  const slug = ctx.tenant?.slug;
  const crumbs = slug ? [{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: 'Tillgänglighetsredogörelse' }] : undefined;
  return (
    <Layout ctx={ctx} title="Tillgänglighetsredogörelse" contentLang="sv" crumbs={crumbs}>
      {/* One long word: it may break on a phone. */}
      <h1>Tillgänglighets&shy;redogörelse</h1>
      <p class="lede"><span safe>{name}</span> står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem.</p>

      <h2>Hur tillgänglig är webbplatsen?</h2>
      <p safe>{SUMMARY[s.compliance]}</p>
      <p>Webbplatsen är byggd för att uppfylla nivå AA i WCAG 2.1 (EN 301 549). Alla sidor fungerar utan JavaScript, med bara tangentbord och med skärmläsare, och text kan förstoras till 200 procent utan att innehåll försvinner.</p>

      <h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
      <p>Om du behöver innehåll från webbplatsen som inte är tillgängligt för dig kan du kontakta oss:</p>
      <Contact s={s} />

      <h2 id="rapportera">Rapportera brister i webbplatsens tillgänglighet</h2>
      <p>Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns.</p>
      {slug ? <p><ButtonLink href={`/${slug}/tillganglighet/rapportera`}>Rapportera brister i tillgängligheten</ButtonLink></p> : ''}
      {slug ? <p>Du kan också höra av dig med e-post eller telefon, se ovan.</p> : <p>Välj din kommun på startsidan för att rapportera en brist till den.</p>}

      <h2>Tillsyn</h2>
      <p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du <a href={DIGG_COMPLAINT_URL}>kontakta Digg och påtala det</a>.</p>

      <h2>Teknisk information om webbplatsens tillgänglighet</h2>
      <p safe>{COMPLIANCE_TEXT[s.compliance]}</p>

      {s.compliance === 'full' && !s.nonCompliance && !s.burden && !s.outOfScope ? '' : (
        <section aria-labelledby="brister">
          <h2 id="brister">Innehåll som inte är tillgängligt</h2>
          {s.nonCompliance ? <><h3>Bristande förenlighet med lagkraven</h3><RichText text={s.nonCompliance} headingLevel={4} /></> : ''}
          {s.burden ? <><h3>Oskäligt betungande anpassning</h3><RichText text={s.burden} headingLevel={4} /></> : ''}
          {s.outOfScope ? <><h3>Innehåll som inte omfattas av lagen</h3><RichText text={s.outOfScope} headingLevel={4} /></> : ''}
        </section>
      )}

      <h2>Hur vi testat webbplatsen</h2>
      <RichText text={s.assessment} headingLevel={3} />
      <p>Webbplatsen granskades senast den <time datetime={s.reviewedOn} safe>{formatDate(s.reviewedOn)}</time>.</p>
      {s.updatedOn ? <p>Redogörelsen uppdaterades senast den <time datetime={s.updatedOn} safe>{formatDate(s.updatedOn)}</time>.</p> : ''}
    </Layout>
  );
}
