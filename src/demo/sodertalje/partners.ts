// Södertälje's partners in the demo: the associations and organisations its document names.
import type { DemoPartner } from '../types.js';

export const partners: DemoPartner[] = [
  {
    key: 'region-stockholm',
    kind: 'region',
    name: 'Region Stockholm, hälso- och sjukvården',
    offers: {
      sv: 'Hälso- och sjukvården har ett lagstadgat ansvar för att barn som anhöriga får information, råd och stöd. Kommunen samverkar med sjukvården i anhörigfrågor.',
      'sv-easy': 'Sjukvården ska hjälpa barn som har en sjuk förälder. Kommunen och sjukvården jobbar tillsammans.',
      en: 'Health care has a statutory duty to give children as carers information, advice and support. The municipality works with health care on carer issues.',
    },
    targetGroups: [],
    contact: '1177 för sjukvårdsrådgivning',
    url: null,
    councilMember: false,
  },
  {
    key: 'vardcentraler',
    kind: 'health_centre',
    name: 'Vårdcentralerna i Södertälje',
    offers: {
      sv: 'Din vårdcentral kan hjälpa dig om du själv mår dåligt av din situation som anhörig, och kan hänvisa till kommunens anhörigkonsulenter.',
      'sv-easy': 'Mår du dåligt? Då kan du gå till vårdcentralen.',
      en: 'Your health centre can help you if your situation as a carer affects your own health, and can refer you to the municipality’s carer support.',
    },
    targetGroups: [],
    contact: 'Din vårdcentral eller 1177',
    url: null,
    councilMember: false,
  },
  {
    key: 'elevhalsan',
    kind: 'other',
    name: 'Elevhälsan – skolsköterskor och kuratorer',
    offers: {
      sv: 'Skolsköterskor och kuratorer kan ge stöd till elever som är anhöriga och hjälpa dem vidare.',
      'sv-easy': 'Skolsköterskan och kuratorn på skolan kan prata med dig.',
      en: 'School nurses and school counsellors can support pupils who are young carers and help them further.',
    },
    targetGroups: [],
    contact: 'Elevhälsan på din skola',
    url: null,
    councilMember: false,
  },
  {
    key: 'nka',
    kind: 'national',
    name: 'Nka – Nationellt kompetenscentrum anhöriga',
    offers: {
      sv: 'Kunskap, filmer och webbutbildningar om att vara anhörig, för anhöriga och för personal.',
      'sv-easy': 'En webbplats med fakta och filmer för anhöriga.',
      en: 'Knowledge, films and web courses about being a carer, for carers and for staff.',
    },
    targetGroups: [],
    contact: 'Via webbplatsen',
    url: 'https://anhoriga.se',
    councilMember: false,
  },
  {
    key: 'anhorigas-riksforbund',
    kind: 'association',
    name: 'Anhörigas Riksförbund',
    offers: {
      sv: 'Ideell förening för anhöriga i hela landet, med information och en stödlinje.',
      'sv-easy': 'En förening för anhöriga i hela Sverige.',
      en: 'A national non-profit association for carers, offering information and a support line.',
    },
    targetGroups: [],
    contact: 'Via förbundets webbplats',
    url: null,
    councilMember: false,
  },
];
