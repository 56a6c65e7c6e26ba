// The staff start page lists what a person's roles let them do. Each module adds its entries.
import type { Permission } from '../platform/auth/permissions.js';

export interface StaffLink {
  path: string; // below /{kommun}/personal, e.g. '/stod'
  label: string;
  description: string;
  permission: Permission;
}

export const STAFF_LINKS: StaffLink[] = [
  { path: '/stod', label: 'Stödutbud', description: 'Skapa, ändra och publicera erbjudanden i stödkatalogen.', permission: 'catalog:edit' },
  { path: '/forfragningar', label: 'Förfrågningar om kontakt', description: 'Anhöriga som bett att bli kontaktade via webbplatsen: tilldela, kontakta, avsluta.', permission: 'contacts:inbox' },
  { path: '/information', label: 'Informationssidor', description: 'Skriv och publicera informationssidorna på svenska, lätt svenska och fler språk.', permission: 'pages:edit' },
  { path: '/samarbetspartner', label: 'Samarbetspartner', description: 'Föreningar, kyrkor, regionen och nationella resurser i katalogen över samarbetspartner.', permission: 'partners:edit' },
  { path: '/portal/installningar', label: 'Portalens inställningar', description: 'Kort adress, text på startsidan och vart förfrågningar om kontakt skickas.', permission: 'settings:admin' },
  { path: '/ombud', label: 'Anhörigombud', description: 'Register över anhörigombud per enhet: utse, avsluta och följ utbildningar.', permission: 'ambassadors:read' },
  { path: '/ombud/tackning', label: 'Täckning av anhörigombud', description: 'Vilka enheter saknar ett utbildat anhörigombud? Per förvaltning och område, med export.', permission: 'ambassadors:read' },
  { path: '/styrning', label: 'Styrning och samverkan', description: 'Styrgrupp, anhörigråd och andra grupper: medlemmar, möten, protokoll och årshjulet.', permission: 'plans:read' },
  { path: '/planer', label: 'Verksamhetsplaner', description: 'Mål, aktiviteter och budget per år med statsbidraget; utskrift, PDF, import och export som XLSX och CSV.', permission: 'plans:read' },
  { path: '/belastningskoll', label: 'Belastningskoll', description: 'Gå igenom belastningskollen med en anhörig, jämför över tid och se statistik.', permission: 'selfcheck:staff' },
  { path: '/belastningskoll/instrument', label: 'Belastningskoll: instrument', description: 'Frågor, svarsskala, dimensioner, nivåer och återkoppling; publicera nya versioner.', permission: 'selfcheck:admin' },
  { path: '/admin', label: 'Organisation och inställningar', description: 'Förvaltningar, områden och enheter, användare och roller, kommunens inställningar.', permission: 'org:admin' },
  { path: '/logg', label: 'Åtkomstlogg', description: 'Granska vem som läst och ändrat personuppgifter.', permission: 'audit:read' },
];
