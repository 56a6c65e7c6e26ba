// Hässleholm's offerings in the demo, part 1: direct support without a needs assessment, the
// first contact – information and guidance, conversations and meetings with the anhörigombud
// where the close one gets care, and En bra plats online.
import type { DemoOffering } from '../types.js';

export const contactOfferings: DemoOffering[] = [
  // ── Direkt stöd utan biståndsbeslut ─────────────────────────────────────────────────────
  {
    key: 'lotsning',
    type: 'information',
    supportKind: 'direct',
    needsAssessment: false,
    provider: 'municipality',
    providerName: 'Hässleholms kommun, anhörigkonsulenten och anhörigstrategen',
    targetGroups: [],
    carerMinAge: null,
    carerMaxAge: null,
    languages: ['sv'],
    cost: 'Kostnadsfritt',
    title: { sv: 'Information, råd och lotsning', 'sv-easy': 'Hjälp att hitta rätt stöd', en: 'Information, advice and navigation' },
    summary: {
      sv: 'Anhörigkonsulenten och anhörigstrategen ger information och råd och lotsar dig vidare till rätt funktion och enhet i kommunen.',
      'sv-easy': 'Vi berättar vilken hjälp som finns. Vi hjälper dig att hitta rätt person.',
      en: 'The carer support consultant and strategist give information and advice and guide you to the right function and unit in the municipality.',
    },
    description: {
      sv: `I Hässleholm finns anhörigstödet i första hand där din närstående får vård och omsorg. Vet du inte vart du ska vända dig kan du kontakta anhörigkonsulenten eller anhörigstrategen, som hjälper dig vidare – till exempel till ett anhörigombud, en demenssjuksköterska, Barn- och ungdomssupporten eller Novum.

Samlad information finns på kommunens webbplats under adressen hassleholm.se/a-stod och i tidningen Anhöringen.`,
      'sv-easy': `Vet du inte vem du ska fråga? Ring anhörigkonsulenten. Hen hjälper dig att hitta rätt.

Du kan också läsa på kommunens webbplats. Skriv hassleholm.se/a-stod.`,
      en: `In Hässleholm, carer support is first of all found where your close one gets care. If you do not know where to turn, contact the carer support consultant or strategist, who will help you on – for example to a carer ambassador, a dementia nurse, the Children and Youth Support service or Novum.

Collected information is on the municipality’s website at hassleholm.se/a-stod and in the newspaper Anhöringen.`,
    },
    howToGet: {
      sv: 'Ring eller mejla anhörigkonsulenten, eller fyll i "Jag vill bli kontaktad".',
      'sv-easy': 'Ring oss. Eller skriv att du vill att vi ringer dig.',
      en: 'Call or e-mail the carer support consultant, or fill in "I want to be contacted".',
    },
    contact: 'Anhörigkonsulenten via kommunens kontaktcenter, 0451-00 00 00',
  },
  {
    key: 'anhorigsamtal',
    type: 'support_conversation',
    supportKind: 'direct',
    needsAssessment: false,
    provider: 'municipality',
    providerName: 'Hässleholms kommun, anhörigombuden och anhörigkonsulenten',
    targetGroups: [],
    carerMinAge: null,
    carerMaxAge: null,
    languages: ['sv'],
    cost: 'Kostnadsfritt',
    title: { sv: 'Anhörigsamtal', 'sv-easy': 'Samtal för anhöriga', en: 'Carer conversations' },
    summary: {
      sv: 'Samtal om din situation med ett anhörigombud där din närstående får omsorg, eller med anhörigkonsulenten.',
      'sv-easy': 'Du kan prata med personal där din närstående bor eller får hjälp. Ni pratar om hur du har det.',
      en: 'A conversation about your situation with a carer ambassador where your close one gets care, or with the carer support consultant.',
    },
    description: {
      sv: `Inom omsorgsförvaltningen arbetar omkring 135 anhörigombud på boenden, i hemvården och inom funktionsstödet. De bjuder in anhöriga till samtal och ger information, råd och stöd. Anhörigombuden är utbildade i anhörigstöd och träffas två halvdagar om året för att lära sig mer.

Vill du hellre prata med någon utanför din närståendes verksamhet kan du vända dig till anhörigkonsulenten.`,
      'sv-easy': `Det finns anhörigombud på många ställen i kommunen. Till exempel på boenden och i hemvården. De har lärt sig mycket om anhöriga. Du kan prata med dem.

Du kan också prata med anhörigkonsulenten.`,
      en: `About 135 carer ambassadors work in care homes, home care and disability services. They invite carers to conversations and give information, advice and support. The ambassadors are trained in carer support and meet two half-days a year to learn more.

If you would rather talk to someone outside your close one’s service, you can turn to the carer support consultant.`,
    },
    howToGet: {
      sv: 'Fråga efter anhörigombudet där din närstående bor eller får hemvård, eller kontakta anhörigkonsulenten.',
      'sv-easy': 'Fråga personalen efter anhörigombudet. Eller ring anhörigkonsulenten.',
      en: 'Ask for the carer ambassador where your close one lives or gets home care, or contact the carer support consultant.',
    },
    contact: 'Verksamheten där din närstående har stöd, eller anhörigkonsulenten, 0451-00 00 00',
  },
  {
    key: 'anhorigtraffar',
    type: 'carer_meeting',
    supportKind: 'direct',
    needsAssessment: false,
    provider: 'municipality',
    providerName: 'Hässleholms kommun, enheterna och deras anhörigombud',
    targetGroups: [],
    carerMinAge: null,
    carerMaxAge: null,
    languages: ['sv'],
    cost: 'Kostnadsfritt',
    title: { sv: 'Anhörigträffar, mässor och öppet hus', 'sv-easy': 'Träffar för anhöriga', en: 'Carer meetings, fairs and open house' },
    summary: {
      sv: 'Anhörigombuden anordnar anhörigträffar, anhörigmässor och öppet hus på enheterna.',
      'sv-easy': 'Det finns träffar för anhöriga på boenden och i hemvården.',
      en: 'The carer ambassadors arrange carer meetings, carer fairs and open house at the units.',
    },
    description: { sv: 'På flera enheter anordnas anhörigträffar där du träffar personalen och andra anhöriga. Anhörigkonsulenten och anhörigstrategen håller också informationsträffar om anhörigstöd, till exempel i föreningar.' },
    howToGet: { sv: 'Se kalendern eller fråga enhetens anhörigombud.' },
    contact: 'Enhetens anhörigombud',
  },
  {
    key: 'en-bra-plats',
    type: 'other',
    supportKind: 'direct',
    needsAssessment: false,
    provider: 'private',
    providerName: 'En bra plats (webbtjänst som kommunen abonnerar på)',
    targetGroups: [],
    carerMinAge: null,
    carerMaxAge: null,
    languages: ['sv'],
    cost: 'Kostnadsfritt för dig – kommunen betalar abonnemanget',
    title: { sv: 'En bra plats – anhörigstöd på nätet', 'sv-easy': 'Stöd för anhöriga på internet', en: 'En bra plats – online carer support' },
    summary: {
      sv: 'En webbplats där du som anhörig kan läsa, lära och prata med andra anhöriga när det passar dig, dygnet runt.',
      'sv-easy': 'En webbplats för anhöriga. Där kan du läsa och skriva till andra anhöriga. När du vill.',
      en: 'A website where you as a carer can read, learn and talk with other carers whenever it suits you, day and night.',
    },
    description: {
      sv: `Hässleholms kommun abonnerar på En bra plats, ett webbaserat anhörigstöd med kunskap, filmer och forum där anhöriga kan dela erfarenheter. Det är ett komplement till stödet du kan få i kommunen, och passar dig som har svårt att komma ifrån eller vill vara anonym.

Personal i omsorgen, socialförvaltningen och föreningarna kan visa dig hur det fungerar.`,
      'sv-easy': `En bra plats är en webbplats för anhöriga. Där finns fakta och filmer. Du kan skriva till andra anhöriga.

Du kan använda den hemma. Du behöver inte säga vem du är. Det kostar inget för dig.`,
      en: `Hässleholm subscribes to En bra plats, an online carer support service with knowledge, films and forums where carers share experiences. It complements the support you can get from the municipality and suits you if it is hard to get away or you want to stay anonymous.

Staff in care, social services and the associations can show you how it works.`,
    },
    howToGet: {
      sv: 'Följ länken från kommunens sida hassleholm.se/a-stod och registrera dig som anhörig i Hässleholms kommun.',
      'sv-easy': 'Gå till hassleholm.se/a-stod. Där finns en länk.',
      en: 'Follow the link from hassleholm.se/a-stod and register as a carer in Hässleholm municipality.',
    },
    contact: 'Anhörigstrategen, 0451-00 00 00',
  },
];
