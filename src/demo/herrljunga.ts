// Demo data for Herrljunga kommun, from its Riktlinje för anhörigstöd (seeds/002_200e250bfb633843.txt).
// One anhörigsamordnare (strategic and specific support) for carers aged 18 and over; contact is
// free, undocumented and under secrecy. Carers of people with substance use are referred to
// vuxenenheten; support to children as carers is primarily the region's responsibility. No
// hemvårdsbidrag: närståendepenning is Försäkringskassan's. Every person here is invented.
import type { DemoMunicipality } from './types.js';

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

  units: [
    // Socialförvaltningen
    { key: 'social', parentKey: null, kind: 'administration', name: 'Socialförvaltningen' },
    { key: 'aldre', parentKey: 'social', kind: 'area', name: 'Vård och omsorg' },
    { key: 'anhorigstod', parentKey: 'aldre', kind: 'unit', name: 'Anhörigstöd – anhörigsamordnaren' },
    { key: 'hemtjanst', parentKey: 'aldre', kind: 'unit', name: 'Hemtjänst Herrljunga' },
    { key: 'hemtjanst-ljung', parentKey: 'aldre', kind: 'unit', name: 'Hemtjänst Ljung' },
    { key: 'sabo-lindgarden', parentKey: 'aldre', kind: 'unit', name: 'Lindgårdens särskilda boende' },
    { key: 'bistand', parentKey: 'aldre', kind: 'unit', name: 'Biståndsenheten' },
    { key: 'funk', parentKey: 'social', kind: 'area', name: 'Funktionsstöd och socialpsykiatri' },
    { key: 'daglig-verksamhet', parentKey: 'funk', kind: 'unit', name: 'Daglig verksamhet Verkstan' },
    { key: 'gruppbostad-solrosen', parentKey: 'funk', kind: 'unit', name: 'Gruppbostad Solrosen' },
    { key: 'boendestod', parentKey: 'funk', kind: 'unit', name: 'Boendestöd socialpsykiatri' },
    { key: 'ifo', parentKey: 'social', kind: 'area', name: 'Individ- och familjeomsorg' },
    { key: 'vuxenenheten', parentKey: 'ifo', kind: 'unit', name: 'Vuxenenheten' },
    { key: 'barn-familj', parentKey: 'ifo', kind: 'unit', name: 'Barn och familj' },
    { key: 'forsorjning', parentKey: 'ifo', kind: 'unit', name: 'Försörjningsstöd' },
    // Förskola och skola (alla som möter barn ska uppmärksamma barn som anhöriga)
    { key: 'bou', parentKey: null, kind: 'administration', name: 'Barn- och utbildningsförvaltningen' },
    { key: 'skola', parentKey: 'bou', kind: 'area', name: 'Förskola och skola' },
    { key: 'forskolor', parentKey: 'skola', kind: 'unit', name: 'Förskolorna' },
    { key: 'elevhalsa', parentKey: 'skola', kind: 'unit', name: 'Elevhälsan' },
    // Regionen (utanför kommunen)
    { key: 'region', parentKey: null, kind: 'administration', name: 'Västra Götalandsregionen', external: true },
    { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
    { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentralen Herrljunga', external: true },
    { key: 'region-ungdom', parentKey: 'region-hs', kind: 'unit', name: 'Ungdomsmottagningen', external: true },
  ],

  bodies: [
    {
      key: 'natverk-anhorigperspektiv',
      kind: 'working_group',
      name: 'Arbetsgrupp för anhörigperspektivet',
      meetingsPerYear: null,
      description: 'Anhörigsamordnaren tillsammans med representanter för verksamhetsområdena. Samverkar för ett varaktigt anhörigperspektiv i hela socialförvaltningen, följer upp anhörigstödjande insatser på verksamheternas uppdrag och bevakar aktuella utvecklingsområden.',
    },
    {
      key: 'socialnamnden',
      kind: 'other',
      name: 'Socialnämnden',
      meetingsPerYear: null,
      description: 'Ytterst ansvarig för anhörigstödet. Tar årligen del av riktlinjer, uppföljning och vidareutveckling av anhörigstödet genom en verksamhetsberättelse.',
    },
  ],

  staff: [
    {
      key: 'admin',
      name: 'Fredrik Alm',
      email: 'admin@herrljunga.example.se',
      title: 'Systemförvaltare',
      roles: [{ role: 'admin', unitKey: null }],
    },
    {
      key: 'samordnare',
      name: 'Annelie Bergström',
      email: 'annelie.bergstrom@herrljunga.example.se',
      title: 'Anhörigsamordnare',
      roles: [
        { role: 'specialist', unitKey: 'anhorigstod' },
        { role: 'specialist', unitKey: 'aldre' },
        { role: 'specialist', unitKey: 'funk' },
      ],
    },
    {
      // Receives the contacts that the guideline routes to vuxenenheten.
      key: 'behandlare-vuxen',
      name: 'Kristoffer Strand',
      email: 'kristoffer.strand@herrljunga.example.se',
      title: 'Behandlare, vuxenenheten',
      roles: [{ role: 'specialist', unitKey: 'vuxenenheten' }],
    },
    {
      // Receives the contacts from carers under 18 and guides them on, e.g. to the region.
      key: 'socialsekreterare-barn',
      name: 'Hanna Moberg',
      email: 'hanna.moberg@herrljunga.example.se',
      title: 'Socialsekreterare, Barn och familj',
      roles: [{ role: 'specialist', unitKey: 'barn-familj' }],
    },
    {
      key: 'enhetschef-hemtjanst',
      name: 'Lena Hedlund',
      email: 'lena.hedlund@herrljunga.example.se',
      title: 'Enhetschef, Hemtjänst Herrljunga',
      roles: [{ role: 'unit_manager', unitKey: 'hemtjanst' }],
    },
    {
      key: 'medarbetare-hemtjanst',
      name: 'Ali Hassan',
      email: 'ali.hassan@herrljunga.example.se',
      title: 'Undersköterska',
      roles: [{ role: 'staff', unitKey: 'hemtjanst' }],
    },
    {
      key: 'handlaggare',
      name: 'Jenny Åberg',
      email: 'jenny.aberg@herrljunga.example.se',
      title: 'Biståndshandläggare',
      roles: [{ role: 'case_officer', unitKey: 'bistand' }],
    },
    {
      key: 'verksamhetschef',
      name: 'Magnus Persson',
      email: 'magnus.persson@herrljunga.example.se',
      title: 'Verksamhetschef vård och omsorg',
      roles: [{ role: 'area_manager', unitKey: 'aldre' }],
    },
    {
      key: 'socialchef',
      name: 'Cecilia Norén',
      email: 'cecilia.noren@herrljunga.example.se',
      title: 'Socialchef',
      roles: [{ role: 'director', unitKey: 'social' }],
    },
    {
      key: 'namndledamot',
      name: 'Rolf Johansson',
      email: 'rolf.johansson@herrljunga.example.se',
      title: 'Ledamot, socialnämnden',
      roles: [{ role: 'board', unitKey: null }],
    },
    {
      key: 'granskare',
      name: 'Linnea Falk',
      email: 'linnea.falk@herrljunga.example.se',
      title: 'Dataskyddssamordnare',
      roles: [{ role: 'auditor', unitKey: null }],
    },
  ],

  offerings: [
    // ── Information och bemötande: i alla verksamheter ──────────────────────────────────────
    {
      key: 'information-och-lotsning',
      type: 'information',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Herrljunga kommun, socialförvaltningens verksamheter och anhörigsamordnaren',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Information, råd och lotsning', 'sv-easy': 'Information och hjälp att hitta rätt', en: 'Information, advice and navigation' },
      summary: {
        sv: 'Information om vilket stöd som finns, hur du går tillväga och vilka rättigheter du har – och lotsning till eget stöd.',
        'sv-easy': 'Vi berättar vilken hjälp som finns. Vi berättar vad du har rätt till. Vi hjälper dig att hitta rätt.',
        en: 'Information about the support available, how to go about it and what rights you have – and guidance towards support of your own.',
      },
      description: {
        sv: `Många anhöriga vill veta vilket stöd som finns, hur man går tillväga och vilka rättigheter man har enligt lag. Information ska finnas i alla verksamheter som möter anhöriga och bygger på ett gott bemötande.

Personalen där din närstående får stöd kan informera dig och hjälpa dig vidare till anhörigsamordnaren eller till annat stöd.`,
        'sv-easy': `Du kanske undrar vilken hjälp som finns. Eller vad du har rätt till. Fråga oss.

Personalen där din närstående får hjälp kan också svara. De kan hjälpa dig att få kontakt med anhörigsamordnaren.`,
        en: `Many carers want to know what support there is, how to go about it and what rights they have by law. Information is to be available in every service that meets carers, and builds on a good and respectful approach.

The staff where your close one gets support can inform you and help you on to the carer support coordinator or to other support.`,
      },
      howToGet: {
        sv: 'Fråga personalen där din närstående har stöd, eller kontakta anhörigsamordnaren.',
        'sv-easy': 'Fråga personalen. Eller ring anhörigsamordnaren.',
        en: 'Ask the staff where your close one gets support, or contact the carer support coordinator.',
      },
      contact: 'Kommunens växel, 0513-00 00 00',
    },
    // ── Eget stöd från anhörigsamordnaren: avgiftsfritt, utan dokumentation, 18 år och äldre ──
    {
      key: 'stodsamtal',
      type: 'support_conversation',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Herrljunga kommun, anhörigsamordnaren',
      targetGroups: ['older', 'long_term_illness', 'disability', 'mental_health'],
      carerMinAge: 18,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Enskilda samtal med anhörigsamordnaren', 'sv-easy': 'Prata med anhörigsamordnaren', en: 'One-to-one conversations with the carer support coordinator' },
      summary: {
        sv: 'Samtal om din situation, som hjälper dig att hantera den och känna dig sedd och lyssnad på. Avgiftsfritt, utan dokumentation och under sekretess.',
        'sv-easy': 'Du pratar med anhörigsamordnaren om hur du har det. Det är gratis. Hen skriver inte ner något. Hen berättar inte för andra.',
        en: 'Conversations about your situation that help you handle it and feel seen and listened to. Free of charge, without records and under secrecy.',
      },
      description: {
        sv: `Anhörigsamordnaren erbjuder ett flexibelt och individuellt anpassat stöd till dig som är 18 år eller äldre och stödjer en närstående som är långvarigt sjuk, äldre eller har en funktionsnedsättning. Samtalen kan handla om kunskap, om hur du hanterar situationen och om hur du tar hand om din egen hälsa.

All kontakt med anhörigsamordnaren är avgiftsfri, sker utan dokumentation och under sekretess. Stödet kan ges över tid och ska helst nå dig i ett tidigt skede.`,
        'sv-easy': `Du måste vara 18 år eller äldre. Du hjälper någon som är sjuk, gammal eller har en funktionsnedsättning.

Du och anhörigsamordnaren pratar. Ni kan ses flera gånger. Det kostar inget. Anhörigsamordnaren skriver inte ner något om dig.`,
        en: `The coordinator offers flexible, individually adapted support to you who are 18 or older and support a close one who is long-term ill, older or has a disability. Conversations may be about knowledge, about handling your situation and about looking after your own health.

All contact with the coordinator is free of charge, without records and under secrecy. Support can continue over time and should ideally reach you early.`,
      },
      howToGet: {
        sv: 'Ring anhörigsamordnaren eller fyll i "Jag vill bli kontaktad". Ingen ansökan behövs.',
        'sv-easy': 'Ring anhörigsamordnaren. Du behöver inte ansöka.',
        en: 'Call the coordinator or fill in "I want to be contacted". No application is needed.',
      },
      contact: 'Anhörigsamordnaren via kommunens växel, 0513-00 00 00',
    },
    {
      key: 'gruppsamtal',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Herrljunga kommun, anhörigsamordnaren',
      targetGroups: ['older', 'long_term_illness', 'disability', 'mental_health'],
      carerMinAge: 18,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Gruppsamtal för anhöriga', 'sv-easy': 'Grupp för anhöriga', en: 'Group conversations for carers' },
      summary: {
        sv: 'Samtalsgrupper där du möter andra vuxna anhöriga i liknande situation, under sekretess.',
        'sv-easy': 'Du träffar andra vuxna som också hjälper någon. Ni pratar med varandra.',
        en: 'Talking groups where you meet other adult carers in a similar situation, under secrecy.',
      },
      description: {
        sv: `I gruppen delar ni erfarenheter, får kunskap och stöd av varandra. Gruppen leds av anhörigsamordnaren. Det som sägs i gruppen stannar där, och inga anteckningar förs.`,
        'sv-easy': `Ni är några anhöriga som träffas. Anhörigsamordnaren leder gruppen. Det ni säger stannar i gruppen.`,
        en: `In the group you share experiences and get knowledge and support from each other. The coordinator leads the group. What is said stays in the group, and no notes are kept.`,
      },
      howToGet: {
        sv: 'Anmäl dig i kalendern eller kontakta anhörigsamordnaren.',
        'sv-easy': 'Anmäl dig i kalendern. Eller ring.',
        en: 'Sign up in the calendar or contact the coordinator.',
      },
      contact: 'Anhörigsamordnaren via kommunens växel, 0513-00 00 00',
    },
    {
      key: 'informationstraffar',
      type: 'carer_meeting',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Herrljunga kommun, anhörigsamordnaren',
      targetGroups: [],
      carerMinAge: 18,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Informationsträffar', 'sv-easy': 'Träffar med information', en: 'Information meetings' },
      summary: {
        sv: 'Öppna träffar där du får kunskap om ett tema, till exempel demens, rättigheter eller hur du tar hand om dig själv.',
        'sv-easy': 'Träffar där du lär dig om ett ämne. Alla vuxna anhöriga får komma.',
        en: 'Open meetings where you learn about a theme, for example dementia, your rights or looking after yourself.',
      },
      description: { sv: 'Informationsträffarna är en del av det egna stödet från anhörigsamordnaren och är öppna för vuxna anhöriga utan anmälan om inget annat anges.' },
      howToGet: { sv: 'Se kalendern.' },
      contact: 'Anhörigsamordnaren via kommunens växel, 0513-00 00 00',
    },
    {
      key: 'stod-missbruk',
      type: 'support_conversation',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Herrljunga kommun, vuxenenheten',
      targetGroups: ['substance_use'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Stöd till anhöriga vid missbruk och beroende', 'sv-easy': 'Stöd när någon dricker för mycket eller tar droger', en: 'Support for carers when there is substance use' },
      summary: {
        sv: 'Är du anhörig till någon med missbruk eller beroende får du stöd av vuxenenheten.',
        'sv-easy': 'Dricker någon i din närhet för mycket? Eller tar droger? Då kan vuxenenheten hjälpa dig.',
        en: 'If you are close to someone with substance use or addiction, the adult unit (vuxenenheten) offers you support.',
      },
      description: { sv: 'Enligt riktlinjen hänvisas stöd till anhöriga till närstående inom missbruk och beroende till vuxenenheten, som har kunskap om just den situationen.' },
      howToGet: { sv: 'Kontakta vuxenenheten eller fyll i "Jag vill bli kontaktad" och välj missbruk eller beroende.' },
      contact: 'Vuxenenheten via kommunens växel, 0513-00 00 00',
    },
    {
      key: 'barn-som-anhoriga',
      type: 'information',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'region',
      providerName: 'Västra Götalandsregionen, hälso- och sjukvården',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: 17,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Information, råd och stöd till barn som anhöriga', 'sv-easy': 'Hjälp för barn som har en sjuk förälder', en: 'Information, advice and support for children as carers' },
      summary: {
        sv: 'Barn under 18 år som har en sjuk förälder eller annan närstående har rätt till information, råd och stöd från hälso- och sjukvården. Förskola, skola och socialtjänst hjälper till att hitta rätt.',
        'sv-easy': 'Är du under 18 år och någon i din familj är sjuk? Sjukvården ska hjälpa dig. Skolan kan också hjälpa dig.',
        en: 'Children under 18 with an ill parent or other close one have the right to information, advice and support from health care. Preschool, school and social services help them find the right support.',
      },
      description: { sv: 'Stöd till barn som anhöriga är i första hand regionens ansvar enligt hälso- och sjukvårdslagen. Alla som möter barn inom socialtjänsten, förskola och skola har ett gemensamt ansvar att uppmärksamma barns behov av stöd och vägleda till rätt stödform.' },
      howToGet: { sv: 'Prata med skolsköterskan, kuratorn, vårdcentralen eller ungdomsmottagningen. En vuxen kan också kontakta Barn och familj.' },
      contact: 'Vårdcentralen eller 1177; Barn och familj via kommunens växel, 0513-00 00 00',
    },
    // ── Bistånd: för egen del och via den närstående ───────────────────────────────────────
    {
      key: 'bistand-for-egen-del',
      type: 'other',
      supportKind: 'direct',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Herrljunga kommun, biståndsenheten',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Beror på insatsen',
      title: { sv: 'Bistånd för din egen del', 'sv-easy': 'Ansök om hjälp för dig själv', en: 'Assistance for yourself' },
      summary: {
        sv: 'Anhöriga kan ansöka om bistånd för insatser för egen del. En handläggare utreder och beslutar.',
        'sv-easy': 'Du kan ansöka om hjälp för dig själv. En handläggare bestämmer.',
        en: 'Carers can apply for assistance for their own sake. A case officer assesses and decides.',
      },
      description: { sv: 'Utöver det avgiftsfria stödet från anhörigsamordnaren kan du som anhörig ansöka om bistånd enligt socialtjänstlagen för din egen del.' },
      howToGet: { sv: 'Kontakta biståndsenheten.' },
      contact: 'Biståndsenheten via kommunens växel, 0513-00 00 00',
    },
    {
      key: 'avlosning',
      type: 'respite',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Herrljunga kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift kan tas ut enligt kommunens taxa',
      title: { sv: 'Avlösning', 'sv-easy': 'Någon tar hand om din närstående en stund', en: 'Respite' },
      summary: {
        sv: 'Personal tar över omsorgen om din närstående en stund så att du kan vila eller göra annat. Beviljas efter ansökan.',
        'sv-easy': 'Personal tar hand om din närstående en stund. Du kan vila. Du måste ansöka.',
        en: 'Staff take over the care of your close one for a while so that you can rest or do other things. Granted after an application.',
      },
      description: { sv: 'Avlösning ges till den närstående efter en biståndsbedömning. Med den närståendes samtycke kan du vara delaktig i planering, genomförande och uppföljning av insatsen.' },
      howToGet: { sv: 'Den närstående ansöker hos biståndsenheten, eller du med den närståendes samtycke.' },
      contact: 'Biståndsenheten via kommunens växel, 0513-00 00 00',
    },
    // ── Ekonomiskt stöd: inte kommunens ───────────────────────────────────────────────────
    {
      key: 'narstaendepenning',
      type: 'other',
      supportKind: 'direct',
      needsAssessment: true,
      provider: 'national',
      providerName: 'Försäkringskassan',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv', 'en', 'ar', 'fi', 'fa', 'so'],
      cost: 'Ersättning från Försäkringskassan',
      title: { sv: 'Närståendepenning', 'sv-easy': 'Pengar när du vårdar någon som är mycket sjuk', en: 'Carer’s allowance (närståendepenning)' },
      summary: {
        sv: 'Ekonomisk ersättning när du avstår från arbete för att vårda en närstående som är svårt sjuk. Försäkringskassan beslutar. Herrljunga kommun har inget hemvårdsbidrag.',
        'sv-easy': 'Du kan få pengar om du är ledig från jobbet för att vara hos någon som är mycket sjuk. Du ansöker hos Försäkringskassan. Kommunen betalar inte ut pengar till anhöriga.',
        en: 'Financial compensation when you stay off work to care for a close one who is seriously ill. The Social Insurance Agency decides. Herrljunga has no municipal carer’s allowance.',
      },
      description: {
        sv: `Herrljunga kommun har inte något så kallat hemvårdsbidrag eller anhörigbidrag. Ekonomisk ersättning till anhöriga som vårdar en närstående beslutas av Försäkringskassan och kallas närståendepenning.

Närståendepenning kan du få när du avstår från arbete för att vara hos en närstående som är svårt sjuk. Den sjuka personen behöver samtycka.`,
        'sv-easy': `Kommunen ger inte pengar till anhöriga.

Försäkringskassan kan ge dig pengar om du är ledig från jobbet för att vara hos någon som är mycket sjuk. Det heter närståendepenning.`,
        en: `Herrljunga municipality has no home care allowance or carer’s allowance of its own. Financial compensation to carers is decided by the Social Insurance Agency (Försäkringskassan) and is called närståendepenning.

You may get närståendepenning when you stay off work to be with a close one who is seriously ill. The ill person needs to consent.`,
      },
      howToGet: {
        sv: 'Ansök hos Försäkringskassan. Anhörigsamordnaren kan hjälpa dig att förstå hur det går till.',
        'sv-easy': 'Ansök hos Försäkringskassan. Anhörigsamordnaren kan hjälpa dig.',
        en: 'Apply to the Social Insurance Agency. The carer support coordinator can help you understand how.',
      },
      contact: 'Försäkringskassan, www.forsakringskassan.se',
    },
  ],

  partners: [
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
        sv: 'Anhörigstöd är stöd till dig som vårdar eller stödjer en närstående. Det består av information, delaktighet och eget stöd – avgiftsfritt och under sekretess.',
        'sv-easy': 'Du som hjälper någon kan få stöd. Du kan få information, vara med och bestämma och få eget stöd. Det är gratis.',
        en: 'Carer support is support for you who care for or support a close one. It consists of information, involvement and support of your own – free of charge and under secrecy.',
        ar: 'دعم الأقارب هو دعم لك أنت الذي تعتني بشخص قريب منك أو تدعمه. يتكون من المعلومات، والمشاركة، والدعم الخاص بك – مجانًا ومع الحفاظ على السرية.',
        fi: 'Omaistuki on tukea sinulle, joka hoidat tai tuet läheistäsi. Se koostuu tiedosta, osallisuudesta ja omasta tuesta – maksutta ja vaitiolovelvollisuuden turvin.',
        fa: 'حمایت از خویشاوندان کمکی است برای شما که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید. این حمایت شامل اطلاع‌رسانی، مشارکت و حمایت ویژه خود شماست – رایگان و محرمانه.',
        so: 'Taageerada qaraabada waa taageero loogu talagalay adiga oo daryeela ama taageera qof kuu dhow. Waxay ka kooban tahay macluumaad, ka qaybgal iyo taageero adiga kuu gaar ah – bilaash iyo si qarsoodi ah.',
      },
      body: {
        sv: `Anhörigstöd är till för dig som vårdar eller stödjer en närstående som är långvarigt sjuk, äldre eller har en funktionsnedsättning. Det är inte kopplat till vissa sjukdomar, diagnoser eller den närståendes ålder. Du kan söka stöd även om din närstående redan får hjälp från kommunen, regionen, skolan eller Försäkringskassan.

Stöd till anhöriga finns på tre nivåer:

## Information och bemötande

Alla verksamheter som möter anhöriga ska ge dig information om vilket stöd som finns, hur du går tillväga och vilka rättigheter du har – och lotsa dig till eget stöd.

## Delaktighet

Om du vill, och din närstående samtycker, ska du få vara delaktig i planering, genomförande och uppföljning av din närståendes insatser.

## Eget stöd

Anhörigsamordnaren erbjuder dig som är 18 år eller äldre enskilda samtal, informationsträffar och gruppsamtal. Du kan också ansöka om bistånd för din egen del.

All kontakt med anhörigsamordnaren är avgiftsfri, sker utan dokumentation och under sekretess.

Är du anhörig till någon med missbruk eller beroende får du stöd av vuxenenheten.`,
        'sv-easy': `Hjälper du någon som är sjuk, gammal eller har en funktionsnedsättning? Då kan du få stöd. Det spelar ingen roll vilken sjukdom personen har.

## Information

Personalen berättar vilken hjälp som finns.

## Vara med

Du kan vara med när din närståendes hjälp planeras. Din närstående måste säga ja.

## Eget stöd

Är du 18 år eller äldre? Då kan du prata med anhörigsamordnaren. Du kan också gå i en grupp.

Det är gratis. Anhörigsamordnaren skriver inte ner något. Hen berättar inte för andra.

Dricker någon i din närhet för mycket eller tar droger? Då kan vuxenenheten hjälpa dig.`,
        en: `Carer support is for you who care for or support a close one who is long-term ill, older or has a disability. It is not tied to particular illnesses, diagnoses or the age of your close one. You can seek support even if your close one already gets help from the municipality, the region, school or the Social Insurance Agency.

Support to carers exists at three levels:

## Information and a good approach

Every service that meets carers is to tell you what support there is, how to go about it and what your rights are – and guide you towards support of your own.

## Involvement

If you wish, and your close one consents, you are to be involved in planning, carrying out and following up your close one’s services.

## Support of your own

The carer support coordinator offers you who are 18 or older one-to-one conversations, information meetings and group conversations. You can also apply for assistance for yourself.

All contact with the coordinator is free of charge, without records and under secrecy.

If you are close to someone with substance use or addiction, the adult unit (vuxenenheten) gives you support.`,
        ar: `دعم الأقارب موجّه إليك إذا كنت تعتني بشخص قريب منك أو تدعمه، وهو مريض لفترة طويلة أو مسنّ أو لديه إعاقة. لا يرتبط الدعم بأمراض أو تشخيصات معينة ولا بعمر الشخص القريب. يمكنك طلب الدعم حتى لو كان الشخص القريب منك يحصل على مساعدة من البلدية أو المنطقة (region) أو المدرسة أو من مصلحة التأمينات الاجتماعية (Försäkringskassan).

## المعلومات والتعامل الجيد

يجب على كل جهة تلتقي بالأقارب أن تخبرك بالدعم المتوفر، وكيف تحصل عليه، وما هي حقوقك.

## المشاركة

إذا رغبت في ذلك ووافق الشخص القريب منك، يحق لك أن تشارك في التخطيط للخدمات التي يحصل عليها وتنفيذها ومتابعتها.

## الدعم الخاص بك

يقدّم منسّق دعم الأقارب (anhörigsamordnare) لمن بلغ 18 عامًا أو أكثر محادثات فردية ولقاءات إعلامية ومحادثات جماعية. ويمكنك أيضًا التقدم بطلب مساعدة لنفسك.

كل تواصل مع منسّق دعم الأقارب مجاني، ولا يُوثَّق، ويخضع للسرية.

إذا كنت قريبًا لشخص يعاني من الإدمان، فإن وحدة البالغين (vuxenenheten) تقدّم لك الدعم.`,
        fi: `Omaistuki on tarkoitettu sinulle, joka hoidat tai tuet läheistä, joka on pitkäaikaisesti sairas tai iäkäs tai jolla on toimintarajoite. Tuki ei riipu tietyistä sairauksista, diagnooseista tai läheisen iästä. Voit hakea tukea, vaikka läheisesi saisi jo apua kunnalta, alueelta (region), koulusta tai Ruotsin sosiaalivakuutuslaitokselta (Försäkringskassan).

## Tietoa ja hyvää kohtelua

Jokaisen toiminnan, joka kohtaa omaisia, tulee kertoa sinulle, millaista tukea on saatavilla, miten sitä haetaan ja mitkä ovat oikeutesi.

## Osallisuus

Jos haluat ja läheisesi suostuu, saat osallistua läheisesi palvelujen suunnitteluun, toteutukseen ja seurantaan.

## Oma tuki

Omaiskoordinaattori (anhörigsamordnare) tarjoaa 18 vuotta täyttäneille yksilökeskusteluja, infotilaisuuksia ja ryhmäkeskusteluja. Voit myös hakea omaa tukea sosiaalihuollon päätöksellä.

Kaikki yhteydenpito omaiskoordinaattoriin on maksutonta, siitä ei tehdä kirjauksia ja se on luottamuksellista.

Jos läheiselläsi on päihdeongelma tai riippuvuus, saat tukea aikuisyksiköstä (vuxenenheten).`,
        fa: `حمایت از خویشاوندان برای شماست که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید که بیماری طولانی‌مدت دارد، سالمند است یا دارای معلولیت است. این حمایت به بیماری یا تشخیص خاص یا سن فرد نزدیک شما وابسته نیست. حتی اگر فرد نزدیک شما از کمون، منطقه (region)، مدرسه یا صندوق بیمه اجتماعی (Försäkringskassan) کمک می‌گیرد، شما می‌توانید درخواست حمایت کنید.

## اطلاع‌رسانی و برخورد مناسب

همه بخش‌هایی که با خویشاوندان در ارتباط هستند باید به شما بگویند چه حمایتی وجود دارد، چگونه می‌توانید آن را دریافت کنید و چه حقوقی دارید.

## مشارکت

اگر بخواهید و فرد نزدیک شما موافقت کند، می‌توانید در برنامه‌ریزی، اجرا و پیگیری خدماتی که او دریافت می‌کند مشارکت داشته باشید.

## حمایت ویژه شما

هماهنگ‌کننده حمایت از خویشاوندان (anhörigsamordnare) به افراد ۱۸ سال و بالاتر گفت‌وگوی فردی، جلسات اطلاع‌رسانی و گفت‌وگوی گروهی ارائه می‌دهد. همچنین می‌توانید برای خودتان درخواست کمک کنید.

هر نوع تماس با هماهنگ‌کننده رایگان است، ثبت نمی‌شود و محرمانه می‌ماند.

اگر یکی از نزدیکان شما مشکل اعتیاد دارد، واحد بزرگسالان (vuxenenheten) به شما کمک می‌کند.`,
        so: `Taageerada qaraabada waxaa loogu talagalay adiga oo daryeela ama taageera qof kuu dhow oo muddo dheer xanuunsan, waayeel ah ama naafo ah. Kuma xirna cudurro gaar ah, ogaansho caafimaad ama da'da qofka kuu dhow. Waad codsan kartaa taageero xitaa haddii qofka kuu dhow uu horey caawimaad uga helo degmada, gobolka (region), dugsiga ama Försäkringskassan.

## Macluumaad iyo soo dhaweyn wanaagsan

Hay'ad kasta oo la kulanta qaraabada waa inay kuu sheegtaa taageerada jirta, sida loo helo iyo xuquuqdaada.

## Ka qaybgal

Haddii aad rabto oo qofka kuu dhow uu oggolaado, waxaad ka qayb qaadan kartaa qorsheynta, fulinta iyo la socodka adeegyada uu helo.

## Taageero adiga kuu gaar ah

Isku-duwaha taageerada qaraabada (anhörigsamordnare) wuxuu siiyaa dadka 18 jir ah ama ka weyn wadahadal shakhsi ah, kulammo macluumaad iyo wadahadal koox ah. Waxaad sidoo kale codsan kartaa caawimaad adiga kuu gaar ah.

Xiriir kasta oo lala yeesho isku-duwaha waa bilaash, lama qoro, waana qarsoodi.

Haddii qof kuu dhow uu la dhibaataysan yahay balwad ama maandooriye, qaybta dadka waaweyn (vuxenenheten) ayaa ku taageeraysa.`,
      },
    },
    {
      key: 'vem-ar-anhorig',
      slug: 'vem-ar-anhorig',
      order: 2,
      targetGroups: [],
      title: { sv: 'Vem är anhörig?', 'sv-easy': 'Vem är anhörig?', en: 'Who is a carer?' },
      summary: {
        sv: 'Anhörig är den i familjen som vårdar eller stödjer en närstående. Även en granne eller vän som hjälper till kan få stöd.',
        'sv-easy': 'Du är anhörig om du hjälper någon i din familj. En vän eller granne som hjälper kan också få stöd.',
        en: 'A carer is a family member who cares for or supports a close one. A neighbour or friend who helps can also get support.',
      },
      body: {
        sv: `I Herrljunga kommun används de här orden:

- Närstående: den person som tar emot omsorg, vård och stöd.
- Anhörig: en person i familjekretsen som vårdar eller stödjer en närstående.
- Annan person: någon utanför familjen som vårdar eller stödjer, till exempel en granne eller vän.

På den här webbplatsen använder vi ordet anhörig för alla som vårdar eller stödjer någon.

## Du är inte ensam

Närmare var femte vuxen vårdar, hjälper eller stödjer en närstående. Många påverkas ekonomiskt, socialt, psykiskt och fysiskt av det. Det är därför stödet finns – för att du ska bli sedd och för att minska risken att du själv blir sjuk.`,
        'sv-easy': `Den som får hjälp kallas närstående. Den som hjälper kallas anhörig.

En granne eller vän som hjälper kan också få stöd.

Många hjälper någon. Det kan vara tungt. Därför finns det stöd till dig.`,
        en: `In Herrljunga these words are used:

- Närstående (close one): the person who receives care and support.
- Anhörig (carer): a family member who cares for or supports a close one.
- Other person: someone outside the family who cares or supports, for example a neighbour or friend.

On this site we use the word carer for everyone who cares for or supports someone.

## You are not alone

Almost one in five adults cares for, helps or supports a close one. Many are affected financially, socially, mentally and physically. That is why support exists – so that you are seen and to reduce the risk that you become ill yourself.`,
      },
    },
    {
      key: 'barn-och-unga-som-anhoriga',
      slug: 'barn-och-unga-som-anhoriga',
      order: 3,
      targetGroups: [],
      title: { sv: 'Barn och unga som anhöriga', 'sv-easy': 'För dig som är under 18 år', en: 'Children and young carers' },
      summary: {
        sv: 'Barn under 18 år har inget ansvar för en närstående, men många ger ändå mycket stöd. Hälso- och sjukvården har i första hand ansvar för att ge dem information, råd och stöd.',
        'sv-easy': 'Barn ska inte behöva ta hand om en sjuk förälder. Men många barn hjälper ändå till. Då kan du få hjälp.',
        en: 'Children under 18 have no responsibility for a close one, but many still give a lot of support. Health care is primarily responsible for giving them information, advice and support.',
      },
      body: {
        sv: `Barn under 18 år har inget formellt eller juridiskt ansvar för en närstående. Ändå händer det att barn ger omfattande stöd och hjälp till en förälder eller ett syskon.

Information, råd och stöd till barn som anhöriga är i första hand hälso- och sjukvårdens ansvar enligt lag. Det är också en viktig uppgift för socialtjänsten, förskolan och skolan.

## Vart kan du vända dig?

- Skolsköterskan eller kuratorn i skolan
- Vårdcentralen eller ungdomsmottagningen
- Barn och familj i socialförvaltningen

Alla som möter barn inom socialtjänsten, förskola och skola ska uppmärksamma barns behov av stöd och hjälpa dem till rätt stöd.

Anhörigsamordnaren arbetar med vuxna anhöriga, men kan ge dig som förälder råd om hur ditt barn kan få stöd.`,
        'sv-easy': `Du som är barn ska inte ha ansvar för någon som är sjuk. Men många barn hjälper ändå till hemma.

Sjukvården ska hjälpa dig. Skolan och socialtjänsten ska också hjälpa dig.

Du kan prata med:

- skolsköterskan eller kuratorn
- vårdcentralen eller ungdomsmottagningen
- socialtjänsten`,
        en: `Children under 18 have no formal or legal responsibility for a close one. Still, children sometimes give extensive help and support to a parent or sibling.

Information, advice and support to children as carers is primarily the responsibility of health care by law. It is also an important task for social services, preschool and school.

## Where can you turn?

- The school nurse or counsellor
- The health centre or youth clinic
- Children and Families (Barn och familj) at the social services

Everyone who meets children in social services, preschool and school is to notice children’s need for support and help them to the right support.

The carer support coordinator works with adult carers, but can advise you as a parent on how your child can get support.`,
      },
    },
    {
      key: 'stod-utan-ansokan',
      slug: 'stod-utan-ansokan',
      order: 4,
      targetGroups: [],
      title: { sv: 'Eget stöd utan ansökan', 'sv-easy': 'Stöd du får utan att ansöka', en: 'Support of your own, no application' },
      summary: {
        sv: 'Enskilda samtal, informationsträffar och gruppsamtal med anhörigsamordnaren – utan ansökan, avgiftsfritt och utan dokumentation.',
        'sv-easy': 'Du kan prata med anhörigsamordnaren eller gå i en grupp. Du behöver inte ansöka. Det är gratis.',
        en: 'One-to-one conversations, information meetings and group conversations with the coordinator – no application, free and without records.',
      },
      body: {
        sv: `Anhörigsamordnaren är en specialiserad resurs som kompletterar det stöd som ska finnas i alla verksamheter. Stödet är till för dig som är 18 år eller äldre och stödjer en närstående som är långvarigt sjuk, äldre eller har en funktionsnedsättning.

## Det här kan du få

- Enskilda samtal
- Informationsträffar
- Gruppsamtal
- Information och lotsning till annat stöd

Stödet är flexibelt och individuellt anpassat. Det kan ges över tid och ska helst nå dig tidigt, innan du själv blir sliten.`,
        'sv-easy': `Är du 18 år eller äldre? Då kan du få:

- samtal med anhörigsamordnaren
- träffar med information
- samtal i grupp
- hjälp att hitta rätt

Du behöver inte ansöka. Det är gratis.`,
        en: `The carer support coordinator is a specialised resource that complements the support every service should give. The support is for you who are 18 or older and support a close one who is long-term ill, older or has a disability.

## What you can get

- One-to-one conversations
- Information meetings
- Group conversations
- Information and guidance to other support

The support is flexible and individually adapted. It can continue over time and should ideally reach you early, before you become worn out.`,
      },
    },
    {
      key: 'anonymitet-och-sekretess',
      slug: 'anonymitet-och-sekretess',
      order: 5,
      targetGroups: [],
      title: { sv: 'Avgiftsfritt, utan dokumentation och under sekretess', 'sv-easy': 'Gratis och hemligt', en: 'Free, without records and under secrecy' },
      summary: {
        sv: 'All kontakt med anhörigsamordnaren är avgiftsfri, sker utan dokumentation och under sekretess. Du kan vara anonym.',
        'sv-easy': 'Det är gratis att prata med anhörigsamordnaren. Hen skriver inte ner något. Du behöver inte säga ditt namn.',
        en: 'All contact with the coordinator is free of charge, without records and under secrecy. You may stay anonymous.',
      },
      body: {
        sv: `Du kan kontakta anhörigsamordnaren utan att säga vem du är. Ett förnamn eller ett påhittat namn och ett telefonnummer räcker.

## Ingen dokumentation

Anhörigsamordnaren för inga journalanteckningar om dig. Det du berättar stannar hos samordnaren.

## Sekretess

Anhörigsamordnaren arbetar under sekretess och lämnar inte ut något om dig utan ditt samtycke – inte heller till den personal som ger stöd till din närstående.

## Ett undantag

Om vi får veta att ett barn far illa är vi skyldiga att anmäla det till socialtjänsten.`,
        'sv-easy': `Du behöver inte säga ditt namn.

Anhörigsamordnaren skriver inte ner något om dig.

Anhörigsamordnaren berättar inte för andra vad du säger.

Men om ett barn har det mycket dåligt måste vi säga det till socialtjänsten.`,
        en: `You can contact the coordinator without saying who you are. A first name or a made-up name and a phone number are enough.

## No records

The coordinator keeps no case notes about you. What you say stays with the coordinator.

## Secrecy

The coordinator works under secrecy and shares nothing about you without your consent – not even with the staff who support your close one.

## One exception

If we learn that a child is being harmed, we are obliged to report it to social services.`,
      },
    },
    {
      key: 'ansok-om-stod',
      slug: 'ansok-om-bistand',
      order: 6,
      targetGroups: [],
      title: { sv: 'Bistånd och delaktighet', 'sv-easy': 'Hjälp som du ansöker om', en: 'Assistance and involvement' },
      summary: {
        sv: 'Du kan ansöka om bistånd för din egen del, och med din närståendes samtycke vara delaktig i planeringen av hans eller hennes insatser.',
        'sv-easy': 'Du kan ansöka om hjälp för dig själv. Du kan också vara med när din närståendes hjälp planeras.',
        en: 'You can apply for assistance for yourself, and with your close one’s consent take part in planning their services.',
      },
      body: {
        sv: `## Bistånd för din egen del

Anhöriga kan ansöka om bistånd för insatser för egen del. Du ansöker hos biståndsenheten, där en handläggare utreder dina behov och fattar beslut.

## Insatser till din närstående

Din närstående kan ansöka om till exempel hemtjänst eller avlösning. Sådana insatser underlättar ofta också för dig.

## Delaktighet

I den mån du vill, och din närstående samtycker, ska du vara delaktig i planering, genomförande och uppföljning av insatserna. Alla yrkesgrupper ska se till helheten kring den närstående – och du är en del av den.`,
        'sv-easy': `Du kan ansöka om hjälp för dig själv. Du ansöker hos en handläggare.

Din närstående kan ansöka om hjälp. Till exempel hemtjänst.

Du kan vara med när hjälpen planeras. Din närstående måste säga ja.`,
        en: `## Assistance for yourself

Carers can apply for assistance for their own sake. You apply to the assessment unit (biståndsenheten), where a case officer assesses your needs and decides.

## Services for your close one

Your close one can apply for, for example, home care or respite. Such services often make things easier for you too.

## Involvement

As far as you wish, and your close one consents, you are to be involved in planning, carrying out and following up the services. Every professional is to see the whole picture around your close one – and you are part of it.`,
      },
    },
    {
      key: 'narstaendepenning',
      slug: 'narstaendepenning',
      order: 7,
      targetGroups: [],
      title: { sv: 'Ekonomiskt stöd och närståendepenning', 'sv-easy': 'Pengar till anhöriga', en: 'Financial support and carer’s allowance' },
      summary: {
        sv: 'Herrljunga kommun har inget hemvårdsbidrag. Ersättning till anhöriga som vårdar en svårt sjuk närstående beslutas av Försäkringskassan: närståendepenning.',
        'sv-easy': 'Kommunen ger inte pengar till anhöriga. Försäkringskassan kan ge pengar om du vårdar någon som är mycket sjuk.',
        en: 'Herrljunga has no municipal home care allowance. Compensation to carers of a seriously ill close one is decided by the Social Insurance Agency: närståendepenning.',
      },
      body: {
        sv: `Herrljunga kommun har inte något så kallat hemvårdsbidrag eller anhörigbidrag.

## Närståendepenning

Ekonomisk ersättning för anhöriga som vårdar en närstående beslutas av Försäkringskassan och kallas närståendepenning. Du kan få närståendepenning när du avstår från arbete för att vara hos en närstående som är svårt sjuk. Den sjuka personen behöver samtycka.

Läs mer och ansök hos [Försäkringskassan](https://www.forsakringskassan.se).

## Annat stöd

Även om kommunen inte betalar ut ersättning finns annat stöd: samtal, grupper och information från anhörigsamordnaren, och insatser till din närstående som kan avlasta dig.`,
        'sv-easy': `Kommunen ger inte pengar till anhöriga.

Försäkringskassan kan ge dig pengar om du är ledig från jobbet för att vara hos någon som är mycket sjuk. Det heter närståendepenning. Den som är sjuk måste säga ja.

Läs mer på [Försäkringskassans webbplats](https://www.forsakringskassan.se).`,
        en: `Herrljunga municipality has no home care allowance or carer’s allowance of its own.

## Närståendepenning

Financial compensation for carers is decided by the Social Insurance Agency (Försäkringskassan) and is called närståendepenning. You may get it when you stay off work to be with a close one who is seriously ill. The ill person needs to consent.

Read more and apply at [Försäkringskassan](https://www.forsakringskassan.se).

## Other support

Even though the municipality pays no allowance, there is other support: conversations, groups and information from the carer support coordinator, and services for your close one that can relieve you.`,
      },
    },
  ],
};
