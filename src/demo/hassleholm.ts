// Demo data for Hässleholms kommun, from its Verksamhetsplan Anhörigstöd 2017–2018
// (seeds/004_cd7a6ebad2c4a6cb.txt). The "Hässleholm model" places carer support where care meets
// carers: ~135 anhörigombud in omsorgsförvaltningen, one anhörigstrateg shared by three
// administrations (placed with the myndighetschef in omsorgen), a half-time anhörigkonsulent who is
// also volunteer coordinator, a styrgrupp of the three nämnders presidia, BOSS for children as
// carers, and an anhörigråd of associations. Every person here is invented.
import type { DemoMunicipality } from './types.js';

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

  units: [
    // Omsorgsförvaltningen (OF)
    { key: 'of', parentKey: null, kind: 'administration', name: 'Omsorgsförvaltningen' },
    { key: 'of-myndighet', parentKey: 'of', kind: 'area', name: 'Myndighet' },
    { key: 'anhorigstod', parentKey: 'of-myndighet', kind: 'unit', name: 'Anhörigstöd och frivilligsamordning' },
    { key: 'bistand', parentKey: 'of-myndighet', kind: 'unit', name: 'Biståndshandläggning' },
    { key: 'lss-handlaggning', parentKey: 'of-myndighet', kind: 'unit', name: 'LSS-handläggning' },
    { key: 'of-hemvard', parentKey: 'of', kind: 'area', name: 'Hemvård' },
    { key: 'hemvard-norr', parentKey: 'of-hemvard', kind: 'unit', name: 'Hemvård Hässleholm Norr' },
    { key: 'hemvard-soder', parentKey: 'of-hemvard', kind: 'unit', name: 'Hemvård Hässleholm Söder' },
    { key: 'hemvard-tyringe', parentKey: 'of-hemvard', kind: 'unit', name: 'Hemvård Tyringe' },
    { key: 'hemvard-vinslov', parentKey: 'of-hemvard', kind: 'unit', name: 'Hemvård Vinslöv' },
    { key: 'of-sabo', parentKey: 'of', kind: 'area', name: 'Särskilt boende' },
    { key: 'sabo-ekbacken', parentKey: 'of-sabo', kind: 'unit', name: 'Ekbackens vård- och omsorgsboende' },
    { key: 'sabo-rosengarden', parentKey: 'of-sabo', kind: 'unit', name: 'Rosengårdens särskilda boende' },
    { key: 'sabo-bjorkhagen', parentKey: 'of-sabo', kind: 'unit', name: 'Björkhagens demensboende' },
    { key: 'sabo-angsgarden', parentKey: 'of-sabo', kind: 'unit', name: 'Ängsgårdens vård- och omsorgsboende, Sösdala' },
    { key: 'korttidsboende', parentKey: 'of-sabo', kind: 'unit', name: 'Korttidsboendet Ljungbacken (korttid och växelvård)' },
    { key: 'of-funk', parentKey: 'of', kind: 'area', name: 'Funktionsstöd' },
    { key: 'daglig-verksamhet', parentKey: 'of-funk', kind: 'unit', name: 'Daglig verksamhet Verkstaden' },
    { key: 'gruppbostad-larkan', parentKey: 'of-funk', kind: 'unit', name: 'Gruppbostad Lärkan' },
    { key: 'korttidsvistelse-fyren', parentKey: 'of-funk', kind: 'unit', name: 'Korttidsvistelse Fyren' },
    { key: 'boendestod-psyk', parentKey: 'of-funk', kind: 'unit', name: 'Boendestöd socialpsykiatri' },
    { key: 'of-hsl', parentKey: 'of', kind: 'area', name: 'Hälso- och sjukvård' },
    { key: 'demensteam', parentKey: 'of-hsl', kind: 'unit', name: 'Demensteamet' },
    { key: 'rehab', parentKey: 'of-hsl', kind: 'unit', name: 'Rehabenheten' },
    { key: 'dagverksamhet-demens', parentKey: 'of-hsl', kind: 'unit', name: 'Dagverksamhet för personer med demens' },
    // Barn- och utbildningsförvaltningen (BUF)
    { key: 'buf', parentKey: null, kind: 'administration', name: 'Barn- och utbildningsförvaltningen' },
    { key: 'buf-cebe', parentKey: 'buf', kind: 'area', name: 'Centrala barn- och elevstödsenheten (cebe)' },
    { key: 'cebe-spec', parentKey: 'buf-cebe', kind: 'unit', name: 'Specialpedagogisk samordning' },
    { key: 'elevhalsa', parentKey: 'buf-cebe', kind: 'unit', name: 'Elevhälsan' },
    { key: 'buf-forskola', parentKey: 'buf', kind: 'area', name: 'Förskola' },
    { key: 'forskola-norr', parentKey: 'buf-forskola', kind: 'unit', name: 'Förskoleområde Norr' },
    { key: 'forskola-tyringe', parentKey: 'buf-forskola', kind: 'unit', name: 'Förskoleområde Tyringe' },
    { key: 'buf-grundskola', parentKey: 'buf', kind: 'area', name: 'Grundskola' },
    { key: 'grundskola-7-9', parentKey: 'buf-grundskola', kind: 'unit', name: 'Grundskolor årskurs 7–9' },
    // Socialförvaltningen (SF)
    { key: 'sf', parentKey: null, kind: 'administration', name: 'Socialförvaltningen' },
    { key: 'sf-barn', parentKey: 'sf', kind: 'area', name: 'Barn och familj' },
    { key: 'bus', parentKey: 'sf-barn', kind: 'unit', name: 'Barn- och ungdomssupporten (BUS)' },
    { key: 'familjefrid', parentKey: 'sf-barn', kind: 'unit', name: 'Familjefrid' },
    { key: 'sf-vuxen', parentKey: 'sf', kind: 'area', name: 'Verksamhetsområde Vuxen' },
    { key: 'maria', parentKey: 'sf-vuxen', kind: 'unit', name: 'Maria Skåne Nordost' },
    { key: 'novum', parentKey: 'sf-vuxen', kind: 'unit', name: 'Novum' },
    { key: 'lyktan', parentKey: 'sf-vuxen', kind: 'unit', name: 'Lyktan' },
    // Regionen (utanför kommunen)
    { key: 'region', parentKey: null, kind: 'administration', name: 'Region Skåne', external: true },
    { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
    { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentralerna i Hässleholm', external: true },
    { key: 'region-sjukhus', parentKey: 'region-hs', kind: 'unit', name: 'Hässleholms sjukhus', external: true },
  ],

  bodies: [
    {
      key: 'styrgrupp',
      kind: 'steering_group',
      name: 'Styrgruppen för anhörigstöd',
      meetingsPerYear: 4,
      description: 'Presidierna i barn- och utbildningsnämnden, omsorgsnämnden och socialnämnden tillsammans med de tre förvaltningscheferna. Leder anhörigstrategens arbete, fastställer verksamhetsplanen och beslutar varje år hur budgeten för anhörigstöd (1,6 miljoner kronor, motsvarande statsbidraget 31 kr per invånare) ska fördelas.',
    },
    {
      key: 'boss',
      kind: 'boss',
      name: 'BOSS – Barn- och utbildningsförvaltning, Omsorgsförvaltning och Socialförvaltning i Samarbete',
      meetingsPerYear: 12,
      description: 'Samarbetsorgan för alla tre förvaltningarna där åtta verksamhetschefer möts. Anhörigstrategen är adjungerad i frågor om barn som anhöriga. Ansvarar för planering och utbildning av barnpiloter och för att utveckla generellt föräldrastöd.',
    },
    {
      key: 'anhorigrad',
      kind: 'carers_council',
      name: 'Anhörigrådet',
      meetingsPerYear: 4,
      description: 'Sammanslutning av föreningar med aktivt intresse för anhörigfrågor. I rådet deltar också nämndsordförandena i omsorgsnämnden och socialnämnden, anhörigkonsulent, anhörigstrateg, samtalsterapeut från Novum och specialpedagogisk samordnare. Har egna stadgar och ett eget årshjul, är remissinstans i anhörigfrågor och anordnar två föreningsdagar per år, varav en på Nationella anhörigdagen.',
    },
    {
      key: 'arbetsgrupp',
      kind: 'working_group',
      name: 'Arbetsgrupp för anhörigstöd',
      meetingsPerYear: null,
      description: 'Anhörigstrateg, anhörigkonsulent, familjefridssamordnare, specialpedagogisk samordnare och andra funktioner med anhörigstöd i sina tjänster. Förtydligar strukturerna för samarbete i förvaltningarnas arbetsgrupper och kedjan information – råd – stöd.',
    },
    {
      key: 'ledningsgrupper',
      kind: 'other',
      name: 'Ledningsgrupperna i socialförvaltningen och omsorgsförvaltningen',
      meetingsPerYear: null,
      description: 'Fattar besluten om stödet till vuxna anhöriga, till exempel anhöriga till personer med missbruk eller psykisk ohälsa. Anhörigstrategen möter ledningsgrupperna flera gånger per år.',
    },
    {
      key: 'blandat-larande-natverk',
      kind: 'other',
      name: 'Blandat lärande nätverk – barn som anhöriga',
      meetingsPerYear: null,
      description: 'Nätverk initierat av Nka där olika professioner från olika verksamheter i Hässleholm möts för att kartlägga och samordna stödet till anhöriga barn och deras föräldrar och ta fram stödmaterial för personal.',
    },
  ],

  staff: [
    {
      key: 'admin',
      name: 'Henrik Sjöberg',
      email: 'admin@hassleholm.example.se',
      title: 'Systemförvaltare',
      roles: [{ role: 'admin', unitKey: null }],
    },
    {
      key: 'strateg',
      name: 'Ulrika Palm',
      email: 'ulrika.palm@hassleholm.example.se',
      title: 'Anhörigstrateg (förvaltningsövergripande)',
      roles: [{ role: 'specialist', unitKey: 'anhorigstod' }],
    },
    {
      key: 'konsulent',
      name: 'Josefin Kvist',
      email: 'josefin.kvist@hassleholm.example.se',
      title: 'Anhörigkonsulent (50 %) och frivilligsamordnare (50 %)',
      roles: [{ role: 'specialist', unitKey: 'anhorigstod' }],
    },
    {
      // Receives contacts from carers under 18 (routing rule above).
      key: 'behandlare-bus',
      name: 'Robin Eklund',
      email: 'robin.eklund@hassleholm.example.se',
      title: 'Behandlare, Barn- och ungdomssupporten',
      roles: [{ role: 'specialist', unitKey: 'bus' }],
    },
    {
      key: 'enhetschef-tyringe',
      name: 'Therese Blom',
      email: 'therese.blom@hassleholm.example.se',
      title: 'Enhetschef, Hemvård Tyringe',
      roles: [{ role: 'unit_manager', unitKey: 'hemvard-tyringe' }],
    },
    {
      key: 'enhetschef-ekbacken',
      name: 'Jesper Kronqvist',
      email: 'jesper.kronqvist@hassleholm.example.se',
      title: 'Enhetschef, Ekbackens vård- och omsorgsboende',
      roles: [{ role: 'unit_manager', unitKey: 'sabo-ekbacken' }],
    },
    {
      key: 'ombud-tyringe',
      name: 'Amina Warsame',
      email: 'amina.warsame@hassleholm.example.se',
      title: 'Undersköterska och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'hemvard-tyringe' },
        { role: 'staff', unitKey: 'hemvard-tyringe' },
      ],
    },
    {
      key: 'ombud-norr',
      name: 'Sofia Mattsson',
      email: 'sofia.mattsson@hassleholm.example.se',
      title: 'Undersköterska och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'hemvard-norr' },
        { role: 'staff', unitKey: 'hemvard-norr' },
      ],
    },
    {
      key: 'ombud-ekbacken',
      name: 'Gustav Holmberg',
      email: 'gustav.holmberg@hassleholm.example.se',
      title: 'Undersköterska och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'sabo-ekbacken' },
        { role: 'staff', unitKey: 'sabo-ekbacken' },
      ],
    },
    {
      key: 'ombud-rosengarden',
      name: 'Pia Åkesson',
      email: 'pia.akesson@hassleholm.example.se',
      title: 'Vårdbiträde och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'sabo-rosengarden' },
        { role: 'staff', unitKey: 'sabo-rosengarden' },
      ],
    },
    {
      key: 'ombud-verkstaden',
      name: 'Noor Khalil',
      email: 'noor.khalil@hassleholm.example.se',
      title: 'Stödpedagog och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'daglig-verksamhet' },
        { role: 'staff', unitKey: 'daglig-verksamhet' },
      ],
    },
    {
      key: 'medarbetare-tyringe',
      name: 'Viktor Nilsson',
      email: 'viktor.nilsson@hassleholm.example.se',
      title: 'Undersköterska',
      roles: [{ role: 'staff', unitKey: 'hemvard-tyringe' }],
    },
    {
      key: 'demenssjukskoterska',
      name: 'Agneta Löfgren',
      email: 'agneta.lofgren@hassleholm.example.se',
      title: 'Demenssjuksköterska',
      roles: [{ role: 'staff', unitKey: 'demensteam' }],
    },
    {
      key: 'specialpedagog',
      name: 'Karl Hedström',
      email: 'karl.hedstrom@hassleholm.example.se',
      title: 'Specialpedagogisk samordnare och barnrättsstrateg',
      roles: [{ role: 'staff', unitKey: 'cebe-spec' }],
    },
    {
      key: 'samtalsterapeut',
      name: 'Mira Sandell',
      email: 'mira.sandell@hassleholm.example.se',
      title: 'Samtalsterapeut, Novum',
      roles: [{ role: 'staff', unitKey: 'novum' }],
    },
    {
      key: 'handlaggare',
      name: 'Linda Carlsson',
      email: 'linda.carlsson@hassleholm.example.se',
      title: 'Biståndshandläggare',
      roles: [{ role: 'case_officer', unitKey: 'bistand' }],
    },
    {
      key: 'myndighetschef',
      name: 'Annika Jönsson',
      email: 'annika.jonsson@hassleholm.example.se',
      title: 'Myndighetschef',
      roles: [{ role: 'area_manager', unitKey: 'of-myndighet' }],
    },
    {
      key: 'verksamhetschef-hemvard',
      name: 'Mats Olofsson',
      email: 'mats.olofsson@hassleholm.example.se',
      title: 'Verksamhetschef hemvård',
      roles: [{ role: 'area_manager', unitKey: 'of-hemvard' }],
    },
    {
      key: 'forvaltningschef-of',
      name: 'Åke Nordin',
      email: 'ake.nordin@hassleholm.example.se',
      title: 'Förvaltningschef, omsorgsförvaltningen',
      roles: [{ role: 'director', unitKey: 'of' }],
    },
    {
      key: 'namndordforande',
      name: 'Kerstin Holmqvist',
      email: 'kerstin.holmqvist@hassleholm.example.se',
      title: 'Ordförande i omsorgsnämnden, ledamot i styrgruppen och Anhörigrådet',
      roles: [{ role: 'board', unitKey: null }],
    },
    {
      key: 'granskare',
      name: 'Petra Wallin',
      email: 'petra.wallin@hassleholm.example.se',
      title: 'Dataskyddssamordnare',
      roles: [{ role: 'auditor', unitKey: null }],
    },
  ],

  offerings: [
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
    {
      key: 'anhorigcirkel-demens',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, demenssjuksköterskan i samarbete med Demensföreningen',
      targetGroups: ['older', 'long_term_illness'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Anhörigcirkel demens', 'sv-easy': 'Grupp för dig som har en närstående med demens', en: 'Dementia carer circle' },
      summary: {
        sv: 'En cirkel för anhöriga till personer med demens, ledd av demenssjuksköterskan tillsammans med Demensföreningen.',
        'sv-easy': 'Har din närstående demens? Då kan du gå i en grupp med andra anhöriga.',
        en: 'A circle for carers of people with dementia, led by the dementia nurse together with the Dementia Association.',
      },
      description: { sv: 'I cirkeln får du kunskap om demenssjukdomar och möter andra i samma situation. Demenssjuksköterskan anordnar cirkeln inom sitt arbetsområde i samarbete med Demensföreningen.' },
      howToGet: { sv: 'Kontakta demensteamet eller anmäl dig i kalendern.' },
      contact: 'Demensteamet via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'anhorigcirklar-rk',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'association',
      providerName: 'Röda Korset i samarbete med Hässleholms kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Anhörigcirklar med Röda Korset', 'sv-easy': 'Grupper för anhöriga med Röda Korset', en: 'Carer circles with the Red Cross' },
      summary: {
        sv: 'Samtalscirklar för anhöriga, ledda av utbildade cirkelledare från Röda Korset, med material framtaget tillsammans med Anhörigas Riksförbund.',
        'sv-easy': 'Grupper för anhöriga. Röda Korset leder grupperna.',
        en: 'Talking circles for carers, led by trained Red Cross circle leaders, using material developed with the national carers’ association.',
      },
      description: {
        sv: `Röda Korset har tillsammans med Anhörigas Riksförbund tagit fram material för anhörigcirklar och utbildar cirkelledare. Kommunen och Röda Korset samarbetar så att cirklarna kan erbjudas i Hässleholms kommun.

Cirkeln träffas några gånger, och ni pratar om det som är viktigt för er som anhöriga.`,
        'sv-easy': `Ni är några anhöriga som träffas flera gånger. En person från Röda Korset leder gruppen. Ni pratar om hur ni har det.`,
        en: `The Red Cross, together with the national carers’ association Anhörigas Riksförbund, has developed material for carer circles and trains circle leaders. The municipality and the Red Cross work together to offer the circles in Hässleholm.

The circle meets a few times, and you talk about what matters to you as carers.`,
      },
      howToGet: {
        sv: 'Anmäl dig i kalendern eller kontakta anhörigstrategen.',
        'sv-easy': 'Anmäl dig i kalendern. Eller ring oss.',
        en: 'Sign up in the calendar or contact the carer support strategist.',
      },
      contact: 'Anhörigstrategen, 0451-00 00 00',
    },
    {
      key: 'lyktan',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, socialförvaltningen – Lyktan',
      targetGroups: ['substance_use'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Lyktans grupper för anhöriga vid missbruk', 'sv-easy': 'Grupp när någon dricker för mycket eller tar droger', en: 'Lyktan groups for families affected by addiction' },
      summary: {
        sv: 'Grupper för dig som är anhörig till någon med missbruk eller beroende.',
        'sv-easy': 'Dricker någon i din närhet för mycket? Eller tar droger? Då kan du gå i en grupp.',
        en: 'Groups for you who are close to someone with substance use or addiction.',
      },
      description: { sv: 'Lyktan inom socialförvaltningens verksamhetsområde Vuxen har grupper för anhöriga till personer med missbruk. Anhöriga välkomnas också hos socialsekreterarna inom missbruksvården.' },
      howToGet: { sv: 'Kontakta Lyktan eller anhörigkonsulenten.' },
      contact: 'Lyktan via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'novum',
      type: 'support_conversation',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, socialförvaltningen – Novum',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Samtal hos Novum', 'sv-easy': 'Samtal hos Novum', en: 'Counselling at Novum' },
      summary: {
        sv: 'Novums samtalsterapeuter vänder sig till en bred målgrupp och välkomnar också anhöriga.',
        'sv-easy': 'På Novum kan du prata med en samtalsterapeut.',
        en: 'Novum’s counsellors serve a broad group of people and welcome carers too.',
      },
      description: { sv: 'Novum är socialförvaltningens samtalsmottagning. Samtalsterapeuterna kan ge stöd när din situation som anhörig påverkar dig eller din familj.' },
      howToGet: { sv: 'Kontakta Novum direkt.' },
      contact: 'Novum via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'bus-foraldragrupper',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, Barn- och ungdomssupporten',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Föräldragrupper och föräldrakurser', 'sv-easy': 'Grupper för föräldrar', en: 'Parent groups and parenting courses' },
      summary: {
        sv: 'Barn- och ungdomssupportens grupper och kurser för föräldrar, där anhörigas situation uppmärksammas.',
        'sv-easy': 'Grupper och kurser för föräldrar.',
        en: 'Parent groups and courses run by the Children and Youth Support service, where carers’ situations are noticed.',
      },
      description: { sv: 'Barn- och ungdomssupporten (BUS) anordnar föräldragrupper och föräldrakurser. Information om dem sprids bland annat via Facebook och Schoolsoft.' },
      howToGet: { sv: 'Kontakta Barn- och ungdomssupporten.' },
      contact: 'Barn- och ungdomssupporten via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'vandpunkten',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, Barn- och ungdomssupporten',
      targetGroups: ['substance_use'],
      carerMinAge: null,
      carerMaxAge: 17,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Vändpunktträffar för barn och unga', 'sv-easy': 'Grupp för barn och unga', en: 'Vändpunkt meetings for children and young people' },
      summary: {
        sv: 'Träffar för barn och unga som är anhöriga, bland annat till någon med missbruk.',
        'sv-easy': 'Är du barn eller ung? Dricker någon i din familj för mycket? Då kan du träffa andra barn som har det likadant.',
        en: 'Meetings for children and young people who are carers, among them children of someone with an addiction.',
      },
      description: { sv: 'Barn- och ungdomssupporten har Vändpunktträffar för barn och unga. Kommunen samarbetar med skolan för att barn och elever ska känna till stödet till barn som är anhöriga till någon med missbruk.' },
      howToGet: { sv: 'Prata med skolkuratorn eller kontakta Barn- och ungdomssupporten. En vuxen kan också ringa för barnets räkning.' },
      contact: 'Barn- och ungdomssupporten via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'bengtsson-pa-dorren',
      type: 'education',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, Barn- och ungdomssupporten och grundskolan',
      targetGroups: ['substance_use'],
      carerMinAge: null,
      carerMaxAge: 17,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Teatern "Bengtsson på dörren" för årskurs 7', 'sv-easy': 'Teater för alla i årskurs 7', en: 'The play "Bengtsson på dörren" for year 7' },
      summary: {
        sv: 'Varje höst ser alla kommunens sjundeklassare teaterföreställningen "Bengtsson på dörren", som uppmärksammar barn som är anhöriga och var de kan få stöd.',
        'sv-easy': 'Alla i årskurs 7 ser en teater på hösten. Teatern handlar om barn som har det svårt hemma.',
        en: 'Every autumn all year-7 pupils see the play "Bengtsson på dörren", which draws attention to children as carers and where they can get support.',
      },
      description: { sv: 'Föreställningen är ett samarbete mellan Barn- och ungdomssupporten och grundskolan, för att elever ska känna till kommunens stöd till barn som är anhöriga till någon med missbruk.' },
      howToGet: { sv: 'Föreställningen ges i skolan för alla elever i årskurs 7.' },
      contact: 'Barn- och ungdomssupporten via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'uppsokande',
      type: 'support_conversation',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, omsorgsförvaltningen',
      targetGroups: ['older'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Uppsökande samtal för äldre anhöriga', 'sv-easy': 'Vi kommer hem och pratar med dig', en: 'Outreach conversations for older carers' },
      summary: {
        sv: 'Äldre som ensamma tar hand om en närstående erbjuds ett samtal om sin hälsa och sin belastning, och stöd som passar.',
        'sv-easy': 'Är du äldre och tar hand om någon? Då kan vi komma och prata med dig om hur du mår.',
        en: 'Older people who care for a close one on their own are offered a conversation about their health and load, and support that fits.',
      },
      description: { sv: 'Många äldre anhöriga är ensamma med sina omvårdande uppgifter och riskerar att själva bli sjuka. Genom uppsökande verksamhet vill kommunen hitta dem i tid. Vid träffen kan samtal och en enkät om belastning användas för att tillsammans se vilket stöd som behövs.' },
      howToGet: { sv: 'Kontakta anhörigkonsulenten, eller tacka ja när du får en inbjudan.' },
      contact: 'Anhörigkonsulenten, 0451-00 00 00',
    },
    {
      key: 'utbildning',
      type: 'education',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, anhörigkonsulenten och anhörigstrategen',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Informationsträffar och utbildning om anhörigstöd', 'sv-easy': 'Träffar där du lär dig mer', en: 'Information meetings and training on carer support' },
      summary: {
        sv: 'Föreläsningar och informationsträffar om anhörigstöd, i föreningar och andra sammanhang, ibland med demenssjuksköterska eller psykiatrisamordnare.',
        'sv-easy': 'Träffar där du lär dig om stöd till anhöriga.',
        en: 'Lectures and information meetings about carer support, in associations and elsewhere, sometimes with a dementia nurse or psychiatric coordinator.',
      },
      description: { sv: 'Både anhörigkonsulenten och anhörigstrategen anordnar informationsträffar och utbildningsinsatser om anhörigstöd i olika forum, till exempel i föreningssammanhang. Andra specialister, som demenssjuksköterskan och psykiatrisamordnaren, deltar också.' },
      howToGet: { sv: 'Se kalendern eller fråga din förening.' },
      contact: 'Anhörigstrategen, 0451-00 00 00',
    },
    {
      key: 'foreningsdagar',
      type: 'carer_meeting',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'association',
      providerName: 'Anhörigrådets föreningar',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Föreningsdagar och Nationella anhörigdagen', 'sv-easy': 'Dagar för anhöriga med föreningarna', en: 'Association days and National Carers’ Day' },
      summary: {
        sv: 'Anhörigrådets föreningar anordnar två föreningsdagar per år, varav en på Nationella anhörigdagen, och egna anhörigaktiviteter.',
        'sv-easy': 'Föreningarna har två dagar varje år för anhöriga. Alla får komma.',
        en: 'The associations of the Carers’ Council hold two association days a year, one of them on National Carers’ Day, and their own carer activities.',
      },
      description: { sv: 'Föreningsdagarna är öppna för alla medborgare och anhöriga. Där kan du träffa föreningarna, lyssna på föreläsningar och få veta mer om stöd.' },
      howToGet: { sv: 'Se kalendern.' },
      contact: 'Anhörigrådet via anhörigstrategen, 0451-00 00 00',
    },
    {
      key: 'anhoringen',
      type: 'information',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, anhörigstrategen och redaktionsgruppen',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Tidningen Anhöringen', 'sv-easy': 'Tidningen Anhöringen', en: 'The newspaper Anhöringen' },
      summary: {
        sv: 'En tidning om anhörigstöd som delas ut till alla hushåll i kommunen en gång om året, med exempel på stöd och vad som finns i vård, skola och omsorg.',
        'sv-easy': 'En tidning om stöd till anhöriga. Alla hushåll får den en gång om året.',
        en: 'A newspaper about carer support delivered to every household in the municipality once a year, with examples of support and what care, school and social services offer.',
      },
      description: { sv: 'Anhöringen har funnits i mer än tio år. Den finns också som pdf på kommunens webbplats, tillsammans med tidigare nummer, och delas ut i verksamheterna och på anhörigträffar och mässor.' },
      howToGet: { sv: 'Tidningen kommer med posten. Du kan också läsa den på hassleholm.se/a-stod.' },
      contact: 'Anhörigstrategen, 0451-00 00 00',
    },
    // ── Indirekt stöd via den närstående, biståndsbedömt ─────────────────────────────────────
    {
      key: 'avlosning',
      type: 'respite',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, omsorgsförvaltningen',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift kan tas ut enligt kommunens taxa',
      title: { sv: 'Avlösning i hemmet', 'sv-easy': 'Någon tar hand om din närstående en stund', en: 'Respite at home' },
      summary: {
        sv: 'Personal tar över omsorgen om din närstående en stund så att du kan vila eller göra annat. Beviljas efter biståndsbedömning.',
        'sv-easy': 'Personal tar hand om din närstående en stund. Du kan vila. Du måste ansöka.',
        en: 'Staff take over the care of your close one for a while so that you can rest or do other things. Granted after a needs assessment.',
      },
      description: { sv: 'Avlösning är ett indirekt stöd: insatsen ges till din närstående men underlättar för dig.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'korttid-vaxelvard',
      type: 'short_term_stay',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, omsorgsförvaltningen',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Korttidsboende och växelvård', 'sv-easy': 'Din närstående bor på ett annat ställe några dagar', en: 'Short-term stay and alternating care' },
      summary: {
        sv: 'Din närstående bor en tid på korttidsboende, ibland regelbundet som växelvård, så att du får vila.',
        'sv-easy': 'Din närstående bor några dagar på ett boende. Du får vila.',
        en: 'Your close one stays for a while at a short-term care home, sometimes regularly as alternating care, so that you can rest.',
      },
      description: { sv: 'Korttidsboende och växelvård är indirekt stöd som beviljas efter biståndsbedömning.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0451-00 00 00',
    },
    {
      key: 'hemvard',
      type: 'home_care',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Hässleholms kommun, hemvården',
      targetGroups: ['older', 'long_term_illness', 'disability'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Hemvård', 'sv-easy': 'Hjälp hemma', en: 'Home care' },
      summary: {
        sv: 'Hemvården ger din närstående omsorg och hjälp hemma. En vård och omsorg som fungerar är det bästa stödet till anhöriga.',
        'sv-easy': 'Personal hjälper din närstående hemma. Då blir det lättare för dig.',
        en: 'Home care gives your close one care and help at home. Care that works well is the best support for carers.',
      },
      description: { sv: 'Hemvårdens anhörigombud ser till att anhörigfrågan finns på agendan och att anhöriga erbjuds information, råd och stöd. Hemvård beviljas efter biståndsbedömning.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0451-00 00 00',
    },
  ],

  partners: [
    // Anhörigrådets föreningar
    {
      key: 'anhorigforeningen',
      kind: 'association',
      name: 'Anhörigföreningen i Hässleholm',
      offers: {
        sv: 'Gemenskap, träffar och påverkansarbete för anhöriga oavsett den närståendes sjukdom eller funktionsnedsättning.',
        'sv-easy': 'En förening för anhöriga. Där kan du träffa andra anhöriga.',
        en: 'Fellowship, meetings and advocacy for carers, whatever the illness or disability of the person cared for.',
      },
      targetGroups: [],
      contact: 'Via Anhörigrådet eller anhörigstrategen',
      url: null,
      councilMember: true,
    },
    {
      key: 'demensforeningen',
      kind: 'association',
      name: 'Demensföreningen',
      offers: {
        sv: 'Stöd och gemenskap för personer med demens och deras anhöriga. Samarbetar med demenssjuksköterskan kring anhörigcirklar.',
        'sv-easy': 'En förening för dig som har en närstående med demens.',
        en: 'Support and fellowship for people with dementia and their carers. Works with the dementia nurse on carer circles.',
      },
      targetGroups: ['older', 'long_term_illness'],
      contact: 'Via Anhörigrådet',
      url: 'https://www.demensforbundet.se',
      councilMember: true,
    },
    {
      key: 'epilepsiforeningen',
      kind: 'association',
      name: 'Epilepsiföreningen',
      offers: {
        sv: 'Kunskap och gemenskap för personer med epilepsi och deras anhöriga.',
        'sv-easy': 'En förening för dig som har en närstående med epilepsi.',
        en: 'Knowledge and fellowship for people with epilepsy and their families.',
      },
      targetGroups: ['long_term_illness'],
      contact: 'Via Anhörigrådet',
      url: null,
      councilMember: true,
    },
    {
      key: 'fub',
      kind: 'association',
      name: 'FUB',
      offers: {
        sv: 'Stöd och intressepolitik för personer med intellektuell funktionsnedsättning och deras anhöriga.',
        'sv-easy': 'En förening för personer med intellektuell funktionsnedsättning och deras familjer.',
        en: 'Support and advocacy for people with intellectual disabilities and their families.',
      },
      targetGroups: ['disability'],
      contact: 'Via Anhörigrådet',
      url: 'https://www.fub.se',
      councilMember: true,
    },
    {
      key: 'hjartlung',
      kind: 'association',
      name: 'HjärtLung',
      offers: {
        sv: 'Gemenskap och kunskap för personer med hjärt- och lungsjukdomar och deras anhöriga.',
        'sv-easy': 'En förening för dig som har en närstående med sjukt hjärta eller sjuka lungor.',
        en: 'Fellowship and knowledge for people with heart and lung disease and their families.',
      },
      targetGroups: ['long_term_illness'],
      contact: 'Via Anhörigrådet',
      url: 'https://hjart-lung.se',
      councilMember: true,
    },
    {
      key: 'horselskadade',
      kind: 'association',
      name: 'Hörselskadades förening',
      offers: {
        sv: 'Stöd och kunskap för personer med hörselnedsättning och deras anhöriga.',
        'sv-easy': 'En förening för dig som hör dåligt och din familj.',
        en: 'Support and knowledge for people with hearing loss and their families.',
      },
      targetGroups: ['disability'],
      contact: 'Via Anhörigrådet',
      url: null,
      councilMember: true,
    },
    {
      key: 'neuro',
      kind: 'association',
      name: 'Neuro',
      offers: {
        sv: 'Gemenskap och kunskap för personer med neurologiska diagnoser och deras anhöriga.',
        'sv-easy': 'En förening för dig som har en närstående med en sjukdom i nerverna eller hjärnan.',
        en: 'Fellowship and knowledge for people with neurological conditions and their families.',
      },
      targetGroups: ['long_term_illness', 'disability'],
      contact: 'Via Anhörigrådet',
      url: null,
      councilMember: true,
    },
    {
      key: 'strokeforeningen',
      kind: 'association',
      name: 'Strokeföreningen',
      offers: {
        sv: 'Stöd och gemenskap för personer som haft stroke och deras anhöriga.',
        'sv-easy': 'En förening för dig som har en närstående som har haft stroke.',
        en: 'Support and fellowship for people who have had a stroke and their families.',
      },
      targetGroups: ['long_term_illness'],
      contact: 'Via Anhörigrådet',
      url: null,
      councilMember: true,
    },
    {
      key: 'svenska-kyrkan',
      kind: 'church',
      name: 'Svenska kyrkan i Hässleholm',
      offers: {
        sv: 'Medmänskligt stöd, samtal och gemenskap, också för anhöriga. Medarrangör av Anhörigforum. Har efter en omorganisation aviserat att den kan komma att lämna Anhörigrådet.',
        'sv-easy': 'Du kan prata med någon i kyrkan. Du behöver inte vara troende.',
        en: 'Human support, conversations and fellowship, also for carers. Co-organiser of the Carers’ Forum.',
      },
      targetGroups: [],
      contact: 'Församlingsexpeditionen',
      url: 'https://www.svenskakyrkan.se',
      councilMember: true,
    },
    // Övriga samarbetsparter
    {
      key: 'roda-korset',
      kind: 'association',
      name: 'Röda Korset',
      offers: {
        sv: 'Medmänskligt stöd och anhörigcirklar med utbildade cirkelledare. Har lämnat Anhörigrådet men samarbetar med kommunen kring cirklarna.',
        'sv-easy': 'Röda Korset har grupper för anhöriga.',
        en: 'Human support and carer circles with trained circle leaders. Has left the Carers’ Council but works with the municipality on the circles.',
      },
      targetGroups: [],
      contact: 'Röda Korsets lokala krets',
      url: 'https://www.rodakorset.se',
      councilMember: false,
    },
    {
      key: 'anhorigas-riksforbund',
      kind: 'association',
      name: 'Anhörigas Riksförbund',
      offers: {
        sv: 'Riksförbund för anhöriga. Har tillsammans med Röda Korset tagit fram material för anhörigcirklar och arrangerar Anhörigriksdagen.',
        'sv-easy': 'En förening för anhöriga i hela Sverige.',
        en: 'The national carers’ association. Developed carer circle material with the Red Cross and organises the national carers’ conference.',
      },
      targetGroups: [],
      contact: 'Via förbundets webbplats',
      url: null,
      councilMember: false,
    },
    {
      key: 'nka',
      kind: 'national',
      name: 'Nka – Nationellt kompetenscentrum anhöriga',
      offers: {
        sv: 'Kunskap, utbildningsdagar och webbutbildningar för olika yrkeskategorier. Initierade de blandade lärande nätverken om barn som anhöriga.',
        'sv-easy': 'En webbplats med kunskap för anhöriga och personal.',
        en: 'Knowledge, training days and web courses for professionals. Initiated the mixed learning networks on children as carers.',
      },
      targetGroups: [],
      contact: 'Via webbplatsen',
      url: 'https://anhoriga.se',
      councilMember: false,
    },
    {
      key: 'region-skane',
      kind: 'region',
      name: 'Region Skåne',
      offers: {
        sv: 'Hälso- och sjukvård för din närstående, och information, råd och stöd till barn när en förälder är sjuk.',
        'sv-easy': 'Regionen har hand om sjukvården.',
        en: 'Health care for your close one, and information, advice and support to children when a parent is ill.',
      },
      targetGroups: [],
      contact: '1177 för sjukvårdsrådgivning',
      url: null,
      councilMember: false,
    },
    {
      key: 'studieforbunden',
      kind: 'other',
      name: 'Studieförbunden (Studiefrämjandet och ABF)',
      offers: {
        sv: 'Samarbetar kring Anhörigrådets utvecklingsdagar och har fler föreningar med anhörigfokus knutna till sig.',
        'sv-easy': 'Studieförbunden hjälper föreningarna för anhöriga.',
        en: 'Work with the Carers’ Council on development days and have more carer-focused associations linked to them.',
      },
      targetGroups: [],
      contact: 'Respektive studieförbund',
      url: null,
      councilMember: false,
    },
    {
      key: 'skanes-anhorigstod',
      kind: 'other',
      name: 'Skånes anhörigstöd (nätverk)',
      offers: {
        sv: 'Nätverk för anställda inom anhörigstöd i Skåne, med två träffar om året och koppling till riksnätverket.',
        'sv-easy': 'Ett nätverk för personal som arbetar med anhöriga i Skåne.',
        en: 'Network for carer support staff in Skåne, with two meetings a year and links to the national network.',
      },
      targetGroups: [],
      contact: 'Via länssamordnarna',
      url: null,
      councilMember: false,
    },
  ],

  pages: [
    {
      key: 'vad-ar-anhorigstod',
      slug: 'vad-ar-anhorigstod',
      order: 1,
      targetGroups: [],
      title: {
        sv: 'Vad är anhörigstöd?',
        'sv-easy': 'Vad är stöd till anhöriga?',
        en: 'What is carer support?',
        ar: 'ما هو دعم الأقارب؟',
        fi: 'Mitä on omaistuki?',
        fa: 'حمایت از خویشاوندان چیست؟',
        so: 'Waa maxay taageerada qaraabada?',
      },
      summary: {
        sv: 'Anhöriga har rätt till stöd från kommunen. I Hässleholm finns stödet där vården och omsorgen möter dig – och på nätet, i cirklar och i föreningarna.',
        'sv-easy': 'Du som hjälper någon har rätt till stöd. Du kan få stöd där din närstående får hjälp.',
        en: 'Carers have the right to support from the municipality. In Hässleholm, support is found where care meets you – and online, in circles and in the associations.',
        ar: 'يحق للأقارب الحصول على دعم من البلدية. في هسلهولم يوجد الدعم حيث تلتقي بك خدمات الرعاية – وكذلك عبر الإنترنت، وفي حلقات النقاش، وفي الجمعيات.',
        fi: 'Omaisilla on oikeus saada tukea kunnalta. Hässleholmissa tukea saa siellä, missä hoito ja hoiva kohtaavat sinut – sekä verkossa, ryhmissä ja yhdistyksissä.',
        fa: 'خویشاوندان حق دارند از کمون حمایت دریافت کنند. در هسله‌هولم این حمایت در جایی است که خدمات مراقبتی با شما روبه‌رو می‌شود – و همچنین در اینترنت، در گروه‌ها و در انجمن‌ها.',
        so: 'Qaraabadu waxay xaq u leeyihiin taageero ka timaadda degmada. Hässleholm taageeradu waxay joogtaa meesha daryeelku kula kulmo – iyo internetka, kooxaha iyo ururada.',
      },
      body: {
        sv: `Du är anhörig om du stödjer, vårdar eller har omsorg om någon närstående som inte klarar sig själv – till exempel någon som är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett missbruk. Anhöriga har rätt till stöd från kommunen enligt socialtjänstlagen, och stödet ska vara individuellt, flexibelt och av god kvalitet.

## Stödet finns där du är

I Hässleholm finns anhörigstödet så nära dig och din närstående som möjligt. Omkring 135 anhörigombud på boenden, i hemvården och i funktionsstödet bjuder in till samtal och anhörigträffar. Även i skolan och socialtjänsten finns personal som uppmärksammar anhöriga.

## Vart vänder du dig?

- Till anhörigombudet där din närstående får stöd
- Till anhörigkonsulenten, som lotsar dig vidare till rätt enhet
- Till anhörigstrategen, som arbetar för alla tre förvaltningarna

## Mer stöd

- En bra plats – anhörigstöd på nätet, när det passar dig
- Anhörigcirklar, bland annat med Röda Korset och Demensföreningen
- Föreningarna i Anhörigrådet

Du hittar alltid kommunens information om anhörigstöd på hassleholm.se/a-stod.`,
        'sv-easy': `Hjälper du någon som inte klarar sig själv? Till exempel någon som är gammal eller sjuk? Då är du anhörig. Du har rätt till stöd från kommunen.

## Fråga personalen

Det finns anhörigombud på boenden och i hemvården. De kan prata med dig.

## Ring oss

Anhörigkonsulenten hjälper dig att hitta rätt.

## Mer stöd

- En webbplats för anhöriga som heter En bra plats
- Grupper för anhöriga
- Föreningar

Läs mer på hassleholm.se/a-stod.`,
        en: `You are a carer if you support, look after or care for a close one who cannot manage on their own – for example someone who is older, long-term ill, or has a disability, mental ill-health or an addiction. Carers have the right to support from the municipality under the Social Services Act, and the support is to be individual, flexible and of good quality.

## Support where you are

In Hässleholm, carer support is as close to you and your close one as possible. About 135 carer ambassadors in care homes, home care and disability services invite carers to conversations and meetings. Staff in schools and social services also notice carers.

## Where to turn

- The carer ambassador where your close one gets support
- The carer support consultant, who guides you to the right unit
- The carer support strategist, who works for all three administrations

## More support

- En bra plats – online carer support, whenever it suits you
- Carer circles, for example with the Red Cross and the Dementia Association
- The associations of the Carers’ Council

The municipality’s information on carer support is always at hassleholm.se/a-stod.`,
        ar: `أنت قريب (anhörig) إذا كنت تدعم أو ترعى أو تعتني بشخص قريب منك لا يستطيع تدبير أموره بنفسه – مثل شخص مسنّ، أو مريض لفترة طويلة، أو لديه إعاقة أو مشاكل نفسية أو إدمان. يحق للأقارب الحصول على دعم من البلدية وفقًا لقانون الخدمات الاجتماعية، ويجب أن يكون الدعم فرديًا ومرنًا وذا جودة جيدة.

## الدعم موجود حيث أنت

في هسلهولم يوجد دعم الأقارب قريبًا منك ومن الشخص الذي تعتني به قدر الإمكان. يعمل نحو 135 مندوبًا للأقارب (anhörigombud) في دور الرعاية والرعاية المنزلية وخدمات ذوي الإعاقة، ويدعون الأقارب إلى محادثات ولقاءات.

## إلى من تتوجه؟

- إلى مندوب الأقارب في المكان الذي يحصل فيه قريبك على الدعم
- إلى مستشار الأقارب (anhörigkonsulent) الذي يرشدك إلى الجهة المناسبة
- إلى المسؤول الاستراتيجي عن دعم الأقارب (anhörigstrateg) الذي يعمل للإدارات الثلاث

## دعم إضافي

- موقع En bra plats – دعم للأقارب عبر الإنترنت في الوقت الذي يناسبك
- حلقات نقاش للأقارب، منها مع الصليب الأحمر وجمعية الخرف
- الجمعيات الأعضاء في مجلس الأقارب

تجد معلومات البلدية عن دعم الأقارب دائمًا على العنوان hassleholm.se/a-stod.`,
        fi: `Olet omainen, jos tuet, hoidat tai huolehdit läheisestäsi, joka ei pärjää omin avuin – esimerkiksi iäkkäästä tai pitkäaikaisesti sairaasta, tai henkilöstä, jolla on toimintarajoite, mielenterveyden ongelmia tai riippuvuus. Omaisilla on sosiaalipalvelulain mukaan oikeus saada tukea kunnalta, ja tuen on oltava yksilöllistä, joustavaa ja laadukasta.

## Tuki on siellä, missä sinä olet

Hässleholmissa omaistuki on mahdollisimman lähellä sinua ja läheistäsi. Noin 135 omaisyhdyshenkilöä (anhörigombud) hoivakodeissa, kotihoidossa ja vammaispalveluissa kutsuu omaisia keskusteluihin ja tapaamisiin.

## Kenen puoleen voit kääntyä?

- Omaisyhdyshenkilön puoleen siellä, missä läheisesi saa tukea
- Omaiskonsulentin (anhörigkonsulent) puoleen, joka ohjaa sinut oikeaan yksikköön
- Omaistuen strategin (anhörigstrateg) puoleen, joka työskentelee kaikille kolmelle hallinnolle

## Lisää tukea

- En bra plats – omaistukea verkossa silloin, kun sinulle sopii
- Omaispiirejä, esimerkiksi Punaisen Ristin ja Muistiyhdistyksen kanssa
- Omaisneuvoston yhdistykset

Kunnan tiedot omaistuesta löydät aina osoitteesta hassleholm.se/a-stod.`,
        fa: `اگر از یکی از نزدیکان خود که نمی‌تواند به تنهایی از عهده کارهایش برآید حمایت یا مراقبت می‌کنید – برای مثال فردی سالمند، دارای بیماری طولانی‌مدت، معلولیت، مشکلات روانی یا اعتیاد – شما یک خویشاوند مراقب (anhörig) هستید. طبق قانون خدمات اجتماعی، خویشاوندان حق دارند از کمون حمایت دریافت کنند و این حمایت باید فردی، انعطاف‌پذیر و باکیفیت باشد.

## حمایت در جایی است که شما هستید

در هسله‌هولم حمایت از خویشاوندان تا حد ممکن نزدیک شما و فرد نزدیکتان است. حدود ۱۳۵ نماینده خویشاوندان (anhörigombud) در خانه‌های سالمندان، مراقبت در منزل و خدمات معلولان، خویشاوندان را به گفت‌وگو و دیدار دعوت می‌کنند.

## به چه کسی مراجعه کنید؟

- به نماینده خویشاوندان در جایی که فرد نزدیک شما حمایت دریافت می‌کند
- به مشاور خویشاوندان (anhörigkonsulent) که شما را به واحد مناسب راهنمایی می‌کند
- به کارشناس راهبردی حمایت از خویشاوندان (anhörigstrateg) که برای هر سه اداره کار می‌کند

## حمایت بیشتر

- En bra plats – حمایت از خویشاوندان در اینترنت، هر زمان که برایتان مناسب باشد
- گروه‌های گفت‌وگوی خویشاوندان، از جمله با صلیب سرخ و انجمن دمانس
- انجمن‌های عضو شورای خویشاوندان

اطلاعات کمون درباره حمایت از خویشاوندان همیشه در نشانی hassleholm.se/a-stod در دسترس است.`,
        so: `Waxaad tahay qaraabo daryeel bixisa (anhörig) haddii aad taageerto, daryeesho ama xannaaneyso qof kuu dhow oo aan isku filnayn – tusaale ahaan qof waayeel ah, muddo dheer xanuunsan, naafo ah, qaba dhibaato caafimaadka maskaxda ama balwad. Sida uu qabo sharciga adeegga bulshada, qaraabadu waxay xaq u leeyihiin taageero ka timaadda degmada, taageeraduna waa inay ahaataa mid shakhsi ah, dabacsan oo tayo leh.

## Taageeradu waxay joogtaa meesha aad joogto

Hässleholm taageerada qaraabada waxay kuu dhow tahay adiga iyo qofka aad daryeesho. Ilaa 135 wakiil qaraabo (anhörigombud) oo ka shaqeeya xarumaha daryeelka, daryeelka guriga iyo adeegga naafada ayaa qaraabada ku martiqaada wadahadal iyo kulammo.

## Yaad la xiriiri kartaa?

- Wakiilka qaraabada ee meesha qofkaagu taageerada ka helo
- Lataliyaha qaraabada (anhörigkonsulent), oo kuu tilmaamaya qaybta saxda ah
- Khabiirka qorsheynta taageerada qaraabada (anhörigstrateg), oo u shaqeeya saddexda maamul

## Taageero dheeraad ah

- En bra plats – taageero qaraabo oo internetka ah, wakhtiga kugu habboon
- Kooxo qaraabo, tusaale ahaan Laanqayrta Cas iyo ururka waallida (demens)
- Ururada ka tirsan golaha qaraabada

Macluumaadka degmada ee ku saabsan taageerada qaraabada had iyo jeer waxaad ka heli kartaa hassleholm.se/a-stod.`,
      },
    },
    {
      key: 'vem-ar-anhorig',
      slug: 'vem-ar-anhorig',
      order: 2,
      targetGroups: [],
      title: { sv: 'Vem är anhörig?', 'sv-easy': 'Vem är anhörig?', en: 'Who is a carer?' },
      summary: {
        sv: 'Anhörig är den som stödjer, vårdar eller har omsorg om någon närstående som inte klarar sig själv. Ungefär en femtedel av befolkningen är anhöriga – också barn.',
        'sv-easy': 'Du är anhörig om du hjälper någon som inte klarar sig själv. Många är anhöriga. Barn kan också vara det.',
        en: 'A carer is someone who supports, looks after or cares for a close one who cannot manage on their own. About a fifth of the population are carers – children too.',
      },
      body: {
        sv: `Anhörig är den som stödjer, vårdar eller har omsorg om någon närstående som inte klarar sig själv. Den närstående kan vara äldre, långvarigt sjuk eller ha en funktionsnedsättning – till exempel en fysisk eller psykisk funktionsnedsättning, en intellektuell funktionsnedsättning, långvarig psykisk sjukdom, kronisk sjukdom eller missbruks- och beroendeproblem.

## Många växer in i rollen

Det är vanligt att man långsamt växer in i en omvårdande roll och inte ifrågasätter den förrän man själv börjar må dåligt. Anhöriga utför en mycket stor del av all vård och omsorg. Därför är det viktigt att du får stöd i tid, så att du behåller en god livskvalitet.

## Barn är också anhöriga

Ungefär vart femte barn lever i en familj där någon har ett missbruk, psykisk ohälsa eller en funktionsnedsättning, där en förälder har dött eller är frihetsberövad, eller där det förekommer våld. Det motsvarar fem till sex elever i varje skolklass. Läs mer på sidan om barn och unga som anhöriga.`,
        'sv-easy': `Du är anhörig om du hjälper någon som inte klarar sig själv. Personen kan vara gammal, sjuk eller ha en funktionsnedsättning.

Många hjälper till utan att tänka på det. Men det kan bli tungt. Därför är det bra att få stöd tidigt.

Barn kan också vara anhöriga. Det finns barn som är anhöriga i nästan varje skolklass.`,
        en: `A carer is someone who supports, looks after or cares for a close one who cannot manage on their own. The close one may be older, long-term ill or have a disability – for example a physical or mental disability, an intellectual disability, long-term mental illness, chronic illness or substance-use problems.

## Many grow into the role

It is common to slowly grow into a caring role and not question it until your own health suffers. Carers provide a very large share of all care. That is why it matters that you get support in time, so that you keep a good quality of life.

## Children are carers too

About one child in five lives in a family where someone has an addiction, mental ill-health or a disability, where a parent has died or is imprisoned, or where there is violence. That is five or six pupils in every class. Read more on the page about children and young carers.`,
      },
    },
    {
      key: 'barn-och-unga-som-anhoriga',
      slug: 'barn-och-unga-som-anhoriga',
      order: 3,
      targetGroups: [],
      title: { sv: 'Barn och unga som anhöriga', 'sv-easy': 'För dig som är barn eller ung', en: 'Children and young carers' },
      summary: {
        sv: 'Även de allra yngsta har rätt till stöd. I Hässleholm samarbetar skolan, socialtjänsten och omsorgen för att barn som är anhöriga ska bli sedda.',
        'sv-easy': 'Är någon i din familj sjuk eller har det svårt? Du har rätt att få hjälp. Även om du är barn.',
        en: 'Even the youngest have the right to support. In Hässleholm, school, social services and care work together so that children who are carers are seen.',
      },
      body: {
        sv: `För de flesta barn är det bästa stödet tidigt, inte alltid så omfattande, och med trygga vuxna i närheten. För många räcker det att ha kontakt med en vuxen utanför familjen som vet hur barnet har det och som lyssnar.

## Här finns stöd

- Barn- och ungdomssupporten (BUS) har Vändpunktträffar för barn och unga och grupper och kurser för föräldrar
- Elevhälsan och den specialpedagogiska samordnaren i skolan
- Novums samtalsterapeuter
- Hälso- och sjukvården, som ska ge barn information när en förälder är sjuk

## I skolan

Varje höst ser alla elever i årskurs 7 teatern "Bengtsson på dörren", som handlar om barn som är anhöriga och var de kan få stöd. Kommunen utvecklar också barnpiloter: personal med särskild kunskap om barn som anhöriga, som ser, samtalar och ger information och råd.

## Samarbete

I BOSS samarbetar barn- och utbildningsförvaltningen, omsorgsförvaltningen och socialförvaltningen om barn som anhöriga.`,
        'sv-easy': `Är mamma, pappa eller ett syskon sjuk? Dricker någon för mycket? Det är inte ditt fel. Du kan få hjälp.

## Här kan du få hjälp

- Barn- och ungdomssupporten
- Skolsköterskan eller kuratorn
- En vuxen du litar på

Prata med någon. Det kan hjälpa.`,
        en: `For most children the best support is early, not always extensive, and comes from safe adults nearby. For many, it is enough to have contact with an adult outside the family who knows how the child is doing and who listens.

## Where there is support

- The Children and Youth Support service (BUS) runs Vändpunkt meetings for children and young people, and groups and courses for parents
- Student health and the special needs coordinator at school
- Novum’s counsellors
- Health care, which must inform children when a parent is ill

## At school

Every autumn all year-7 pupils see the play "Bengtsson på dörren", about children as carers and where they can get support. The municipality is also developing child pilots: staff with special knowledge of children as carers, who notice, talk and give information and advice.

## Working together

In BOSS, the education, care and social services administrations work together on children as carers.`,
      },
    },
    {
      key: 'anhorigombud',
      slug: 'anhorigombud',
      order: 4,
      targetGroups: [],
      title: { sv: 'Anhörigombud i omsorgen', 'sv-easy': 'Anhörigombud – personal som hjälper anhöriga', en: 'Carer ambassadors in care services' },
      summary: {
        sv: 'Omkring 135 anhörigombud i omsorgsförvaltningen ser till att anhöriga får information, råd och stöd där deras närstående bor eller får hjälp.',
        'sv-easy': 'Anhörigombud är personal som har lärt sig mycket om anhöriga. De finns på boenden och i hemvården.',
        en: 'About 135 carer ambassadors in the care administration make sure carers get information, advice and support where their close one lives or gets help.',
      },
      body: {
        sv: `Ett anhörigombud är en medarbetare på ett boende, i hemvården eller inom funktionsstödet som har fått utbildning i anhörigstöd. Tillsammans med sin chef ansvarar anhörigombudet för att anhörigfrågan finns på agendan, till exempel på arbetsplatsträffar, och för att anhöriga erbjuds information, råd och stöd.

## Vad gör anhörigombuden?

- Bjuder in anhöriga till samtal
- Anordnar anhörigträffar, anhörigmässor och öppet hus
- Lotsar vidare till anhörigkonsulenten och annat stöd

## Fråga efter anhörigombudet

Fråga personalen där din närstående bor eller får hemvård vem som är anhörigombud. Anhörigkonsulenten samordnar ombuden och kan också hjälpa dig.`,
        'sv-easy': `Ett anhörigombud är en person som jobbar på ett boende eller i hemvården. Hen har lärt sig mycket om anhöriga.

Anhörigombudet kan:

- prata med dig
- bjuda in till träffar
- hjälpa dig att hitta mer stöd

Fråga personalen vem som är anhörigombud.`,
        en: `A carer ambassador is a member of staff in a care home, home care or disability services who has been trained in carer support. Together with their manager, the ambassador makes sure carer issues are on the agenda, for example at staff meetings, and that carers are offered information, advice and support.

## What do carer ambassadors do?

- Invite carers to conversations
- Arrange carer meetings, fairs and open house
- Guide carers on to the carer support consultant and other support

## Ask for the carer ambassador

Ask the staff where your close one lives or gets home care who the carer ambassador is. The carer support consultant coordinates the ambassadors and can also help you.`,
      },
    },
    {
      key: 'stod-utan-ansokan',
      slug: 'stod-utan-ansokan',
      order: 5,
      targetGroups: [],
      title: { sv: 'Stöd utan ansökan', 'sv-easy': 'Stöd du får utan att ansöka', en: 'Support without an application' },
      summary: {
        sv: 'Samtal, anhörigträffar, cirklar, grupper och stöd på nätet får du utan ansökan och utan kostnad.',
        'sv-easy': 'En del stöd får du utan att ansöka. Det är gratis.',
        en: 'Conversations, carer meetings, circles, groups and online support are available without an application and free of charge.',
      },
      body: {
        sv: `Mycket av anhörigstödet i Hässleholm kräver ingen ansökan och inget beslut.

## Samtal och träffar

- Anhörigsamtal med anhörigombud eller anhörigkonsulent
- Anhörigträffar, mässor och öppet hus på enheterna
- Samtal hos Novums samtalsterapeuter

## Grupper och cirklar

- Anhörigcirkel för anhöriga till personer med demens
- Anhörigcirklar med Röda Korset
- Lyktans grupper för anhöriga till personer med missbruk
- Föräldragrupper och Vändpunktträffar hos Barn- och ungdomssupporten

## På nätet

En bra plats är ett webbaserat anhörigstöd som kommunen abonnerar på. Där kan du läsa, lära och prata med andra anhöriga när det passar dig. Länken finns på hassleholm.se/a-stod.

## Information

Tidningen Anhöringen kommer till alla hushåll en gång om året.`,
        'sv-easy': `Det här får du utan att ansöka:

- Samtal
- Träffar för anhöriga
- Grupper
- En webbplats för anhöriga: En bra plats
- Tidningen Anhöringen

Det är gratis.`,
        en: `Much of Hässleholm’s carer support requires no application and no decision.

## Conversations and meetings

- Carer conversations with a carer ambassador or the carer support consultant
- Carer meetings, fairs and open house at the units
- Counselling with Novum’s counsellors

## Groups and circles

- A circle for carers of people with dementia
- Carer circles with the Red Cross
- Lyktan’s groups for families affected by addiction
- Parent groups and Vändpunkt meetings at the Children and Youth Support service

## Online

En bra plats is an online carer support service the municipality subscribes to. You can read, learn and talk with other carers whenever it suits you. The link is at hassleholm.se/a-stod.

## Information

The newspaper Anhöringen is delivered to every household once a year.`,
      },
    },
    {
      key: 'anonymitet-och-sekretess',
      slug: 'anonymitet-och-sekretess',
      order: 6,
      targetGroups: [],
      title: { sv: 'Anonymitet och sekretess', 'sv-easy': 'Vi berättar inte för andra', en: 'Anonymity and secrecy' },
      summary: {
        sv: 'Du kan ta kontakt utan att säga vem du är. Personalen har tystnadsplikt, och det du berättar skyddas av sekretess.',
        'sv-easy': 'Du behöver inte säga ditt namn. Personalen får inte berätta för andra vad du säger.',
        en: 'You can get in touch without saying who you are. Staff are bound by confidentiality, and what you say is protected by secrecy.',
      },
      body: {
        sv: `Du kan ringa eller skicka en förfrågan utan att lämna ditt namn. Ett förnamn eller ett påhittat namn och ett telefonnummer räcker. På En bra plats kan du vara anonym.

## Sekretess

All personal i omsorgen, socialtjänsten och skolan har tystnadsplikt. Uppgifter om dig lämnas inte ut utan ditt samtycke, inte heller mellan förvaltningarna.

## Dokumentation

Om du får fortsatt stöd av anhörigkonsulenten eller anhörigstrategen dokumenteras det i en journal som skyddas av sekretess. Du har rätt att få veta vad som står om dig. Deltar du bara i öppna träffar antecknas inget om dig.

## Ett undantag

Om vi får veta att ett barn far illa är vi skyldiga att anmäla det till socialtjänsten.`,
        'sv-easy': `Du behöver inte säga ditt namn.

Personalen har tystnadsplikt. Det betyder att de inte får berätta för andra vad du säger.

Får du hjälp under en längre tid skriver vi ner det. Du får läsa vad vi skriver.

Om ett barn har det mycket dåligt måste vi säga det till socialtjänsten.`,
        en: `You can call or send a request without giving your name. A first name or a made-up name and a phone number are enough. On En bra plats you can stay anonymous.

## Secrecy

All staff in care, social services and schools are bound by confidentiality. Information about you is not shared without your consent, not even between the administrations.

## Records

If you receive continued support from the carer support consultant or strategist, it is recorded in a file protected by secrecy. You have the right to know what is written about you. If you only take part in open meetings, nothing is recorded about you.

## One exception

If we learn that a child is being harmed, we are obliged to report it to social services.`,
      },
    },
    {
      key: 'ansok-om-stod',
      slug: 'ansok-om-bistand',
      order: 7,
      targetGroups: [],
      title: { sv: 'Stöd som du ansöker om', 'sv-easy': 'Stöd som du måste ansöka om', en: 'Support you apply for' },
      summary: {
        sv: 'Avlösning, korttidsboende, växelvård och hemvård ges till din närstående efter en biståndsbedömning och underlättar också för dig.',
        'sv-easy': 'En del hjälp måste ni ansöka om. En handläggare bestämmer.',
        en: 'Respite, short-term stay, alternating care and home care are given to your close one after a needs assessment and also make things easier for you.',
      },
      body: {
        sv: `Det bästa anhörigstödet är en vård och omsorg som fungerar för den närstående. Vissa insatser till din närstående kräver ett beslut efter en biståndsbedömning.

## Exempel på insatser

- Avlösning i hemmet
- Korttidsboende och växelvård
- Hemvård
- Dagverksamhet för personer med demens

## Så går det till

- Din närstående ansöker hos en biståndshandläggare, eller du gör det med den närståendes samtycke.
- Handläggaren utreder behoven. Med den närståendes samtycke kan du vara med och berätta hur situationen ser ut för dig.
- Du får ett skriftligt beslut som går att överklaga.

Du kan också ansöka om stöd för din egen del. Anhörigkonsulenten kan hjälpa dig att komma i kontakt med rätt handläggare.`,
        'sv-easy': `En del hjälp till din närstående måste ni ansöka om. Till exempel:

- någon tar hand om din närstående hemma en stund
- din närstående bor några dagar på ett boende
- hemvård

Ni ansöker hos en handläggare. Handläggaren bestämmer.`,
        en: `The best carer support is care that works for the person cared for. Some services for your close one require a decision after a needs assessment.

## Examples

- Respite at home
- Short-term stay and alternating care
- Home care
- Day activities for people with dementia

## How it works

- Your close one applies to a case officer, or you do so with their consent.
- The case officer assesses the needs. With your close one’s consent you can take part and describe how the situation is for you.
- You receive a written decision that can be appealed.

You can also apply for support for yourself. The carer support consultant can help you reach the right case officer.`,
      },
    },
  ],
};
