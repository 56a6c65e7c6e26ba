// The staff start page lists what a person's roles let them do. Each module adds its entries.
import type { Permission } from '../platform/auth/permissions.js';
import type { Principal } from '../platform/auth/principal.js';
import type { AppDeps } from '../platform/http/deps.js';
import { followUpReminder } from './carers/service.js';
import { inboxReminder } from './referrals/service.js';
import { reviewReminder } from './pages/review.js';

export interface StaffLink {
  path: string; // below /{kommun}/personal, e.g. '/stod'
  label: string;
  description: string;
  permission: Permission;
  /** Optional live line on the card, e.g. due follow-ups (counts only, never personal data). */
  status?: (deps: AppDeps, principal: Principal) => Promise<string | null>;
}

export const STAFF_LINKS: StaffLink[] = [
  { path: '/stod', label: 'Stödutbud', description: 'Skapa, ändra och publicera erbjudanden i stödkatalogen.', permission: 'catalog:edit' },
  { path: '/kontakter', label: 'Registrera kontakt', description: 'Logga ett samtal eller besök som statistik – utan namn, på några sekunder.', permission: 'contacts:log' },
  { path: '/inkorg', label: 'Inkorg', description: 'Förmedlingar från kollegor och förfrågningar från webben i en lista: ta, kontakta, avsluta. Försenade visas för sig, och alla webbförfrågningar kan filtreras.', permission: 'contacts:inbox',
    status: (d, p) => inboxReminder(d.db, d.clock, p) },
  { path: '/anhoriga', label: 'Identifierade anhöriga', description: 'Anhöriga som samtyckt till registrering: stödkontakt, samtycken, planering och uppföljning.', permission: 'carers:read' },
  { path: '/uppfoljningar', label: 'Uppföljningar', description: 'Återkontakter och planerade insatser som ska göras eller är försenade, för teamet.', permission: 'carers:read',
    status: (d, p) => followUpReminder(d.db, d.clock, p) },
  { path: '/formedla', label: 'Förmedla kontakt', description: 'Lämna en anhörig som vill ha stöd vidare till anhörigstödet, med hens samtycke.', permission: 'referrals:create' },
  { path: '/behovsbedomning', label: 'Anhöriga i behovsbedömningen', description: 'Registrera att en anhörig deltog i den närståendes behovsbedömning.', permission: 'needs_assessment:record' },
  { path: '/meddelanden', label: 'Meddelanden från Mina sidor', description: 'Säkra meddelanden från anhöriga med konto på Mina sidor: läs och svara.', permission: 'contacts:inbox' },
  { path: '/motesplats', label: 'Mötesplatsen', description: 'Granska inlägg och anmälningar i anhörigas samtalsrum, och sköt rum, moderatorer och ordlista.', permission: 'motesplats:moderate' },
  { path: '/information', label: 'Informationssidor', description: 'Skriv och publicera informationssidorna på svenska, lätt svenska och fler språk.', permission: 'pages:edit' },
  { path: '/granskning', label: 'Granskning av innehåll', description: 'Informationssidor och erbjudanden som inte granskats på 12 månader, med ansvarig.', permission: 'pages:edit',
    status: (d, p) => reviewReminder(d, p) },
  { path: '/samarbetspartner', label: 'Samarbetspartner', description: 'Föreningar, kyrkor, regionen och nationella resurser i katalogen över samarbetspartner.', permission: 'partners:edit' },
  { path: '/aktiviteter', label: 'Aktiviteter och bokningar', description: 'Grupper, temakvällar och utbildningar: skapa och publicera, och för anhörigstödet bokningar, kö, närvaro och inställda träffar.', permission: 'events:edit' },
  { path: '/aktiviteter/boka', label: 'Boka åt någon', description: 'Boka en plats åt en anhörig som ringer – samma bekräftelse som vid egen bokning.', permission: 'events:book_for' },
  { path: '/utbildningar', label: 'Utbildningar', description: 'Anmäl dig till utbildningar och temadagar för personal och anhörigombud.', permission: 'staff:home' },
  { path: '/ombud', label: 'Anhörigombud', description: 'Register över anhörigombud per enhet: utse, avsluta och följ utbildningar.', permission: 'ambassadors:read' },
  { path: '/ombud/tackning', label: 'Täckning av anhörigombud', description: 'Vilka enheter saknar ett utbildat anhörigombud? Per förvaltning och område, med export.', permission: 'ambassadors:read' },
  { path: '/styrning', label: 'Styrning och samverkan', description: 'Styrgrupp, anhörigråd och andra grupper: medlemmar, möten, protokoll och årshjulet.', permission: 'plans:read' },
  { path: '/uppsokande', label: 'Uppsökande verksamhet', description: 'Kampanjer för att nå dolda anhöriga: målgrupp, kanaler, period, kostnad och vad de gav.', permission: 'outreach:edit' },
  { path: '/planer', label: 'Verksamhetsplaner', description: 'Mål, aktiviteter och budget per år med statsbidraget; utskrift, PDF, import och export som XLSX och CSV.', permission: 'plans:read' },
  { path: '/belastningskoll', label: 'Belastningskoll', description: 'Gå igenom belastningskollen med en anhörig, jämför över tid och se statistik.', permission: 'selfcheck:staff' },
  { path: '/belastningskoll/instrument', label: 'Belastningskoll: instrument', description: 'Frågor, svarsskala, dimensioner, nivåer och återkoppling; publicera nya versioner.', permission: 'selfcheck:admin' },
  { path: '/rapporter', label: 'Rapporter och årsrapport', description: 'Årsrapporten till nämnden per år och del av organisationen, årsenkäten och export som PDF, XLSX och CSV.', permission: 'reports:read' },
  { path: '/oversikt', label: 'Översikt', description: 'Kontakter och annat månad för månad, i år jämfört med i fjol.', permission: 'reports:detailed' },
  { path: '/admin', label: 'Organisation och inställningar', description: 'Förvaltningar, områden och enheter, användare och roller, kommunens inställningar (kort adress, text på startsidan, vart förfrågningar om kontakt skickas) och tillgänglighetsredogörelsen.', permission: 'org:admin' },
  { path: '/logg/granskning', label: 'Granska åtkomstloggen', description: 'Dra ett stickprov av loggen för dina enheter och dokumentera granskningen.', permission: 'audit:read' },
  { path: '/logg', label: 'Åtkomstlogg', description: 'Granska vem som läst och ändrat personuppgifter.', permission: 'audit:read' },
];
