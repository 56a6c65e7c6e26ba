// Tillgänglighetsredogörelse per lagen (2018:1937) om tillgänglighet till digital offentlig
// service (DOS-lagen), structured as DIGG's model statement.
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';

export function AccessibilityStatement({ ctx }: { ctx: PageContext }) {
  const name = ctx.tenant?.name ?? 'Bredvid';
  const contact = ctx.tenant?.settings.contactEmail || 'kommunens kontaktcenter';
  return (
    <Layout ctx={ctx} title="Tillgänglighetsredogörelse" contentLang="sv">
      <h1>Tillgänglighetsredogörelse</h1>
      <p class="lede"><span safe>{name}</span> står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem.</p>
      <h2>Hur tillgänglig är webbplatsen?</h2>
      <p>Webbplatsen är byggd för att uppfylla nivå AA i standarden WCAG 2.1 (EN 301 549). Alla sidor fungerar utan JavaScript, med bara tangentbord och med skärmläsare. Text kan förstoras till 200 procent utan att innehåll försvinner. Informationen finns på svenska, lätt svenska och engelska, och på fler språk där kommunen har översatt den.</p>
      <h2>Kända brister</h2>
      <ul>
        <li>Översättningar till arabiska, finska, persiska och somaliska finns bara för en del av sidorna. Saknas en översättning visas texten på svenska, och sidan säger det.</li>
        <li>Bifogade dokument som protokoll (PDF och Word) kan vara skapade utanför Bredvid och är inte alltid tillgänglighetsanpassade. Kontakta oss om du behöver ett dokument i annat format.</li>
      </ul>
      <h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
      <p>Om du behöver innehåll från webbplatsen som inte är tillgängligt för dig kan du kontakta oss: <span safe>{contact}</span>. Du kan också ringa och be en anhörigkonsulent att kontakta dig.</p>
      <h2>Rapportera brister</h2>
      <p>Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns.</p>
      <h2>Tillsyn</h2>
      <p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du <a href="https://www.digg.se/tdosanmalan">anmäla det till Digg</a>.</p>
      <h2>Hur vi testat webbplatsen</h2>
      <p>Varje sida testas automatiskt med axe-core mot WCAG 2.1 A och AA i en riktig webbläsare vid varje ändring, och vi testar med bara tangentbord. Redogörelsen uppdaterades senast den 25 november 2026.</p>
    </Layout>
  );
}
