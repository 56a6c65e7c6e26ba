import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { adminBase, adminCrumbs } from './admin-common.js';

interface Tool {
  path: string;
  label: string;
  description: string;
  show: boolean;
}

/** The admin start page: what this admin may change. */
export function AdminHomePage({ ctx, whole, users, settings }: { ctx: PageContext; whole: boolean; users: boolean; settings: boolean }) {
  const base = adminBase(ctx);
  const tools: Tool[] = [
    { path: '/organisation', label: 'Organisation', description: 'Förvaltningar, verksamhetsområden och enheter: lägg till, byt namn, flytta och inaktivera.', show: true },
    { path: '/grupper', label: 'Styrgrupper och råd', description: 'Styrgrupp, BOSS, anhörigråd och arbetsgrupper.', show: whole },
    { path: '/anvandare', label: 'Användare', description: 'Konton, roller och var rollerna gäller. Inaktivera konton som inte ska användas.', show: users },
    { path: '/installningar', label: 'Inställningar', description: 'Benämningar, åldersgränser, vem som tar emot kontakter, dokumentation, tider, gallring, kort adress och text på startsidan.', show: settings && whole },
    { path: '/inloggning', label: 'Inloggning', description: 'Inloggning med kommunens identitetstjänst (OpenID Connect, till exempel Entra ID) och om lösenord får användas.', show: settings && whole },
    { path: '/tillganglighet', label: 'Tillgänglighet', description: 'Tillgänglighetsredogörelsen enligt DOS-lagen och besökarnas rapporter om brister.', show: settings && whole },
    { path: '/importera', label: 'Importera organisation', description: 'Lägg in hela organisationen från en CSV- eller JSON-fil.', show: whole },
  ];
  return (
    <Layout ctx={ctx} title="Administration" crumbs={adminCrumbs(ctx).slice(0, 1).concat({ label: 'Administration' })}>
      <h1>Administration</h1>
      <p class="lede">{whole ? <>Här ändrar du hur <span safe>{ctx.tenant!.name}</span> använder Bredvid.</> : 'Här ändrar du enheterna och användarna i dina enheter.'}</p>
      <ul class="cards">
        {tools.filter((t) => t.show).map((t) => (
          <li class="card">
            <h2><a href={base + t.path} safe>{t.label}</a></h2>
            <p safe>{t.description}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
