// Herrljunga's partners in the demo: the associations and organisations its document names.
import type { DemoPartner } from '../types.js';

export const partners: DemoPartner[] = [
  {
    key: 'vgr',
    kind: 'region',
    name: 'Västra Götalandsregionen',
    offers: {
      sv: 'Hälso- och sjukvården har i första hand ansvar för information, råd och stöd till barn som anhöriga, och vårdar din närstående.',
      'sv-easy': 'Regionen har hand om sjukvården. Regionen ska hjälpa barn som har en sjuk förälder.',
      en: 'Health care is primarily responsible for information, advice and support to children as carers, and cares for your close one.',
    },
    targetGroups: [],
    contact: '1177 för sjukvårdsrådgivning',
    url: null,
    councilMember: false,
  },
  {
    key: 'vardcentralen',
    kind: 'health_centre',
    name: 'Vårdcentralen Herrljunga',
    offers: {
      sv: 'Hjälp om din egen hälsa påverkas av att du är anhörig, och samverkan kring din närstående.',
      'sv-easy': 'Mår du dåligt? Gå till vårdcentralen.',
      en: 'Help if being a carer affects your own health, and cooperation about your close one.',
    },
    targetGroups: [],
    contact: 'Vårdcentralen eller 1177',
    url: null,
    councilMember: false,
  },
  {
    key: 'forsakringskassan',
    kind: 'national',
    name: 'Försäkringskassan',
    offers: {
      sv: 'Närståendepenning när du avstår från arbete för att vårda en närstående som är svårt sjuk.',
      'sv-easy': 'Pengar när du är ledig från jobbet för att vara hos någon som är mycket sjuk.',
      en: 'Carer’s allowance when you stay off work to care for a close one who is seriously ill.',
    },
    targetGroups: [],
    contact: 'Försäkringskassans kundcenter',
    url: 'https://www.forsakringskassan.se',
    councilMember: false,
  },
  {
    key: 'nka',
    kind: 'national',
    name: 'Nka – Nationellt kompetenscentrum anhöriga',
    offers: {
      sv: 'Kunskap om vad anhöriga behöver – att få kunskap, stöd att hantera situationen och att känna sig sedda och lyssnade på.',
      'sv-easy': 'En webbplats med kunskap för anhöriga.',
      en: 'Knowledge about what carers need – knowledge, support to handle the situation, and to feel seen and listened to.',
    },
    targetGroups: [],
    contact: 'Via webbplatsen',
    url: 'https://anhoriga.se',
    councilMember: false,
  },
  {
    key: 'elevhalsan',
    kind: 'other',
    name: 'Förskola, skola och elevhälsan',
    offers: {
      sv: 'Uppmärksammar barn som är anhöriga och vägleder dem till rätt stöd.',
      'sv-easy': 'Skolan kan hjälpa barn som har en sjuk förälder.',
      en: 'Notice children who are carers and guide them to the right support.',
    },
    targetGroups: [],
    contact: 'Din förskola eller skola',
    url: null,
    councilMember: false,
  },
];
