// Demo data for Södertälje kommun, from its Riktlinje för anhörigstöd (seeds/000_701e1fc74ed1cc7a.txt).
// Three full-time anhörigkonsulenter, each towards its own verksamhetsområden; anhörigombud in the
// units, designated by the resultatenhetschef; support is free, carers may be anonymous and open
// activity is not documented. Every person here is invented.
import type { DemoMunicipality } from './types.js';

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

  units: [
    // Omsorgskontoret
    { key: 'omsorg', parentKey: null, kind: 'administration', name: 'Omsorgskontoret' },
    { key: 'omsorg-aldre', parentKey: 'omsorg', kind: 'area', name: 'Äldreomsorg' },
    { key: 'anhorigstod', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Anhörigstöd – anhörigkonsulenterna' },
    { key: 'sabo-almgarden', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Almgårdens vård- och omsorgsboende' },
    { key: 'hemtjanst-centrum', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Hemtjänst Centrum' },
    { key: 'hemtjanst-jarna', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Hemtjänst Järna' },
    { key: 'dagverksamhet-solrosen', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Dagverksamhet Solrosen (demens)' },
    { key: 'bistand-aldre', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Biståndsenheten äldre' },
    { key: 'omsorg-funk', parentKey: 'omsorg', kind: 'area', name: 'Funktionshinder' },
    { key: 'gruppbostad-tallen', parentKey: 'omsorg-funk', kind: 'unit', name: 'Gruppbostad Tallen' },
    { key: 'daglig-verksamhet-ekbacken', parentKey: 'omsorg-funk', kind: 'unit', name: 'Daglig verksamhet Ekbacken' },
    { key: 'korttidsvistelse-fyren', parentKey: 'omsorg-funk', kind: 'unit', name: 'Korttidsvistelse Fyren (barn och unga)' },
    { key: 'lss-handlaggning', parentKey: 'omsorg-funk', kind: 'unit', name: 'LSS-handläggning' },
    // Socialkontoret
    { key: 'social', parentKey: null, kind: 'administration', name: 'Socialkontoret' },
    { key: 'social-psyk', parentKey: 'social', kind: 'area', name: 'Socialpsykiatri' },
    { key: 'boendestod-psyk', parentKey: 'social-psyk', kind: 'unit', name: 'Boendestöd socialpsykiatri' },
    { key: 'traffpunkt-ankaret', parentKey: 'social-psyk', kind: 'unit', name: 'Träffpunkt Ankaret' },
    { key: 'social-vuxen', parentKey: 'social', kind: 'area', name: 'Vuxenenheten – missbruk och beroende' },
    { key: 'vuxen-oppenvard', parentKey: 'social-vuxen', kind: 'unit', name: 'Öppenvården vuxna' },
    { key: 'vuxen-utredning', parentKey: 'social-vuxen', kind: 'unit', name: 'Utredning och handläggning vuxna' },
    { key: 'social-bou', parentKey: 'social', kind: 'area', name: 'Barn och ungdom' },
    { key: 'bou-mottagning', parentKey: 'social-bou', kind: 'unit', name: 'Mottagning och utredning barn och unga' },
    { key: 'bou-oppenvard', parentKey: 'social-bou', kind: 'unit', name: 'Öppenvård barn och familj' },
    // Skolan (skolsköterskor och kuratorer ger också stöd till barn som anhöriga)
    { key: 'utbildning', parentKey: null, kind: 'administration', name: 'Utbildningskontoret' },
    { key: 'elevhalsa', parentKey: 'utbildning', kind: 'area', name: 'Elevhälsa' },
    { key: 'elevhalsa-grund', parentKey: 'elevhalsa', kind: 'unit', name: 'Elevhälsan grundskola' },
    { key: 'elevhalsa-gymnasiet', parentKey: 'elevhalsa', kind: 'unit', name: 'Elevhälsan gymnasieskola' },
    // Hälso- och sjukvården (regionen, utanför kommunen)
    { key: 'region', parentKey: null, kind: 'administration', name: 'Region Stockholm', external: true },
    { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
    { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentraler i Södertälje', external: true },
    { key: 'region-psyk', parentKey: 'region-hs', kind: 'unit', name: 'Psykiatrisk öppenvård Södertälje', external: true },
  ],

  bodies: [
    {
      key: 'arbetsgrupp',
      kind: 'working_group',
      name: 'Arbetsgruppen för anhörigstöd',
      meetingsPerYear: null,
      description: 'Kommunens anhörigkonsulenter. Samverkar kring marknadsföringskampanjer och utbildningar, bland annat anhörigstödsutbildningen för anhörigombud och medarbetare.',
    },
    {
      key: 'uppfoljning',
      kind: 'other',
      name: 'Årlig uppföljning av riktlinjen för anhörigstöd',
      meetingsPerYear: 1,
      description: 'Resultatenhetscheferna för anhörigstödet följer upp riktlinjen varje år. Omsorgskontoret är sammankallande. Uppföljningen redovisas i respektive nämnds årsbokslut, och revideringar beslutas i respektive nämnd.',
    },
  ],

  staff: [
    {
      key: 'admin',
      name: 'Jonas Ekblad',
      email: 'admin@sodertalje.example.se',
      title: 'Systemförvaltare',
      roles: [{ role: 'admin', unitKey: null }],
    },
    {
      key: 'konsulent-aldre',
      name: 'Helena Forsberg',
      email: 'helena.forsberg@sodertalje.example.se',
      title: 'Anhörigkonsulent, äldre',
      roles: [
        { role: 'specialist', unitKey: 'anhorigstod' },
        { role: 'specialist', unitKey: 'omsorg-aldre' },
      ],
    },
    {
      key: 'konsulent-funk',
      name: 'Samir Haddad',
      email: 'samir.haddad@sodertalje.example.se',
      title: 'Anhörigkonsulent, funktionshinder',
      roles: [
        { role: 'specialist', unitKey: 'anhorigstod' },
        { role: 'specialist', unitKey: 'omsorg-funk' },
      ],
    },
    {
      key: 'konsulent-psyk',
      name: 'Karin Westberg',
      email: 'karin.westberg@sodertalje.example.se',
      title: 'Anhörigkonsulent, socialpsykiatri och missbruk',
      roles: [
        { role: 'specialist', unitKey: 'anhorigstod' },
        { role: 'specialist', unitKey: 'social-psyk' },
        { role: 'specialist', unitKey: 'social-vuxen' },
      ],
    },
    {
      key: 'rec-almgarden',
      name: 'Anders Nyström',
      email: 'anders.nystrom@sodertalje.example.se',
      title: 'Resultatenhetschef, Almgårdens vård- och omsorgsboende',
      roles: [{ role: 'unit_manager', unitKey: 'sabo-almgarden' }],
    },
    {
      key: 'ombud-almgarden',
      name: 'Leila Karimi',
      email: 'leila.karimi@sodertalje.example.se',
      title: 'Undersköterska och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'sabo-almgarden' },
        { role: 'staff', unitKey: 'sabo-almgarden' },
      ],
    },
    {
      key: 'ombud-hemtjanst',
      name: 'Johan Sundberg',
      email: 'johan.sundberg@sodertalje.example.se',
      title: 'Undersköterska och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'hemtjanst-centrum' },
        { role: 'staff', unitKey: 'hemtjanst-centrum' },
      ],
    },
    {
      key: 'ombud-ekbacken',
      name: 'Emma Lundell',
      email: 'emma.lundell@sodertalje.example.se',
      title: 'Handledare och anhörigombud',
      roles: [
        { role: 'ambassador', unitKey: 'daglig-verksamhet-ekbacken' },
        { role: 'staff', unitKey: 'daglig-verksamhet-ekbacken' },
      ],
    },
    {
      key: 'medarbetare-hemtjanst',
      name: 'Petra Olsson',
      email: 'petra.olsson@sodertalje.example.se',
      title: 'Undersköterska',
      roles: [{ role: 'staff', unitKey: 'hemtjanst-centrum' }],
    },
    {
      key: 'skolskoterska',
      name: 'Elin Svärd',
      email: 'elin.svard@sodertalje.example.se',
      title: 'Skolsköterska',
      roles: [{ role: 'staff', unitKey: 'elevhalsa-grund' }],
    },
    {
      key: 'handlaggare',
      name: 'Mikael Berglund',
      email: 'mikael.berglund@sodertalje.example.se',
      title: 'Biståndshandläggare',
      roles: [{ role: 'case_officer', unitKey: 'bistand-aldre' }],
    },
    {
      key: 'roc-aldre',
      name: 'Susanne Dahl',
      email: 'susanne.dahl@sodertalje.example.se',
      title: 'Resultatområdeschef äldreomsorg',
      roles: [{ role: 'area_manager', unitKey: 'omsorg-aldre' }],
    },
    {
      key: 'omsorgsdirektor',
      name: 'Lars Wikander',
      email: 'lars.wikander@sodertalje.example.se',
      title: 'Omsorgsdirektör',
      roles: [{ role: 'director', unitKey: 'omsorg' }],
    },
    {
      key: 'socialdirektor',
      name: 'Nadia Rahimi',
      email: 'nadia.rahimi@sodertalje.example.se',
      title: 'Socialdirektör',
      roles: [{ role: 'director', unitKey: 'social' }],
    },
    {
      key: 'namndledamot',
      name: 'Gunilla Ekholm',
      email: 'gunilla.ekholm@sodertalje.example.se',
      title: 'Förtroendevald nämndledamot',
      roles: [{ role: 'board', unitKey: null }],
    },
    {
      key: 'granskare',
      name: 'Tobias Grahn',
      email: 'tobias.grahn@sodertalje.example.se',
      title: 'Dataskyddssamordnare',
      roles: [{ role: 'auditor', unitKey: null }],
    },
  ],

  offerings: [
    // ── Direkt stöd, utan biståndsbeslut ─────────────────────────────────────────────────────
    {
      key: 'stodsamtal',
      type: 'support_conversation',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Södertälje kommun, anhörigkonsulenterna',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Stödsamtal', 'sv-easy': 'Samtal med en anhörigkonsulent', en: 'Support conversations' },
      summary: {
        sv: 'Enskilda samtal med en anhörigkonsulent om din situation som anhörig. Du kan vara anonym och inget dokumenteras.',
        'sv-easy': 'Du kan prata med en anhörigkonsulent. Ni pratar om hur du har det. Du behöver inte säga ditt namn.',
        en: 'One-to-one conversations with a carer support consultant about your situation as a carer. You may stay anonymous and nothing is recorded.',
      },
      description: {
        sv: `I ett stödsamtal får du tid att prata om hur du har det, vad som är tungt och vad som ger dig kraft. Anhörigkonsulenten lyssnar, ger information och hjälper dig att hitta vägar framåt.

Samtalen anpassas efter dig: en gång eller flera, på kontoret, i telefon eller på en plats du väljer. Stödet är kostnadsfritt, du får vara anonym och anhörigkonsulenterna för inga anteckningar om dig. De arbetar under sekretess.`,
        'sv-easy': `Du träffar en anhörigkonsulent. Du berättar hur du har det. Konsulenten lyssnar och ger dig råd.

Ni kan ses en gång eller flera gånger. Ni kan också prata i telefon. Det kostar inget. Konsulenten skriver inte ner något om dig.`,
        en: `A support conversation gives you time to talk about how you are, what feels heavy and what gives you strength. The consultant listens, gives information and helps you find a way forward.

Conversations are shaped around you: once or several times, at the office, by phone or at a place you choose. The support is free, you may stay anonymous and the consultants keep no notes about you. They work under secrecy.`,
      },
      howToGet: {
        sv: 'Ring eller mejla anhörigkonsulenterna, eller fyll i "Jag vill bli kontaktad". Du behöver ingen ansökan och inget beslut.',
        'sv-easy': 'Ring till oss. Eller skriv att du vill att vi ringer dig. Du behöver inte ansöka.',
        en: 'Call or e-mail the carer support consultants, or fill in "I want to be contacted". No application or decision is needed.',
      },
      contact: 'Anhörigkonsulenterna via kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'anhoriggrupper',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Södertälje kommun, anhörigkonsulenterna',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Anhöriggrupper', 'sv-easy': 'Grupper för anhöriga', en: 'Carer groups' },
      summary: {
        sv: 'Samtalsgrupper där du möter andra anhöriga i en liknande situation. Grupperna träffas ofta sen eftermiddag eller kväll.',
        'sv-easy': 'Du träffar andra som också hjälper någon. Ni pratar med varandra. Ofta träffas ni på kvällen.',
        en: 'Talking groups where you meet other carers in a similar situation. Groups often meet in the late afternoon or evening.',
      },
      description: {
        sv: `I en anhöriggrupp träffas några anhöriga under flera tillfällen tillsammans med en anhörigkonsulent. Ni delar erfarenheter, får kunskap och stöttar varandra. Det som sägs i gruppen stannar i gruppen.

Det finns grupper för anhöriga till äldre och personer med demens, till personer med funktionsnedsättning och till personer med psykisk ohälsa eller missbruk. Grupperna kan läggas på sen eftermiddag eller kväll så att fler kan komma.`,
        'sv-easy': `Ni är några anhöriga som träffas flera gånger. En anhörigkonsulent är med. Ni pratar och lär er saker. Det ni säger stannar i gruppen.

Det finns olika grupper. Till exempel för dig som har en närstående med demens. Grupperna träffas ofta på kvällen.`,
        en: `In a carer group a few carers meet several times together with a carer support consultant. You share experiences, gain knowledge and support each other. What is said in the group stays in the group.

There are groups for carers of older people and people with dementia, of people with disabilities and of people with mental ill-health or addiction. Groups may meet in the late afternoon or evening so that more people can come.`,
      },
      howToGet: {
        sv: 'Anmäl dig till en grupp i kalendern eller kontakta en anhörigkonsulent. Ingen ansökan behövs.',
        'sv-easy': 'Anmäl dig i kalendern. Eller ring oss.',
        en: 'Sign up for a group in the calendar or contact a carer support consultant. No application is needed.',
      },
      contact: 'Anhörigkonsulenterna via kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'utbildning',
      type: 'education',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Södertälje kommun, anhörigkonsulenterna',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Utbildning för anhöriga', 'sv-easy': 'Kurs för anhöriga', en: 'Courses for carers' },
      summary: {
        sv: 'Utbildningar som ger dig kunskap om din närståendes sjukdom eller funktionsnedsättning, så att du lättare kan förstå och hjälpa.',
        'sv-easy': 'Du lär dig mer om sjukdomen eller funktionsnedsättningen. Då blir det lättare att förstå och hjälpa.',
        en: 'Courses that give you knowledge about your close one’s illness or disability, so that it becomes easier to understand and help.',
      },
      description: {
        sv: `Utbildningen är ett direkt stöd till dig som anhörig. Den ger kunskap om till exempel demens, psykisk ohälsa eller neuropsykiatriska funktionsnedsättningar, om vilket stöd som finns och om hur du kan ta hand om dig själv.

Utbildningar för medborgare kan läggas på sen eftermiddag eller kväll.`,
      },
      howToGet: { sv: 'Se aktuella utbildningar i kalendern eller fråga en anhörigkonsulent.' },
      contact: 'Anhörigkonsulenterna via kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'anhorigtraffar',
      type: 'carer_meeting',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Södertälje kommun, anhörigkonsulenterna och verksamheterna',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Anhörigträffar med tema', 'sv-easy': 'Träffar för anhöriga', en: 'Theme meetings for carers' },
      summary: {
        sv: 'Träffar ute i verksamheterna, till exempel på ett boende eller en daglig verksamhet, med fokus på ett tema inom anhörigstöd.',
        'sv-easy': 'Träffar där din närstående bor eller är på dagen. Varje träff har ett ämne.',
        en: 'Meetings in the services, for example at a care home or a day centre, each with a theme related to carer support.',
      },
      description: {
        sv: `Anhörigträffar anordnas inom verksamheterna, ofta tillsammans med enhetens anhörigombud och resultatenhetschef. Anhörigkonsulenten kan bjudas in och berätta om ett tema, till exempel att vara anhörig när någon flyttar till ett boende.

Träffarna är öppna och kostnadsfria, och ingen dokumentation förs.`,
      },
      howToGet: { sv: 'Inbjudan kommer från verksamheten där din närstående har stöd. Du kan också se träffarna i kalendern.' },
      contact: 'Enhetens anhörigombud eller anhörigkonsulenterna, 08-000 00 00',
    },
    {
      key: 'barn-som-anhoriga',
      type: 'information',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Södertälje kommun, anhörigkonsulenterna, Barn och ungdom och elevhälsan',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: 17,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Stöd till barn och unga som är anhöriga', 'sv-easy': 'Stöd till barn som har en sjuk förälder eller ett sjukt syskon', en: 'Support for children and young carers' },
      summary: {
        sv: 'Barn och unga som har en förälder, ett syskon eller någon annan närstående som är sjuk eller har det svårt kan få information, vägledning och stöd.',
        'sv-easy': 'Är du under 18 år? Är någon i din familj sjuk? Då kan du få prata med någon och få hjälp.',
        en: 'Children and young people whose parent, sibling or other close one is ill or struggling can get information, guidance and support.',
      },
      description: {
        sv: `Anhörigkonsulenterna uppmärksammar, informerar och vägleder barn som är anhöriga. Verksamheten Barn och ungdom på socialkontoret har det samlade ansvaret för socialtjänstens insatser till barn. Stöd kan också komma från skolsköterskor och kuratorer på skolan.

Hälso- och sjukvården har enligt lag ett ansvar för att barn får information, råd och stöd när en förälder eller annan vuxen i familjen är sjuk.`,
      },
      howToGet: { sv: 'Prata med skolsköterskan eller kuratorn, eller kontakta en anhörigkonsulent. En vuxen kan också ta kontakt för barnets räkning.' },
      contact: 'Anhörigkonsulenterna, 08-000 00 00, eller elevhälsan på din skola',
    },
    {
      key: 'insatser-for-egen-del',
      type: 'other',
      supportKind: 'direct',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun, biståndshandläggarna',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Beror på insatsen',
      title: { sv: 'Biståndsbedömt stöd för din egen del', 'sv-easy': 'Ansök om hjälp för dig själv', en: 'Needs-assessed support for yourself' },
      summary: {
        sv: 'Som anhörig har du rätt att ansöka om insatser för din egen del. En handläggare utreder dina behov och fattar beslut.',
        'sv-easy': 'Du kan ansöka om hjälp för dig själv. En handläggare tittar på vad du behöver. Sedan får du ett beslut.',
        en: 'As a carer you have the right to apply for support for your own sake. A case officer assesses your needs and makes a decision.',
      },
      description: {
        sv: `Utöver det öppna stödet kan anhörigstöd ges som biståndsbedömda insatser av anhörigstödjande eller avlösande karaktär. Handläggaren lyssnar in både din och den närståendes situation för att hitta en lösning som fungerar.

Handläggaren kan också hjälpa dig att komma i kontakt med en anhörigkonsulent.`,
      },
      howToGet: { sv: 'Kontakta biståndsenheten och berätta att du vill ansöka om stöd som anhörig.' },
      contact: 'Biståndsenheten via kommunens kontaktcenter, 08-000 00 00',
    },
    // ── Indirekt stöd: ges till den närstående, biståndsbedömt ───────────────────────────────
    {
      key: 'avlosning',
      type: 'respite',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift kan tas ut enligt kommunens taxa',
      title: { sv: 'Avlösning i hemmet', 'sv-easy': 'Någon annan tar hand om din närstående en stund', en: 'Respite at home' },
      summary: {
        sv: 'En avlösare tar över omsorgen om din närstående i hemmet en stund, så att du kan vila eller göra något för din egen skull.',
        'sv-easy': 'En person från kommunen kommer hem till er. Personen tar hand om din närstående. Då kan du vila eller gå ut.',
        en: 'A respite worker takes over the care of your close one at home for a while, so that you can rest or do something for yourself.',
      },
      description: {
        sv: `Avlösning är ett indirekt stöd: insatsen ges till den närstående men syftar till att underlätta för dig som anhörig. Avlösaren kommer hem till er på tider som ni kommer överens om.

Avlösning beviljas efter en biståndsbedömning. Med den närståendes samtycke kan du vara med när behoven utreds, och dina synpunkter ska tas tillvara.`,
        'sv-easy': `Avlösning är hjälp till din närstående. Men hjälpen är till för att du ska orka.

Du måste ansöka om avlösning. En handläggare bestämmer om ni får det. Du kan vara med när handläggaren pratar med din närstående, om din närstående vill det.`,
        en: `Respite is indirect support: it is given to the person you care for, but its purpose is to make life easier for you as a carer. The respite worker comes to your home at times you agree on.

Respite is granted after a needs assessment. With your close one’s consent you can take part when the needs are assessed, and your views are to be taken into account.`,
      },
      howToGet: {
        sv: 'Den närstående, eller du med den närståendes samtycke, ansöker hos en biståndshandläggare.',
        'sv-easy': 'Ring till en handläggare och ansök. Din närstående måste säga ja.',
        en: 'The person you care for, or you with their consent, applies to a case officer.',
      },
      contact: 'Biståndsenheten via kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'stodfamilj',
      type: 'support_family',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun',
      targetGroups: ['disability'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Stödfamilj', 'sv-easy': 'Stödfamilj', en: 'Support family' },
      summary: {
        sv: 'Ett barn eller en ung person med funktionsnedsättning bor några dygn i månaden hos en stödfamilj, vilket ger familjen andrum.',
        'sv-easy': 'Ditt barn bor hos en annan familj några dagar. Då får du och din familj vila.',
        en: 'A child or young person with a disability stays a few days a month with a support family, giving the family a break.',
      },
      description: { sv: 'Stödfamilj är en insats till den närstående som samtidigt avlastar föräldrar och syskon. Insatsen beviljas efter utredning.' },
      howToGet: { sv: 'Ansök hos LSS-handläggningen eller socialkontoret.' },
      contact: 'Kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'dagverksamhet',
      type: 'day_activity',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun',
      targetGroups: ['older'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Dagverksamhet', 'sv-easy': 'Dagverksamhet', en: 'Day activities' },
      summary: {
        sv: 'Dagverksamhet ger din närstående gemenskap och aktivitet under dagen, och dig tid för annat.',
        'sv-easy': 'Din närstående är på ett ställe under dagen. Där finns aktiviteter och andra människor. Du får tid för dig själv.',
        en: 'Day activities give your close one company and activity during the day, and give you time for other things.',
      },
      description: { sv: 'Dagverksamhet, till exempel för personer med demens, är ett indirekt stöd som beviljas efter en biståndsbedömning.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare.' },
      contact: 'Biståndsenheten via kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'ledsagning',
      type: 'escort',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift kan tas ut enligt kommunens taxa',
      title: { sv: 'Ledsagning', 'sv-easy': 'Någon följer med din närstående', en: 'Escort service' },
      summary: {
        sv: 'En ledsagare följer med din närstående på aktiviteter och ärenden, så att du inte alltid behöver göra det.',
        'sv-easy': 'En person följer med din närstående ut. Till exempel till affären. Då behöver inte du göra det.',
        en: 'An escort accompanies your close one to activities and errands, so that you do not always have to.',
      },
      description: { sv: 'Ledsagning är ett indirekt stöd till anhöriga som beviljas efter utredning enligt socialtjänstlagen eller LSS.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare eller LSS-handläggare.' },
      contact: 'Kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'korttidsboende',
      type: 'short_term_stay',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Korttidsboende och växelvård', 'sv-easy': 'Din närstående bor på ett annat ställe några dagar', en: 'Short-term stay and alternating care' },
      summary: {
        sv: 'Din närstående bor några dagar eller veckor på ett korttidsboende, ibland regelbundet som växelvård, så att du får vila.',
        'sv-easy': 'Din närstående bor några dagar på ett boende. Du får vila hemma.',
        en: 'Your close one stays a few days or weeks at a short-term care home, sometimes regularly as alternating care, so that you can rest.',
      },
      description: { sv: 'Korttidsboende är ett indirekt stöd som beviljas efter en biståndsbedömning.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare.' },
      contact: 'Biståndsenheten via kommunens kontaktcenter, 08-000 00 00',
    },
    {
      key: 'hemtjanst',
      type: 'home_care',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Södertälje kommun',
      targetGroups: ['older', 'disability', 'long_term_illness'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Hemtjänst', 'sv-easy': 'Hemtjänst', en: 'Home care' },
      summary: {
        sv: 'Hemtjänst ger din närstående hjälp i vardagen hemma, vilket kan minska det du behöver göra som anhörig.',
        'sv-easy': 'Personal från kommunen hjälper din närstående hemma. Då behöver du göra mindre.',
        en: 'Home care gives your close one help with everyday life at home, which can reduce what you need to do as a carer.',
      },
      description: { sv: 'Hemtjänst är ett indirekt stöd till anhöriga. Medarbetarna i hemtjänsten har ofta den första kontakten med anhöriga och kan förmedla kontakt med en anhörigkonsulent.' },
      howToGet: { sv: 'Ansök hos en biståndshandläggare.' },
      contact: 'Biståndsenheten via kommunens kontaktcenter, 08-000 00 00',
    },
  ],

  partners: [
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
        so: 'Waa maxay taageerada qaraabada (anhörigstöd)?',
      },
      summary: {
        sv: 'Anhörigstöd är stöd till dig som hjälper, vårdar eller stödjer någon i din närhet. Stödet är kostnadsfritt och du får vara anonym.',
        'sv-easy': 'Du som hjälper någon kan få stöd. Stödet är gratis. Du behöver inte säga ditt namn.',
        en: 'Carer support is support for you who help, care for or support someone close to you. It is free of charge and you may stay anonymous.',
        ar: 'دعم الأقارب (anhörigstöd) هو دعم لك أنت الذي تساعد أو تعتني أو تدعم شخصًا قريبًا منك. الدعم مجاني ويمكنك أن تبقى مجهول الهوية.',
        fi: 'Omaistuki on tukea sinulle, joka autat, hoidat tai tuet läheistäsi. Tuki on maksutonta, ja voit asioida nimettömänä.',
        fa: 'حمایت از خویشاوندان (anhörigstöd) کمکی است برای شما که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید. این حمایت رایگان است و می‌توانید ناشناس بمانید.',
        so: 'Anhörigstöd waa taageero loogu talagalay adiga oo caawiya, daryeela ama taageera qof kuu dhow. Taageeradu waa bilaash, waxaadna xaq u leedahay inaadan magacaaga sheegin.',
      },
      body: {
        sv: `Du som hjälper en närstående som är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett beroende är anhörig. Det kan vara din partner, förälder, ditt barn, syskon, en vän eller en granne.

Anhörigstöd är stöd som är till för dig, inte för den du hjälper. Målet är att underlätta din situation fysiskt, psykiskt och socialt, så att du orkar, mår bra och känner dig sedd för det du gör.

## Vad kan du få?

- Stödsamtal med en anhörigkonsulent
- Anhöriggrupper där du träffar andra i en liknande situation
- Utbildning och tematräffar, ibland på kvällstid
- Hjälp att hitta rätt stöd i kommunen och i vården

## Bra att veta

- Stödet är kostnadsfritt.
- Du har rätt att vara anonym.
- I den öppna verksamheten skriver vi inga anteckningar om dig.

Södertälje kommun har tre anhörigkonsulenter. En arbetar med anhöriga till äldre, en med anhöriga till personer med funktionsnedsättning och en med anhöriga till personer med psykisk ohälsa eller missbruk. Hör av dig – du behöver inte ha en färdig fråga.`,
        'sv-easy': `Hjälper du någon i din familj? Eller en vän? Personen kanske är gammal eller sjuk. Eller har en funktionsnedsättning. Då är du anhörig.

Kommunen har stöd till dig som är anhörig. Stödet är till för dig. Det ska hjälpa dig att orka.

## Det här kan du få

- Prata med en anhörigkonsulent
- Träffa andra anhöriga i en grupp
- Gå på kurser och träffar

## Bra att veta

- Det är gratis.
- Du behöver inte säga ditt namn.
- Vi skriver inte ner något om dig.

Ring oss om du vill prata.`,
        en: `You are a carer if you help someone close to you who is older, long-term ill, or has a disability, mental ill-health or an addiction. It may be your partner, parent, child, sibling, a friend or a neighbour.

Carer support is support for you, not for the person you help. The aim is to make your situation easier physically, mentally and socially, so that you can keep going, feel well and feel seen for what you do.

## What can you get?

- Support conversations with a carer support consultant
- Carer groups where you meet others in a similar situation
- Courses and theme meetings, sometimes in the evening
- Help to find the right support in the municipality and in health care

## Good to know

- The support is free of charge.
- You have the right to stay anonymous.
- In our open activities we keep no notes about you.

Södertälje has three carer support consultants: one for carers of older people, one for carers of people with disabilities and one for carers of people with mental ill-health or addiction. Get in touch – you do not need a ready question.`,
        ar: `أنت قريب (anhörig) إذا كنت تساعد شخصًا قريبًا منك مسنًّا أو مريضًا لفترة طويلة، أو لديه إعاقة أو يعاني من مشاكل نفسية أو من الإدمان. قد يكون هذا الشخص شريك حياتك أو أحد والديك أو طفلك أو أخاك أو أختك أو صديقًا أو جارًا.

دعم الأقارب موجّه إليك أنت، وليس إلى الشخص الذي تساعده. الهدف هو أن يصبح وضعك أسهل جسديًا ونفسيًا واجتماعيًا، وأن تبقى قادرًا على الاستمرار وبصحة جيدة.

## ماذا يمكنك أن تحصل عليه؟

- محادثات داعمة مع مستشار الأقارب (anhörigkonsulent)
- مجموعات للأقارب تلتقي فيها بأشخاص في وضع مشابه
- دورات تعليمية ولقاءات حول مواضيع مختلفة، أحيانًا في المساء
- مساعدة في إيجاد الدعم المناسب في البلدية وفي الرعاية الصحية

## من المفيد أن تعرف

- الدعم مجاني.
- يحق لك أن تبقى مجهول الهوية.
- لا نكتب أي ملاحظات عنك في الأنشطة المفتوحة.

لدى بلدية سودرتاليه ثلاثة مستشارين للأقارب. تواصل معنا – لست بحاجة إلى سؤال جاهز.`,
        fi: `Olet omainen, jos autat läheistä, joka on iäkäs tai pitkäaikaisesti sairas tai jolla on toimintarajoite, mielenterveyden ongelmia tai riippuvuus. Läheinen voi olla puolisosi, vanhempasi, lapsesi, sisaruksesi, ystäväsi tai naapurisi.

Omaistuki on tarkoitettu sinulle itsellesi, ei sille, jota autat. Tavoitteena on helpottaa tilannettasi fyysisesti, henkisesti ja sosiaalisesti, jotta jaksat ja voit hyvin.

## Mitä voit saada?

- Tukikeskusteluja omaiskonsulentin (anhörigkonsulent) kanssa
- Omaisryhmiä, joissa tapaat muita samassa tilanteessa olevia
- Koulutusta ja teematapaamisia, joskus iltaisin
- Apua oikean tuen löytämiseen kunnasta ja terveydenhuollosta

## Hyvä tietää

- Tuki on maksutonta.
- Sinulla on oikeus pysyä nimettömänä.
- Avoimessa toiminnassa emme kirjaa sinusta mitään.

Södertäljen kunnassa on kolme omaiskonsulenttia. Ota yhteyttä – sinulla ei tarvitse olla valmista kysymystä.`,
        fa: `اگر به یکی از نزدیکان خود کمک می‌کنید که سالمند است، بیماری طولانی‌مدت دارد، دارای معلولیت است، مشکلات روانی دارد یا به اعتیاد مبتلاست، شما یک خویشاوند مراقب (anhörig) هستید. این فرد می‌تواند همسر، پدر یا مادر، فرزند، خواهر یا برادر، دوست یا همسایه شما باشد.

حمایت از خویشاوندان برای خود شماست، نه برای کسی که به او کمک می‌کنید. هدف این است که وضعیت شما از نظر جسمی، روحی و اجتماعی آسان‌تر شود و توان و سلامت خود را حفظ کنید.

## چه کمکی می‌توانید دریافت کنید؟

- گفت‌وگوی حمایتی با مشاور خویشاوندان (anhörigkonsulent)
- گروه‌های خویشاوندان که در آن با افرادی در شرایط مشابه آشنا می‌شوید
- آموزش و جلسات موضوعی، گاهی در ساعات عصر
- کمک برای یافتن حمایت مناسب در کمون و در خدمات درمانی

## خوب است بدانید

- این حمایت رایگان است.
- شما حق دارید ناشناس بمانید.
- در فعالیت‌های باز هیچ یادداشتی درباره شما نوشته نمی‌شود.

کمون سودرتلیه سه مشاور خویشاوندان دارد. با ما تماس بگیرید – لازم نیست سؤال آماده‌ای داشته باشید.`,
        so: `Waxaad tahay qaraabo daryeel bixisa (anhörig) haddii aad caawiso qof kuu dhow oo waayeel ah, muddo dheer xanuunsan, naafo ah, qaba dhibaato caafimaadka maskaxda ah ama balwad. Qofkaasi wuxuu noqon karaa lammaanahaaga, waalidkaa, ilmahaaga, walaalkaa, saaxiib ama deris.

Taageeradan waxaa loogu talagalay adiga, ee looguma talagalin qofka aad caawiso. Ujeeddadu waa in xaaladdaadu fududaato xagga jirka, maskaxda iyo bulshada, si aad u awooddo oo aad caafimaad u hesho.

## Maxaad heli kartaa?

- Wadahadal taageero ah oo aad la yeelato lataliyaha qaraabada (anhörigkonsulent)
- Kooxo qaraabo oo aad kula kulanto dad kale oo xaalad la mid ah ku jira
- Waxbarasho iyo kulammo mawduuc leh, mararka qaarkood fiidkii
- Caawimaad aad ku hesho taageerada saxda ah ee degmada iyo daryeelka caafimaadka

## Waxaa fiican inaad ogaato

- Taageeradu waa bilaash.
- Waxaad xaq u leedahay inaadan magacaaga sheegin.
- Hawlaha furan waxba lagaama qoro.

Degmada Södertälje waxay leedahay saddex lataliye oo qaraabada ah. Nala soo xiriir – uma baahnid su'aal diyaar ah.`,
      },
    },
    {
      key: 'vem-ar-anhorig',
      slug: 'vem-ar-anhorig',
      order: 2,
      targetGroups: [],
      title: { sv: 'Vem är anhörig?', 'sv-easy': 'Vem är anhörig?', en: 'Who is a carer?' },
      summary: {
        sv: 'Du är anhörig om du vårdar eller stödjer en närstående som är äldre, långvarigt sjuk, har ett beroende, fysisk eller psykisk ohälsa eller en funktionsnedsättning. Barn kan också vara anhöriga.',
        'sv-easy': 'Du är anhörig om du hjälper någon som är sjuk, gammal eller har en funktionsnedsättning. Barn kan också vara anhöriga.',
        en: 'You are a carer if you care for or support someone close to you who is older, long-term ill, has an addiction, physical or mental ill-health or a disability. Children can be carers too.',
      },
      body: {
        sv: `En anhörig är en person som har en närstående som är äldre, långvarigt sjuk, beroende, har fysisk eller psykisk ohälsa eller en funktionsnedsättning. Den närstående är den person som får din hjälp.

Du behöver inte vara släkt. Du kan vara partner, förälder, barn, syskon, vän eller granne. Det spelar ingen roll om du hjälper till varje dag eller ibland.

## Barn som anhöriga

Barn och unga räknas också som anhöriga, till exempel när en förälder är sjuk eller har ett missbruk, eller när ett syskon har en funktionsnedsättning. Läs mer på sidan om barn och unga som anhöriga.

## Många känner inte igen sig

Många tänker inte på sig själva som anhöriga – de är bara en dotter, en make eller en vän. Om du känner att hjälpen tar mycket av din tid och kraft är du välkommen att höra av dig.`,
        'sv-easy': `Den som får hjälp kallas närstående. Den som hjälper kallas anhörig.

Du behöver inte vara släkt. Du kan vara en vän eller en granne.

Barn kan också vara anhöriga. Till exempel om mamma eller pappa är sjuk.

Tycker du att det är tungt att hjälpa? Hör av dig till oss.`,
        en: `A carer is a person whose close one is older, long-term ill, addicted, has physical or mental ill-health or a disability. The close one (närstående) is the person who gets your help.

You do not need to be related. You may be a partner, parent, child, sibling, friend or neighbour. It does not matter whether you help every day or now and then.

## Children as carers

Children and young people count as carers too, for example when a parent is ill or has an addiction, or when a sibling has a disability. Read more on the page about children and young carers.

## Many do not recognise themselves

Many people do not think of themselves as carers – they are just a daughter, a husband or a friend. If helping takes a lot of your time and strength, you are welcome to get in touch.`,
      },
    },
    {
      key: 'barn-och-unga-som-anhoriga',
      slug: 'barn-och-unga-som-anhoriga',
      order: 3,
      targetGroups: [],
      title: { sv: 'Barn och unga som anhöriga', 'sv-easy': 'För dig som är barn eller ung', en: 'Children and young carers' },
      summary: {
        sv: 'Är du under 18 år och har någon i familjen som är sjuk, har ett missbruk eller en funktionsnedsättning? Du har rätt till information och stöd.',
        'sv-easy': 'Är du under 18 år? Är någon i din familj sjuk? Du har rätt att få veta och att få hjälp.',
        en: 'Are you under 18 and someone in your family is ill, has an addiction or a disability? You have the right to information and support.',
      },
      body: {
        sv: `Det är vanligt att barn och unga har en förälder, ett syskon eller en annan närstående som är sjuk eller har det svårt. Du kan känna oro, ta ansvar hemma eller tycka att ingen frågar hur du har det. Det är inte ditt fel, och du ska inte behöva klara det själv.

## Här kan du få stöd

- Skolsköterskan eller kuratorn på din skola
- Anhörigkonsulenterna, som kan ge information och visa vägen till rätt stöd
- Barn och ungdom på socialkontoret, som har ansvar för socialtjänstens stöd till barn
- Hälso- och sjukvården, som ska ge dig information när en förälder eller annan vuxen i familjen är sjuk

## För vuxna runt barnet

Alla som arbetar i socialtjänsten och omsorgen ska uppmärksamma om det finns barn som är anhöriga. Om du är förälder och vill ha stöd för ditt barn kan du kontakta en anhörigkonsulent.`,
        'sv-easy': `Är mamma, pappa eller ett syskon sjuk? Då kan du känna dig orolig. Det är inte ditt fel. Du ska inte behöva klara allt själv.

## Här kan du få hjälp

- Skolsköterskan eller kuratorn i skolan
- En anhörigkonsulent i kommunen
- Socialkontoret

Du kan prata med en vuxen du litar på.`,
        en: `Many children and young people have a parent, sibling or other close one who is ill or struggling. You may feel worried, take on responsibility at home or feel that nobody asks how you are. It is not your fault, and you should not have to manage on your own.

## Where you can get support

- The school nurse or school counsellor at your school
- The carer support consultants, who can give information and show the way to the right support
- Children and Youth (Barn och ungdom) at the social services office, responsible for social services’ support to children
- Health care, which must give you information when a parent or other adult in your family is ill

## For adults around the child

Everyone working in social services and care must notice whether there are children who are carers. If you are a parent and want support for your child, you can contact a carer support consultant.`,
      },
    },
    {
      key: 'stod-utan-bistandsbeslut',
      slug: 'stod-utan-ansokan',
      order: 4,
      targetGroups: [],
      title: { sv: 'Stöd utan ansökan', 'sv-easy': 'Stöd du får utan att ansöka', en: 'Support without an application' },
      summary: {
        sv: 'Stödsamtal, anhöriggrupper, utbildning och anhörigträffar är direkt stöd till dig. Du behöver inget beslut, och det är kostnadsfritt.',
        'sv-easy': 'Vissa saker får du utan att ansöka. Till exempel samtal och grupper. Det är gratis.',
        en: 'Support conversations, carer groups, courses and carer meetings are direct support for you. No decision is needed, and it is free.',
      },
      body: {
        sv: `Direkt stöd är stöd som ges till dig som anhörig. Det erbjuds av anhörigkonsulenterna och kräver ingen ansökan eller biståndsbedömning.

## Det direkta stödet

- Stödsamtal, enskilt eller tillsammans med andra i familjen
- Anhöriggrupper
- Utbildning, så att du lättare kan förstå och hjälpa din närstående
- Anhörigträffar ute i verksamheterna, med ett tema

## När?

Verksamheten är i första hand öppen måndag till fredag. Anhöriggrupper och utbildningar kan läggas på sen eftermiddag eller kväll, och anhörigkonsulenterna anpassar sina tider efter anhörigas behov.

Stödet är kostnadsfritt och du får vara anonym.`,
        'sv-easy': `En del stöd får du direkt. Du behöver inte ansöka.

- Samtal med en anhörigkonsulent
- Grupper för anhöriga
- Kurser
- Träffar med ett ämne

Vi finns måndag till fredag. Grupper och kurser kan vara på kvällen. Det är gratis.`,
        en: `Direct support is support given to you as a carer. It is offered by the carer support consultants and needs no application or needs assessment.

## Direct support

- Support conversations, alone or with others in your family
- Carer groups
- Courses, so that you can better understand and help your close one
- Carer meetings in the services, each with a theme

## When?

The service is mainly open Monday to Friday. Carer groups and courses may be held in the late afternoon or evening, and the consultants adapt their hours to carers’ needs.

The support is free and you may stay anonymous.`,
      },
    },
    {
      key: 'anonymitet-och-sekretess',
      slug: 'anonymitet-och-sekretess',
      order: 5,
      targetGroups: [],
      title: { sv: 'Du får vara anonym', 'sv-easy': 'Du behöver inte säga ditt namn', en: 'You may stay anonymous' },
      summary: {
        sv: 'Du har rätt att vara anonym. Anhörigkonsulenterna arbetar under sekretess och dokumenterar inte stödet i den öppna verksamheten.',
        'sv-easy': 'Du behöver inte säga vem du är. Vi berättar inte för andra vad du säger.',
        en: 'You have the right to stay anonymous. The consultants work under secrecy and do not record open support.',
      },
      body: {
        sv: `Du bestämmer själv hur mycket du vill berätta. Ett förnamn eller ett påhittat namn och ett telefonnummer räcker för att vi ska kunna ringa dig.

## Sekretess

Anhörigkonsulenterna arbetar under offentlighets- och sekretesslagen. Det du berättar lämnas inte ut till andra utan ditt samtycke, inte heller till andra delar av kommunen.

## Ingen dokumentation i öppen verksamhet

Anhörigstöd i den öppna verksamheten dokumenteras inte. Inom Barn och ungdom dokumenteras bara insatser som bygger på utredning och beslut enligt socialtjänstlagen.

## Ett undantag

Om vi får veta att ett barn far illa är vi skyldiga att anmäla det till socialtjänsten.`,
        'sv-easy': `Du behöver inte säga ditt namn. Det räcker med ett förnamn och ett telefonnummer.

Anhörigkonsulenten har tystnadsplikt. Det betyder att hen inte får berätta för andra vad du säger.

Vi skriver inte ner något om dig.

Men om ett barn har det mycket dåligt måste vi säga det till socialtjänsten.`,
        en: `You decide how much you want to tell. A first name or a made-up name and a phone number are enough for us to call you.

## Secrecy

The carer support consultants work under the Public Access to Information and Secrecy Act. What you tell us is not shared with others without your consent, not even with other parts of the municipality.

## No records of open support

Carer support in open activities is not documented. Within Children and Youth, only measures based on an investigation and a decision under the Social Services Act are recorded.

## One exception

If we learn that a child is being harmed, we are obliged to report it to social services.`,
      },
    },
    {
      key: 'ansok-om-stod',
      slug: 'ansok-om-bistand',
      order: 6,
      targetGroups: [],
      title: { sv: 'Stöd som du ansöker om', 'sv-easy': 'Stöd som du måste ansöka om', en: 'Support you apply for' },
      summary: {
        sv: 'Avlösning, stödfamilj, dagverksamhet, ledsagning, korttidsboende och hemtjänst ges till den närstående efter en biståndsbedömning, men underlättar också för dig.',
        'sv-easy': 'En del hjälp måste du ansöka om. En handläggare bestämmer. Hjälpen går till din närstående men gör det lättare för dig.',
        en: 'Respite, support family, day activities, escort, short-term stay and home care are given to your close one after a needs assessment, but also make things easier for you.',
      },
      body: {
        sv: `Indirekt stöd är insatser som ges till den närstående men som syftar till att stödja dig som anhörig. Exempel är avlösning, stödfamilj, dagverksamhet, ledsagning, korttidsboende och hemtjänst. Dessa insatser kräver ett beslut efter en biståndsbedömning.

## Så går det till

- Den närstående ansöker hos en handläggare, eller du gör det med den närståendes samtycke.
- Handläggaren utreder behoven och lyssnar in både den sökandes och din situation.
- Handläggaren kan erbjuda dig att vara med i biståndsbedömningen, och dina synpunkter tas tillvara när den närstående samtycker till det.
- Du får ett skriftligt beslut som går att överklaga.

## Stöd för din egen del

Du har också rätt att ansöka om insatser för din egen del, av anhörigstödjande eller avlösande karaktär. Handläggaren ska hjälpa dig att komma i kontakt med en anhörigkonsulent om du vill det.`,
        'sv-easy': `En del hjälp går till din närstående. Men hjälpen gör det lättare för dig. Till exempel:

- Någon tar hand om din närstående hemma en stund
- Din närstående bor några dagar på ett boende
- Hemtjänst

Du måste ansöka om den här hjälpen. Du ansöker hos en handläggare. Handläggaren bestämmer.

Du kan också ansöka om hjälp för dig själv.`,
        en: `Indirect support means measures given to your close one that are meant to support you as a carer, such as respite, a support family, day activities, escort, short-term stay and home care. These require a decision after a needs assessment.

## How it works

- Your close one applies to a case officer, or you do so with their consent.
- The case officer assesses the needs and listens to both the applicant’s and your situation.
- The case officer can invite you to take part in the assessment, and your views are taken into account when your close one consents.
- You receive a written decision that can be appealed.

## Support for your own sake

You also have the right to apply for support for yourself, of a supportive or relieving kind. The case officer will help you get in touch with a carer support consultant if you wish.`,
      },
    },
  ],
};
