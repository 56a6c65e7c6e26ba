// Demo data for Södertälje kommun, from its Riktlinje för anhörigstöd (seeds/000_701e1fc74ed1cc7a.txt).
// Three full-time anhörigkonsulenter, each towards its own verksamhetsområden; anhörigombud in the
// units, designated by the resultatenhetschef; support is free, carers may be anonymous and open
// activity is not documented. Every person here is invented.
import type { DemoMunicipality } from '../types.js';
import { offerings } from './offerings.js';
import { bodies, staff, units } from './organisation.js';
import { overviewPage } from './overview-page.js';
import { pages } from './pages.js';
import { partners } from './partners.js';

export const sodertalje: DemoMunicipality = {
  slug: 'sodertalje',
  name: 'Södertälje kommun',
  source: 'Riktlinje för anhörigstöd, Södertälje kommun (seeds/000_701e1fc74ed1cc7a.txt)',
  intro: {
    sv: 'Hjälper du någon i din närhet som är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett beroende? Södertälje kommuns anhörigkonsulenter erbjuder stöd som är kostnadsfritt, och du får vara anonym.',
    'sv-easy': 'Hjälper du någon som är gammal, sjuk eller har en funktionsnedsättning? Då kan du få stöd av kommunen. Det är gratis och du behöver inte säga ditt namn.',
    en: 'Do you help someone close to you who is older, long-term ill, or has a disability, mental ill-health or an addiction? Södertälje’s carer support consultants offer support that is free of charge, and you may stay anonymous.',
  },
  settings: {
    contactPhone: '08-465 004 21',
    specialistTitle: 'anhörigkonsulent',
    specialistTitlePlural: 'anhörigkonsulenter',
    carerMinAge: null,
    documentationPolicy: 'none',
    routing: [
      {
        carerUnder: 18,
        routeToUnitKey: 'bou-mottagning',
        note: 'Barn och unga som är anhöriga tas emot av Barn och ungdom, som samordnar stödet med anhörigkonsulenterna och elevhälsan.',
      },
      {
        targetGroup: 'older',
        routeToUnitKey: 'omsorg-aldre',
        note: 'Anhöriga till äldre får stöd av anhörigkonsulenten för äldreomsorgen.',
      },
      {
        targetGroup: 'long_term_illness',
        routeToUnitKey: 'omsorg-aldre',
        note: 'Anhöriga till långvarigt sjuka vuxna tas emot av anhörigkonsulenten för äldreomsorgen, som lotsar vidare vid behov.',
      },
      {
        targetGroup: 'disability',
        routeToUnitKey: 'omsorg-funk',
        note: 'Anhöriga till personer med funktionsnedsättning får stöd av anhörigkonsulenten för funktionshinder.',
      },
      {
        targetGroup: 'mental_health',
        routeToUnitKey: 'social-psyk',
        note: 'Anhöriga till personer med psykisk ohälsa får stöd av anhörigkonsulenten för socialpsykiatri och missbruk.',
      },
      {
        targetGroup: 'substance_use',
        routeToUnitKey: 'social-vuxen',
        note: 'Anhöriga till personer med missbruk eller beroende får stöd av anhörigkonsulenten för socialpsykiatri och missbruk.',
      },
      {
        routeToUnitKey: 'anhorigstod',
        note: 'Övriga kontakter tas emot av anhörigkonsulenterna gemensamt, som fördelar dem inom arbetsgruppen.',
      },
    ],
    shortAlias: null,
    population: 101000,
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
