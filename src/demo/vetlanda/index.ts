// Demo data for Vetlanda kommun, from the joint guideline "Samverkan och samsyn för stöd till
// anhöriga i Vetlanda kommun" (2024) of vård- och omsorgsförvaltningen and socialförvaltningen
// (seeds/001_53334e19fa23d1b8.txt). The guideline sorts support into direct support to the carer
// (offered as a service, or needs-assessed for the carer's own part) and indirect support via the
// närstående. It names no specialist title; Bredvid uses anhörigkonsulent, one in each
// administration. Every person here is invented.
import type { DemoMunicipality } from '../types.js';
import { offerings } from './offerings.js';
import { bodies, staff, units } from './organisation.js';
import { overviewPage } from './overview-page.js';
import { pages } from './pages.js';
import { partners } from './partners.js';

export const vetlanda: DemoMunicipality = {
  slug: 'vetlanda',
  name: 'Vetlanda kommun',
  source: 'Riktlinje: Samverkan och samsyn för stöd till anhöriga i Vetlanda kommun, 2024 (seeds/001_53334e19fa23d1b8.txt)',
  intro: {
    sv: 'Ger du omsorg, vård eller stöd till någon i din närhet, ofta eller ibland? Vård- och omsorgsförvaltningen och socialförvaltningen erbjuder tillsammans stöd till dig som anhörig – individuellt, i grupp och i samordning.',
    'sv-easy': 'Hjälper du någon som är sjuk, gammal eller har det svårt? Kommunen kan hjälpa dig. Du kan prata med någon eller träffa andra anhöriga.',
    en: 'Do you give care or support to someone close to you, often or now and then? The care administration and the social services administration together offer support to you as a carer – individually, in groups and in a joined-up way.',
  },
  settings: {
    contactPhone: '070-174 06 31',
    specialistTitle: 'anhörigkonsulent',
    specialistTitlePlural: 'anhörigkonsulenter',
    carerMinAge: null,
    // The languages its citizen pages are offered in (the others offer all seven).
    languages: ['sv', 'sv-easy', 'en', 'ar', 'fi', 'so'],
    documentationPolicy: 'journal',
    routing: [
      {
        carerUnder: 18,
        routeToUnitKey: 'so-barn',
        note: 'Barn och unga som är anhöriga tas emot av Barn och familj tillsammans med anhörigkonsulenten på socialförvaltningen, i ett familjeorienterat arbetssätt.',
      },
      {
        targetGroup: 'substance_use',
        routeToUnitKey: 'so-vuxen',
        note: 'Anhöriga till personer med missbruk eller beroende får stöd av anhörigkonsulenten på socialförvaltningen.',
      },
      {
        targetGroup: 'mental_health',
        routeToUnitKey: 'so-psyk',
        note: 'Anhöriga till personer med psykisk ohälsa får stöd av anhörigkonsulenten på socialförvaltningen.',
      },
      {
        routeToUnitKey: 'anhorigstod',
        note: 'Anhöriga till äldre, långvarigt sjuka och personer med funktionsnedsättning får stöd av anhörigstödet på vård- och omsorgsförvaltningen.',
      },
    ],
    // Vetlanda's guideline: a suspicion of violence in close relationships goes to the unit for it.
    violenceUnitKey: 'vald-i-nara-relationer',
    shortAlias: null,
    population: 27500,
    suppressionThreshold: 5,
    contactTargetWorkingDays: 5,
  },
  units,
  bodies,
  staff,
  offerings,
  partners,
  pages: [overviewPage, ...pages],
};
