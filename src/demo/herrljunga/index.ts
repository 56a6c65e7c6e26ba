// Demo data for Herrljunga kommun, from its Riktlinje för anhörigstöd (seeds/002_200e250bfb633843.txt).
// One anhörigsamordnare (strategic and specific support) for carers aged 18 and over; contact is
// free, undocumented and under secrecy. Carers of people with substance use are referred to
// vuxenenheten; support to children as carers is primarily the region's responsibility. No
// hemvårdsbidrag: närståendepenning is Försäkringskassan's. Every person here is invented.
import type { DemoMunicipality } from '../types.js';
import { offerings } from './offerings.js';
import { bodies, staff, units } from './organisation.js';
import { overviewPage } from './overview-page.js';
import { pages } from './pages.js';
import { partners } from './partners.js';

export const herrljunga: DemoMunicipality = {
  slug: 'herrljunga',
  name: 'Herrljunga kommun',
  source: 'Riktlinje för anhörigstöd, Herrljunga kommun (seeds/002_200e250bfb633843.txt)',
  intro: {
    sv: 'Stödjer eller vårdar du någon i din familj eller en vän som är långvarigt sjuk, äldre eller har en funktionsnedsättning? Herrljunga kommuns anhörigsamordnare erbjuder dig samtal, grupper och information – avgiftsfritt, utan dokumentation och under sekretess.',
    'sv-easy': 'Hjälper du någon som är sjuk, gammal eller har en funktionsnedsättning? Du kan prata med kommunens anhörigsamordnare. Det är gratis och hen berättar inte för andra.',
    en: 'Do you support or care for a family member or friend who is long-term ill, older or has a disability? Herrljunga’s carer support coordinator offers you conversations, groups and information – free of charge, without records and under secrecy.',
  },
  settings: {
    contactPhone: '070-174 06 42',
    specialistTitle: 'anhörigsamordnare',
    specialistTitlePlural: 'anhörigsamordnare',
    carerMinAge: 18,
    // The languages its citizen pages are offered in (the others offer all seven).
    languages: ['sv', 'sv-easy', 'en', 'fi'],
    documentationPolicy: 'none',
    routing: [
      {
        carerUnder: 18,
        routeToUnitKey: 'barn-familj',
        note: 'Stöd till barn som anhöriga är i första hand regionens ansvar. Barn och familj uppmärksammar barnets behov och vägleder till rätt stödform, till exempel hos regionen.',
      },
      {
        targetGroup: 'substance_use',
        routeToUnitKey: 'vuxenenheten',
        note: 'Stöd till anhöriga till närstående med missbruk eller beroende hänvisas till vuxenenheten.',
      },
      {
        routeToUnitKey: 'anhorigstod',
        note: 'Anhörigsamordnaren ger stöd till anhöriga från 18 år som stödjer en närstående som är långvarigt sjuk, äldre eller har en funktionsnedsättning.',
      },
    ],
    shortAlias: null,
    population: 9500,
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
