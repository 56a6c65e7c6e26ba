// Demo data for Hässleholms kommun, from its Verksamhetsplan Anhörigstöd 2017–2018
// (seeds/004_cd7a6ebad2c4a6cb.txt). The "Hässleholm model" places carer support where care meets
// carers: ~135 anhörigombud in omsorgsförvaltningen, one anhörigstrateg shared by three
// administrations (placed with the myndighetschef in omsorgen), a half-time anhörigkonsulent who is
// also volunteer coordinator, a styrgrupp of the three nämnders presidia, BOSS for children as
// carers, and an anhörigråd of associations. Every person here is invented.
import type { DemoMunicipality } from '../types.js';
import { contactOfferings } from './offerings-direct-contact.js';
import { groupOfferings } from './offerings-direct-groups.js';
import { outreachOfferings } from './offerings-direct-outreach.js';
import { indirectOfferings } from './offerings-indirect.js';
import { bodies, staff, units } from './organisation.js';
import { overviewPage } from './overview-page.js';
import { pages } from './pages.js';
import { partners } from './partners.js';

export const hassleholm: DemoMunicipality = {
  slug: 'hassleholm',
  name: 'Hässleholms kommun',
  source: 'Verksamhetsplan Anhörigstöd 2017–2018, Hässleholms kommun (seeds/004_cd7a6ebad2c4a6cb.txt)',
  intro: {
    sv: 'I Hässleholm finns anhörigstödet där vården och omsorgen möter dig som anhörig – hos anhörigombuden på boenden och i hemvården, i skolan och i socialtjänsten. Du kan också få stöd på nätet, i anhörigcirklar och genom föreningarna i Anhörigrådet.',
    'sv-easy': 'Hjälper du någon som är sjuk, gammal eller har det svårt? Då kan du få stöd i Hässleholm. Fråga personalen eller ring oss.',
    en: 'In Hässleholm, carer support is found where care meets you as a carer – with the carer ambassadors in care homes and home care, at school and in social services. You can also get support online, in carer circles and through the associations of the Carers’ Council.',
  },
  settings: {
    contactPhone: '070-174 06 53',
    specialistTitle: 'anhörigstrateg',
    specialistTitlePlural: 'anhörigstrateger',
    carerMinAge: null,
    documentationPolicy: 'journal',
    routing: [
      {
        carerUnder: 18,
        routeToUnitKey: 'bus',
        note: 'Barn och unga som är anhöriga får stöd av Barn- och ungdomssupporten, i samarbete med skolan och BOSS.',
      },
      {
        routeToUnitKey: 'anhorigstod',
        note: 'Vuxna anhöriga tas emot av anhörigkonsulenten och anhörigstrategen, som lotsar vidare till rätt funktion och enhet i de tre förvaltningarna.',
      },
    ],
    shortAlias: 'a-stod',
    population: 52000,
    suppressionThreshold: 5,
    contactTargetWorkingDays: 5,
  },
  units,
  bodies,
  staff,
  offerings: [...contactOfferings, ...groupOfferings, ...outreachOfferings, ...indirectOfferings],
  partners,
  pages: [overviewPage, ...pages],
};
