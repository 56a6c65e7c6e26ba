// Demo data for Vetlanda kommun, from the joint guideline "Samverkan och samsyn för stöd till
// anhöriga i Vetlanda kommun" (2024) of vård- och omsorgsförvaltningen and socialförvaltningen
// (seeds/001_53334e19fa23d1b8.txt). The guideline sorts support into direct support to the carer
// (offered as a service, or needs-assessed for the carer's own part) and indirect support via the
// närstående. It names no specialist title; Bredvid uses anhörigkonsulent, one in each
// administration. Every person here is invented.
import type { DemoMunicipality } from './types.js';

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

  units: [
    // Vård- och omsorgsförvaltningen
    { key: 'vo', parentKey: null, kind: 'administration', name: 'Vård- och omsorgsförvaltningen' },
    { key: 'vo-aldre', parentKey: 'vo', kind: 'area', name: 'Äldreomsorg' },
    { key: 'anhorigstod', parentKey: 'vo-aldre', kind: 'unit', name: 'Anhörigstöd' },
    { key: 'hemtjanst-norr', parentKey: 'vo-aldre', kind: 'unit', name: 'Hemtjänst Norr' },
    { key: 'hemtjanst-landsbro', parentKey: 'vo-aldre', kind: 'unit', name: 'Hemtjänst Landsbro' },
    { key: 'sabo-bjorkhagen', parentKey: 'vo-aldre', kind: 'unit', name: 'Björkhagens vård- och omsorgsboende' },
    { key: 'dagverksamhet-solglantan', parentKey: 'vo-aldre', kind: 'unit', name: 'Dagverksamhet Solgläntan (demens)' },
    { key: 'vo-funk', parentKey: 'vo', kind: 'area', name: 'Funktionsstöd' },
    { key: 'daglig-verksamhet-ekbacken', parentKey: 'vo-funk', kind: 'unit', name: 'Daglig verksamhet Ekbacken' },
    { key: 'gruppbostad-vitsippan', parentKey: 'vo-funk', kind: 'unit', name: 'Gruppbostad Vitsippan' },
    { key: 'korttids-ugglan', parentKey: 'vo-funk', kind: 'unit', name: 'Korttidsvistelse Ugglan' },
    { key: 'vo-myndighet', parentKey: 'vo', kind: 'area', name: 'Myndighetsutövning' },
    { key: 'bistand', parentKey: 'vo-myndighet', kind: 'unit', name: 'Biståndshandläggning äldre och funktionsstöd' },
    { key: 'korttidsboende', parentKey: 'vo-myndighet', kind: 'unit', name: 'Korttidsboende och växelvård' },
    // Socialförvaltningen
    { key: 'so', parentKey: null, kind: 'administration', name: 'Socialförvaltningen' },
    { key: 'so-barn', parentKey: 'so', kind: 'area', name: 'Barn och familj' },
    { key: 'barn-utredning', parentKey: 'so-barn', kind: 'unit', name: 'Utredning barn och unga' },
    { key: 'familjeresursen', parentKey: 'so-barn', kind: 'unit', name: 'Familjeresursen (öppenvård)' },
    { key: 'so-vuxen', parentKey: 'so', kind: 'area', name: 'Vuxen – missbruk och beroende' },
    { key: 'vuxen-oppenvard', parentKey: 'so-vuxen', kind: 'unit', name: 'Öppenvård vuxna' },
    { key: 'vuxen-handlaggning', parentKey: 'so-vuxen', kind: 'unit', name: 'Handläggning vuxna' },
    { key: 'vald-i-nara-relationer', parentKey: 'so-vuxen', kind: 'unit', name: 'Stöd vid våld i nära relationer' },
    { key: 'so-psyk', parentKey: 'so', kind: 'area', name: 'Socialpsykiatri' },
    { key: 'boendestod', parentKey: 'so-psyk', kind: 'unit', name: 'Boendestöd' },
    { key: 'traffpunkten', parentKey: 'so-psyk', kind: 'unit', name: 'Träffpunkten' },
    // Regionen (utanför kommunen)
    { key: 'region', parentKey: null, kind: 'administration', name: 'Region Jönköpings län', external: true },
    { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
    { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentralerna i Vetlanda', external: true },
    { key: 'region-psyk', parentKey: 'region-hs', kind: 'unit', name: 'Psykiatrisk öppenvård', external: true },
  ],

  bodies: [
    {
      key: 'samverkan-so-vo',
      kind: 'steering_group',
      name: 'Samverkan socialförvaltningen – vård- och omsorgsförvaltningen',
      meetingsPerYear: null,
      description: 'Förvaltningsledningarna för SO och VO, som ansvarar för riktlinjen. Tar varje år fram en gemensam handlingsplan med aktiviteter för bättre samverkan, utifrån den gemensamma överenskommelse som funnits sedan mars 2015.',
    },
    {
      key: 'arbetsgrupp',
      kind: 'working_group',
      name: 'Arbetsgruppen för stöd till anhöriga',
      meetingsPerYear: null,
      description: 'Anhörigkonsulenterna i båda förvaltningarna med representanter för verksamheterna. Tar fram verksamhetsnära rutiner, bland annat ansvarsfördelningen för stödet till anhöriga, och håller den samlade informationen på hemsidan aktuell.',
    },
  ],

  staff: [
    {
      key: 'admin',
      name: 'Per Axelsson',
      email: 'admin@vetlanda.example.se',
      title: 'Systemförvaltare',
      roles: [{ role: 'admin', unitKey: null }],
    },
    {
      key: 'konsulent-vo',
      name: 'Ingrid Holmér',
      email: 'ingrid.holmer@vetlanda.example.se',
      title: 'Anhörigkonsulent, vård- och omsorgsförvaltningen',
      roles: [
        { role: 'specialist', unitKey: 'anhorigstod' },
        { role: 'specialist', unitKey: 'vo-aldre' },
        { role: 'specialist', unitKey: 'vo-funk' },
      ],
    },
    {
      key: 'konsulent-so',
      name: 'Ahmed Yusuf',
      email: 'ahmed.yusuf@vetlanda.example.se',
      title: 'Anhörigkonsulent, socialförvaltningen',
      roles: [
        { role: 'specialist', unitKey: 'anhorigstod' },
        { role: 'specialist', unitKey: 'so-vuxen' },
        { role: 'specialist', unitKey: 'so-psyk' },
        { role: 'specialist', unitKey: 'so-barn' },
      ],
    },
    {
      key: 'enhetschef-hemtjanst',
      name: 'Camilla Fransson',
      email: 'camilla.fransson@vetlanda.example.se',
      title: 'Enhetschef, Hemtjänst Norr',
      roles: [{ role: 'unit_manager', unitKey: 'hemtjanst-norr' }],
    },
    {
      key: 'medarbetare-hemtjanst',
      name: 'Oskar Lindqvist',
      email: 'oskar.lindqvist@vetlanda.example.se',
      title: 'Undersköterska',
      roles: [{ role: 'staff', unitKey: 'hemtjanst-norr' }],
    },
    {
      key: 'socialsekreterare-barn',
      name: 'Hanna Ruuth',
      email: 'hanna.ruuth@vetlanda.example.se',
      title: 'Socialsekreterare, Barn och familj',
      roles: [{ role: 'staff', unitKey: 'barn-utredning' }],
    },
    {
      key: 'handlaggare',
      name: 'Malin Gustafsson',
      email: 'malin.gustafsson@vetlanda.example.se',
      title: 'Biståndshandläggare',
      roles: [{ role: 'case_officer', unitKey: 'bistand' }],
    },
    {
      key: 'verksamhetschef-aldre',
      name: 'Björn Sandberg',
      email: 'bjorn.sandberg@vetlanda.example.se',
      title: 'Verksamhetschef äldreomsorg',
      roles: [{ role: 'area_manager', unitKey: 'vo-aldre' }],
    },
    {
      key: 'forvaltningschef-vo',
      name: 'Eva Lundholm',
      email: 'eva.lundholm@vetlanda.example.se',
      title: 'Förvaltningschef, vård- och omsorgsförvaltningen',
      roles: [{ role: 'director', unitKey: 'vo' }],
    },
    {
      key: 'forvaltningschef-so',
      name: 'Daniel Borgström',
      email: 'daniel.borgstrom@vetlanda.example.se',
      title: 'Förvaltningschef, socialförvaltningen',
      roles: [{ role: 'director', unitKey: 'so' }],
    },
    {
      key: 'namndledamot',
      name: 'Birgitta Nordahl',
      email: 'birgitta.nordahl@vetlanda.example.se',
      title: 'Ledamot, vård- och omsorgsnämnden',
      roles: [{ role: 'board', unitKey: null }],
    },
    {
      key: 'granskare',
      name: 'Sara Engström',
      email: 'sara.engstrom@vetlanda.example.se',
      title: 'Informationssäkerhetssamordnare',
      roles: [{ role: 'auditor', unitKey: null }],
    },
  ],

  offerings: [
    // ── Direkt stöd som service, utan biståndsbeslut ─────────────────────────────────────────
    {
      key: 'vagledning',
      type: 'information',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, anhörigstödet',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv', 'sv-easy', 'en'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Råd, information och vägledning', 'sv-easy': 'Råd och hjälp att hitta rätt', en: 'Advice, information and guidance' },
      summary: {
        sv: 'Information om vilket stöd som finns och vägledning till rätt hjälp i kommunen, hälso- och sjukvården och socialförsäkringen.',
        'sv-easy': 'Vi berättar vilken hjälp som finns. Vi hjälper dig att hitta rätt.',
        en: 'Information about the support available and guidance to the right help in the municipality, health care and social insurance.',
      },
      description: {
        sv: `Många anhöriga vill först och främst veta vad det finns för stöd och hur man går tillväga. Alla medarbetare som möter anhöriga ska kunna ge råd och information och vid behov vägleda dig vidare till en stödkontakt.

Anhörigkonsulenterna hjälper dig att hitta rätt i kommunens verksamheter, hos regionen och vårdcentralerna, hos Försäkringskassan och hos föreningar och kyrkor. Samlad information finns på kommunens hemsida och i broschyrer, på flera språk och på lätt svenska.`,
        'sv-easy': `Vill du veta vilken hjälp som finns? Fråga oss.

Vi kan hjälpa dig att hitta rätt. Till exempel i kommunen, i vården eller hos Försäkringskassan. Du kan läsa på kommunens hemsida. Där finns information på lätt svenska och på andra språk.`,
        en: `Many carers first of all want to know what support there is and how to go about it. All staff who meet carers should be able to give advice and information and, when needed, guide you on to a support contact.

The carer support consultants help you find your way in the municipality’s services, the region and health centres, the Social Insurance Agency, associations and churches. Collected information is on the municipality’s website and in brochures, in several languages and in plain Swedish.`,
      },
      howToGet: {
        sv: 'Ring anhörigstödet, fråga personalen där din närstående har stöd eller fyll i "Jag vill bli kontaktad". Ingen ansökan behövs.',
        'sv-easy': 'Ring oss. Eller fråga personalen. Du behöver inte ansöka.',
        en: 'Call the carer support team, ask the staff where your close one gets support, or fill in "I want to be contacted". No application is needed.',
      },
      contact: 'Anhörigstödet via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'stodsamtal',
      type: 'support_conversation',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, anhörigstödet',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Stödsamtal', 'sv-easy': 'Samtal med en anhörigkonsulent', en: 'Support conversations' },
      summary: {
        sv: 'Enskilda samtal med en anhörigkonsulent, utformade efter dina behov och önskemål. Stödet följs upp eftersom behoven förändras över tid.',
        'sv-easy': 'Du kan prata med en anhörigkonsulent om hur du har det. Ni kan ses flera gånger.',
        en: 'One-to-one conversations with a carer support consultant, shaped around your needs and wishes. The support is followed up, because needs change over time.',
      },
      description: {
        sv: `Som anhörig är det lätt att bara tänka på hur den närstående har det. I stödsamtalet är det du som står i fokus: dina behov, din hälsa och vad som kan göra vardagen lättare.

Stödet ska vara individuellt, flexibelt och förebyggande. Det betyder att det utgår från just din situation, att det följs upp fortlöpande och att rätt stöd ska ges vid rätt tidpunkt.`,
        'sv-easy': `Det är lätt att bara tänka på den du hjälper. I samtalet pratar vi om dig. Hur mår du? Vad behöver du?

Ni kan ses flera gånger. Vi frågar hur det går och om du behöver något mer.`,
        en: `As a carer it is easy to think only about how your close one is doing. In a support conversation the focus is on you: your needs, your health and what could make everyday life easier.

The support is individual, flexible and preventive. It starts from your situation, is followed up continuously, and aims to give the right support at the right time.`,
      },
      howToGet: {
        sv: 'Kontakta anhörigstödet eller be personalen förmedla kontakt. Ingen ansökan behövs.',
        'sv-easy': 'Ring oss. Du behöver inte ansöka.',
        en: 'Contact the carer support team or ask staff to pass on your contact. No application is needed.',
      },
      contact: 'Anhörigstödet via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'samtalsgrupper',
      type: 'carer_group',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, anhörigstödet',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Samtalsgrupper för anhöriga', 'sv-easy': 'Grupper för anhöriga', en: 'Talking groups for carers' },
      summary: {
        sv: 'Grupper där du träffar andra anhöriga, delar erfarenheter och får kunskap tillsammans.',
        'sv-easy': 'Du träffar andra anhöriga. Ni pratar och lär er saker tillsammans.',
        en: 'Groups where you meet other carers, share experiences and learn together.',
      },
      description: {
        sv: `I en samtalsgrupp möts anhöriga som har liknande erfarenheter, till exempel anhöriga till personer med demens, psykisk ohälsa eller missbruk. Gruppen leds av en anhörigkonsulent och ibland tillsammans med personal från regionen eller en förening.

Att höra hur andra gör kan ge både kunskap och kraft.`,
        'sv-easy': `Ni är några anhöriga som träffas. En anhörigkonsulent leder gruppen.

Det kan vara skönt att höra hur andra har det.`,
        en: `In a talking group, carers with similar experiences meet, for example carers of people with dementia, mental ill-health or addiction. A carer support consultant leads the group, sometimes together with staff from the region or an association.

Hearing how others manage can give both knowledge and strength.`,
      },
      howToGet: {
        sv: 'Anmäl dig i kalendern eller kontakta anhörigstödet.',
        'sv-easy': 'Anmäl dig i kalendern. Eller ring oss.',
        en: 'Sign up in the calendar or contact the carer support team.',
      },
      contact: 'Anhörigstödet via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'avlastning',
      type: 'respite',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, anhörigstödet',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Avlastning som service', 'sv-easy': 'Få vila en stund', en: 'Respite as a service' },
      summary: {
        sv: 'Kortare avlastning som erbjuds som en service till dig som anhörig, till exempel så att du kan delta i en samtalsgrupp eller en aktivitet.',
        'sv-easy': 'Någon tar hand om din närstående en kort stund. Då kan du gå på en grupp eller göra något för dig själv.',
        en: 'Shorter respite offered as a service to you as a carer, for example so that you can attend a talking group or an activity.',
      },
      description: {
        sv: `Riktlinjen räknar avlastning som ett direkt stöd till anhöriga som kan erbjudas som service, utan ansökan. Behöver du avlastning i större omfattning kan den närstående ansöka om avlösarservice, som är en biståndsbedömd insats.

Prata med en anhörigkonsulent om vad som passar er.`,
        'sv-easy': `Du behöver inte ansöka om en kort stunds vila.

Behöver du vila ofta? Då kan din närstående ansöka om avlösning. En anhörigkonsulent kan berätta mer.`,
        en: `The guideline counts respite as direct support to carers that can be offered as a service, without an application. If you need respite more often, your close one can apply for respite care, which is a needs-assessed service.

Talk to a carer support consultant about what suits you.`,
      },
      howToGet: {
        sv: 'Kontakta anhörigstödet.',
        'sv-easy': 'Ring oss.',
        en: 'Contact the carer support team.',
      },
      contact: 'Anhörigstödet via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'friskvard',
      type: 'wellness',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, anhörigstödet',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Friskvård och hälsofrämjande aktiviteter', 'sv-easy': 'Aktiviteter för att må bra', en: 'Wellness and health-promoting activities' },
      summary: {
        sv: 'Aktiviteter som hjälper dig att ta hand om din egen hälsa, så att du inte själv blir sjuk av din situation.',
        'sv-easy': 'Aktiviteter som hjälper dig att må bra. Till exempel promenader.',
        en: 'Activities that help you look after your own health, so that your situation does not make you ill.',
      },
      description: { sv: 'Stödet till anhöriga ska förebygga fysisk och psykisk ohälsa. Friskvårdsaktiviteter som promenadgrupper, avslappning och föreläsningar om hälsa är ett direkt stöd som erbjuds utan ansökan.' },
      howToGet: { sv: 'Se kalendern eller fråga anhörigstödet.' },
      contact: 'Anhörigstödet via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'kunskap',
      type: 'education',
      supportKind: 'direct',
      needsAssessment: false,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, anhörigstödet',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Kunskap och utbildning i omvårdnad', 'sv-easy': 'Lär dig mer', en: 'Knowledge and care training' },
      summary: {
        sv: 'Föreläsningar och utbildning om sjukdomar, funktionsnedsättningar och omvårdnad, och om att vara anhörig.',
        'sv-easy': 'Du kan lära dig mer om sjukdomar och om att hjälpa någon.',
        en: 'Lectures and training about illnesses, disabilities and care, and about being a carer.',
      },
      description: { sv: 'Information, utbildning i omvårdnad och hälsofrämjande aktiviteter är insatser som anhöriga efterfrågar enligt den nationella anhörigstrategin. Kommunen erbjuder kunskap som ett direkt stöd, ibland tillsammans med regionen och föreningar.' },
      howToGet: { sv: 'Se kalendern eller fråga anhörigstödet.' },
      contact: 'Anhörigstödet via kommunens kontaktcenter, 0383-00 00 00',
    },
    // ── Direkt stöd, behovsprövat ───────────────────────────────────────────────────────────
    {
      key: 'stod-for-egen-del',
      type: 'other',
      supportKind: 'direct',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Vetlanda kommun, biståndshandläggningen',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Beror på insatsen',
      title: { sv: 'Behovsprövat stöd för din egen del', 'sv-easy': 'Ansök om hjälp för dig själv', en: 'Needs-assessed support for yourself' },
      summary: {
        sv: 'Utöver stödet som ges som service kan du som anhörig ansöka om behovsprövade insatser för din egen del.',
        'sv-easy': 'Du kan ansöka om hjälp för dig själv. En handläggare bestämmer.',
        en: 'Besides the support offered as a service, you as a carer can apply for needs-assessed support for yourself.',
      },
      description: { sv: 'En handläggare utreder dina behov och fattar beslut. Dina behov som anhörig ska synliggöras i biståndsbedömningen.' },
      howToGet: { sv: 'Kontakta biståndshandläggningen eller be en anhörigkonsulent hjälpa dig.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0383-00 00 00',
    },
    // ── Indirekt stöd via den närstående, biståndsbedömt ─────────────────────────────────────
    {
      key: 'avlosarservice',
      type: 'respite',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Vetlanda kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift kan tas ut enligt kommunens taxa',
      title: { sv: 'Avlösarservice i hemmet', 'sv-easy': 'Avlösning hemma', en: 'Respite care at home' },
      summary: {
        sv: 'Personal tar över omsorgen om din närstående i hemmet under några timmar, efter beslut.',
        'sv-easy': 'Personal tar hand om din närstående hemma några timmar. Du måste ansöka.',
        en: 'Staff take over the care of your close one at home for a few hours, after a decision.',
      },
      description: { sv: 'Avlösarservice är ett indirekt stöd. När insatsen utformas efter både den närståendes och din situation ökar möjligheten att du verkligen får avlastning.' },
      howToGet: { sv: 'Den närstående ansöker hos biståndshandläggningen, eller du med den närståendes samtycke.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'ledsagarservice',
      type: 'escort',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Vetlanda kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift kan tas ut enligt kommunens taxa',
      title: { sv: 'Ledsagarservice', 'sv-easy': 'Någon följer med din närstående', en: 'Escort service' },
      summary: {
        sv: 'En ledsagare följer med din närstående på fritidsaktiviteter och ärenden.',
        'sv-easy': 'En person följer med din närstående ut.',
        en: 'An escort accompanies your close one to leisure activities and errands.',
      },
      description: { sv: 'Ledsagarservice är en biståndsbedömd insats till den närstående som också kan ge dig som anhörig andrum.' },
      howToGet: { sv: 'Ansök hos biståndshandläggningen.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'kontaktperson',
      type: 'other',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Vetlanda kommun',
      targetGroups: ['disability', 'mental_health', 'substance_use'],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Kostnadsfritt',
      title: { sv: 'Kontaktperson', 'sv-easy': 'Kontaktperson', en: 'Contact person' },
      summary: {
        sv: 'En kontaktperson blir ett medmänskligt stöd och sällskap för din närstående.',
        'sv-easy': 'Din närstående får en person att träffa och göra saker med.',
        en: 'A contact person becomes a companion and a source of support for your close one.',
      },
      description: { sv: 'Kontaktperson är en biståndsbedömd insats till den närstående. Den kan minska ensamheten för den närstående och därmed ditt ansvar som anhörig.' },
      howToGet: { sv: 'Ansök hos biståndshandläggningen eller socialförvaltningen.' },
      contact: 'Kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'korttidsboende',
      type: 'short_term_stay',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Vetlanda kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Korttidsboende och växelvård', 'sv-easy': 'Din närstående bor på ett annat ställe några dagar', en: 'Short-term stay and alternating care' },
      summary: {
        sv: 'Din närstående bor en tid utanför hemmet, ibland regelbundet som växelvård, så att du får vila.',
        'sv-easy': 'Din närstående bor några dagar på ett boende. Du får vila.',
        en: 'Your close one stays for a while outside the home, sometimes regularly as alternating care, so that you can rest.',
      },
      description: { sv: 'Korttidsboende utanför det egna hemmet är en biståndsbedömd insats. Den utformas efter både den närståendes och din situation.' },
      howToGet: { sv: 'Ansök hos biståndshandläggningen.' },
      contact: 'Biståndshandläggningen via kommunens kontaktcenter, 0383-00 00 00',
    },
    {
      key: 'vard-och-omsorg',
      type: 'home_care',
      supportKind: 'indirect',
      needsAssessment: true,
      provider: 'municipality',
      providerName: 'Vetlanda kommun',
      targetGroups: [],
      carerMinAge: null,
      carerMaxAge: null,
      languages: ['sv'],
      cost: 'Avgift enligt kommunens taxa',
      title: { sv: 'Vård, omsorg och behandling för den närstående', 'sv-easy': 'Hjälp och vård till din närstående', en: 'Care, support and treatment for your close one' },
      summary: {
        sv: 'Hemtjänst, vård och behandling utifrån den närståendes behov underlättar också för dig som anhörig.',
        'sv-easy': 'Din närstående kan få hjälp hemma. Då blir det lättare för dig.',
        en: 'Home care, care and treatment based on your close one’s needs also make things easier for you as a carer.',
      },
      description: { sv: 'Indirekt stöd är stöd, vård och omsorg till den närstående utifrån den närståendes behov, som samtidigt underlättar för den anhörige. Anhörigperspektivet ska beaktas vid alla beslut om biståndsbedömda insatser för den närstående.' },
      howToGet: { sv: 'Den närstående ansöker hos biståndshandläggningen eller socialförvaltningen.' },
      contact: 'Kommunens kontaktcenter, 0383-00 00 00',
    },
  ],

  partners: [
    {
      key: 'region',
      kind: 'region',
      name: 'Region Jönköpings län',
      offers: {
        sv: 'Hälso- och sjukvård för den närstående, och information, råd och stöd till barn när en förälder är sjuk. Inom regionen kallas du som anhörig ofta "närstående".',
        'sv-easy': 'Regionen har hand om sjukvården. I sjukvården kallas du ofta närstående.',
        en: 'Health care for your close one, and information, advice and support to children when a parent is ill. In the region’s services, carers are often called "närstående".',
      },
      targetGroups: [],
      contact: '1177 för sjukvårdsrådgivning',
      url: null,
      councilMember: false,
    },
    {
      key: 'vardcentraler',
      kind: 'health_centre',
      name: 'Vårdcentralerna i Vetlanda',
      offers: {
        sv: 'Stöd om din egen hälsa påverkas av din situation som anhörig, och samverkan med kommunen kring din närstående.',
        'sv-easy': 'Mår du dåligt? Gå till vårdcentralen.',
        en: 'Support if your own health is affected by your situation as a carer, and cooperation with the municipality about your close one.',
      },
      targetGroups: [],
      contact: 'Din vårdcentral eller 1177',
      url: null,
      councilMember: false,
    },
    {
      key: 'svenska-kyrkan',
      kind: 'church',
      name: 'Svenska kyrkan i Vetlanda',
      offers: {
        sv: 'Samtal, gemenskap och sorgegrupper, oavsett tro.',
        'sv-easy': 'Du kan prata med någon i kyrkan. Du behöver inte vara troende.',
        en: 'Conversations, fellowship and grief groups, whatever your faith.',
      },
      targetGroups: [],
      contact: 'Församlingsexpeditionen',
      url: 'https://www.svenskakyrkan.se',
      councilMember: false,
    },
    {
      key: 'frikyrkorna',
      kind: 'church',
      name: 'Frikyrkoförsamlingarna i Vetlanda',
      offers: {
        sv: 'Samtal och sociala träffar som är öppna för alla.',
        'sv-easy': 'Träffar som alla får gå på.',
        en: 'Conversations and social gatherings open to everyone.',
      },
      targetGroups: [],
      contact: 'Respektive församling',
      url: null,
      councilMember: false,
    },
    {
      key: 'foreningar',
      kind: 'association',
      name: 'Föreningar och intresseorganisationer',
      offers: {
        sv: 'Patient-, pensionärs- och intresseföreningar ger kunskap, gemenskap och stöd från andra med egen erfarenhet. Anhörigstödet kan tipsa om en förening som passar dig.',
        'sv-easy': 'Det finns föreningar för anhöriga. Där träffar du andra med samma erfarenhet.',
        en: 'Patient, pensioner and interest associations offer knowledge, fellowship and peer support. The carer support team can suggest one that suits you.',
      },
      targetGroups: [],
      contact: 'Fråga anhörigstödet',
      url: null,
      councilMember: false,
    },
    {
      key: 'nka',
      kind: 'national',
      name: 'Nka – Nationellt kompetenscentrum anhöriga',
      offers: {
        sv: 'Nationellt kunskapscentrum för alla anhöriga, oavsett den närståendes ålder, sjukdom, diagnos eller funktionsnedsättning. En länk mellan ideell sektor, beslutsfattare och forskning.',
        'sv-easy': 'En webbplats med kunskap för alla anhöriga.',
        en: 'The national knowledge centre for all carers, whatever the age, illness, diagnosis or disability of the person cared for.',
      },
      targetGroups: [],
      contact: 'Via webbplatsen',
      url: 'https://anhoriga.se',
      councilMember: false,
    },
    {
      key: 'socialstyrelsen',
      kind: 'national',
      name: 'Socialstyrelsen – Kunskapsguiden',
      offers: {
        sv: 'Kunskapsstöd om anhörigperspektivet i hälso- och sjukvården och socialtjänsten, främst för personal.',
        'sv-easy': 'Fakta om anhöriga för personal.',
        en: 'Knowledge support on the carer perspective in health care and social services, mainly for staff.',
      },
      targetGroups: [],
      contact: 'Via webbplatsen',
      url: null,
      councilMember: false,
    },
    {
      key: 'forsakringskassan',
      kind: 'national',
      name: 'Försäkringskassan',
      offers: {
        sv: 'Socialförsäkringen, till exempel närståendepenning när du är ledig från arbetet för att vara hos en närstående som är svårt sjuk.',
        'sv-easy': 'Du kan ibland få pengar när du är ledig från jobbet för att hjälpa någon som är mycket sjuk.',
        en: 'Social insurance, for example carer’s allowance (närståendepenning) when you take time off work to be with a close one who is seriously ill.',
      },
      targetGroups: [],
      contact: 'Försäkringskassans kundcenter',
      url: 'https://www.forsakringskassan.se',
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
        sv: 'Vad är stöd till anhöriga?',
        'sv-easy': 'Vad är stöd till anhöriga?',
        en: 'What is carer support?',
        ar: 'ما هو دعم الأقارب؟',
        fi: 'Mitä on omaisten tuki?',
        fa: 'حمایت از خویشاوندان چیست؟',
        so: 'Waa maxay taageerada qaraabada?',
      },
      summary: {
        sv: 'Stöd till anhöriga ska underlätta för dig som vårdar eller stödjer en närstående och förebygga att du själv blir sjuk. Det ges som råd och service, enskilt och i grupp, och som biståndsbeslut.',
        'sv-easy': 'Du som hjälper någon kan få stöd. Stödet ska hjälpa dig att orka och må bra.',
        en: 'Carer support is meant to make things easier for you who care for or support someone close, and to prevent you from becoming ill yourself. It is given as advice and service, individually and in groups, and by decision.',
        ar: 'يهدف دعم الأقارب إلى تسهيل حياتك إذا كنت تعتني بشخص قريب منك أو تدعمه، وإلى منع إصابتك أنت بالمرض. يُقدَّم الدعم على شكل نصائح وخدمات، بشكل فردي وفي مجموعات، وكذلك بقرار رسمي.',
        fi: 'Omaisten tuen tarkoitus on helpottaa arkeasi, kun hoidat tai tuet läheistäsi, ja ehkäistä omaa sairastumistasi. Tukea annetaan neuvontana ja palveluna, yksin ja ryhmässä, sekä päätöksellä.',
        fa: 'حمایت از خویشاوندان برای آسان‌تر کردن زندگی شماست که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید، و برای پیشگیری از بیمار شدن خود شما. این حمایت به صورت مشاوره و خدمات، به‌صورت فردی و گروهی، و همچنین با تصمیم رسمی ارائه می‌شود.',
        so: 'Taageerada qaraabada waxay kuu fududaynaysaa adiga oo daryeela ama taageera qof kuu dhow, waxayna ka hortagtaa inaad adigu xanuunsato. Waxaa la bixiyaa talo iyo adeeg ahaan, shakhsi ahaan iyo koox ahaan, iyo go\'aan ahaan.',
      },
      body: {
        sv: `Du är anhörig om du på något sätt ger omsorg, vård eller stöd till en närstående – en make eller maka, ett barn, en förälder, ett syskon, en vän eller en granne. Det spelar ingen roll om du hjälper till sällan eller ofta.

Stödet ska utgå från dina behov och önskemål, följas upp eftersom behoven förändras över tid och ges vid rätt tidpunkt. Syftet är att förebygga att du själv får fysisk eller psykisk ohälsa.

## Stöd till dig – direkt stöd

- Råd, information och vägledning
- Stödsamtal
- Samtalsgrupper
- Avlastning
- Friskvård
- Kunskap och utbildning

Det direkta stödet erbjuds som en service. Du kan också ansöka om behovsprövade insatser för din egen del.

## Stöd via din närstående – indirekt stöd

Vård, omsorg och behandling till din närstående, till exempel avlösarservice, ledsagning eller korttidsboende, underlättar också för dig. Sådana insatser beslutas efter en biståndsbedömning.

## I samverkan

Vård- och omsorgsförvaltningen och socialförvaltningen arbetar tillsammans, och med regionen, vårdcentralerna, kyrkorna och föreningarna. Målet är att du ska uppleva att stödet ges samordnat.`,
        'sv-easy': `Du är anhörig om du hjälper någon som står dig nära. Det kan vara din man, fru, ditt barn, din mamma, pappa, en vän eller en granne.

Kommunen vill att du ska orka. Därför finns stöd till dig.

## Det här kan du få

- Råd och hjälp att hitta rätt
- Prata med en anhörigkonsulent
- Träffa andra anhöriga i en grupp
- Vila en stund
- Lära dig mer

## Hjälp till din närstående

Din närstående kan få hjälp av kommunen. Till exempel hemtjänst. Det gör det lättare för dig. Då måste ni ansöka.

Kommunen och vården jobbar tillsammans.`,
        en: `You are a carer if you in any way give care or support to someone close to you – a spouse, a child, a parent, a sibling, a friend or a neighbour. It does not matter whether you help rarely or often.

Support is based on your needs and wishes, followed up because needs change over time, and given at the right time. Its purpose is to prevent you from developing physical or mental ill-health yourself.

## Support for you – direct support

- Advice, information and guidance
- Support conversations
- Talking groups
- Respite
- Wellness activities
- Knowledge and training

Direct support is offered as a service. You can also apply for needs-assessed support for yourself.

## Support through your close one – indirect support

Care, support and treatment for your close one, such as respite care, escort service or a short-term stay, also make things easier for you. These are decided after a needs assessment.

## Working together

The care administration and the social services administration work together, and with the region, health centres, churches and associations, so that you experience the support as joined up.`,
        ar: `أنت قريب (anhörig) إذا كنت تقدّم بأي شكل رعاية أو عناية أو دعمًا لشخص قريب منك – زوج أو زوجة، طفل، أحد الوالدين، أخ أو أخت، صديق أو جار. لا يهم إن كنت تساعد نادرًا أو كثيرًا.

يُبنى الدعم على احتياجاتك ورغباتك، ويُتابَع باستمرار لأن الاحتياجات تتغير مع الوقت. الهدف هو الوقاية من أن تصاب أنت بمرض جسدي أو نفسي.

## دعم لك مباشرة

- نصائح ومعلومات وإرشاد
- محادثات داعمة
- مجموعات حوار
- فترات راحة
- أنشطة صحية
- معرفة وتدريب

يُقدَّم الدعم المباشر كخدمة. ويمكنك أيضًا التقدم بطلب للحصول على دعم لنفسك بعد تقييم الاحتياجات.

## دعم عن طريق الشخص الذي تعتني به

الرعاية والعلاج المقدَّمان للشخص القريب منك، مثل خدمة الاستراحة أو المرافقة أو الإقامة القصيرة، تسهّل حياتك أيضًا. تُقرَّر هذه الخدمات بعد تقييم الاحتياجات.

## بالتعاون

تعمل إدارة الرعاية وإدارة الخدمات الاجتماعية معًا، ومع المنطقة (region) والمراكز الصحية والكنائس والجمعيات.`,
        fi: `Olet omainen, jos annat jollakin tavalla hoivaa, hoitoa tai tukea läheisellesi – puolisolle, lapselle, vanhemmalle, sisarukselle, ystävälle tai naapurille. Ei ole väliä, autatko harvoin vai usein.

Tuki perustuu tarpeisiisi ja toiveisiisi, ja sitä seurataan, koska tarpeet muuttuvat ajan myötä. Tavoitteena on ehkäistä, ettet itse sairastu fyysisesti tai psyykkisesti.

## Tukea sinulle suoraan

- Neuvontaa, tietoa ja ohjausta
- Tukikeskusteluja
- Keskusteluryhmiä
- Lepohetkiä
- Terveyttä edistävää toimintaa
- Tietoa ja koulutusta

Suoraa tukea tarjotaan palveluna. Voit myös hakea omaa tukea, joka myönnetään tarpeen arvioinnin jälkeen.

## Tukea läheisesi kautta

Läheisellesi annettava hoito ja hoiva, kuten lomitus, saattajapalvelu tai lyhytaikainen asuminen, helpottaa myös sinun arkeasi. Niistä päätetään tarpeen arvioinnin jälkeen.

## Yhteistyössä

Hoiva- ja hoitohallinto sekä sosiaalihallinto tekevät yhteistyötä keskenään sekä alueen (region), terveyskeskusten, seurakuntien ja yhdistysten kanssa.`,
        fa: `اگر به هر شکلی به یکی از نزدیکان خود مراقبت، پرستاری یا حمایت می‌دهید – همسر، فرزند، پدر یا مادر، خواهر یا برادر، دوست یا همسایه – شما یک خویشاوند مراقب (anhörig) هستید. فرقی نمی‌کند که گاهی کمک کنید یا اغلب.

حمایت بر اساس نیازها و خواسته‌های شما طراحی می‌شود و پیگیری می‌شود، چون نیازها با گذشت زمان تغییر می‌کنند. هدف این است که از بیماری جسمی یا روانی خود شما پیشگیری شود.

## حمایت مستقیم از شما

- مشاوره، اطلاعات و راهنمایی
- گفت‌وگوی حمایتی
- گروه‌های گفت‌وگو
- فرصت استراحت
- فعالیت‌های تندرستی
- دانش و آموزش

حمایت مستقیم به عنوان یک خدمت ارائه می‌شود. همچنین می‌توانید برای خودتان درخواست حمایتی بدهید که پس از ارزیابی نیاز تصمیم‌گیری می‌شود.

## حمایت از طریق فرد نزدیک شما

مراقبت و درمانی که به فرد نزدیک شما داده می‌شود، مانند خدمات جایگزین مراقب، همراهی یا اقامت کوتاه‌مدت، زندگی شما را نیز آسان‌تر می‌کند. این خدمات پس از ارزیابی نیاز تصمیم‌گیری می‌شوند.

## با همکاری

اداره مراقبت و اداره خدمات اجتماعی با یکدیگر و با منطقه (region)، مراکز بهداشتی، کلیساها و انجمن‌ها همکاری می‌کنند.`,
        so: `Waxaad tahay qaraabo daryeel bixisa (anhörig) haddii aad si uun daryeel ama taageero u siiso qof kuu dhow – xaas, ilmo, waalid, walaal, saaxiib ama deris. Muhiim ma aha inaad caawiso marmar ama marar badan.

Taageeradu waxay ku salaysan tahay baahiyahaaga iyo rabitaankaaga, waana la raacaa sababtoo ah baahiyuhu way isbeddelaan. Ujeeddadu waa in laga hortago inaad adigu jir ahaan ama maskax ahaan u xanuunsato.

## Taageero toos ah oo adiga laguu siiyo

- Talo, macluumaad iyo hagid
- Wadahadal taageero ah
- Kooxo wadahadal
- Nasasho
- Hawlo caafimaad
- Aqoon iyo waxbarasho

Taageerada tooska ah waxaa loo bixiyaa adeeg ahaan. Waxaad sidoo kale codsan kartaa taageero adiga kuu gaar ah oo la bixiyo kadib qiimeynta baahida.

## Taageero ka timaadda qofka aad daryeesho

Daryeelka iyo daaweynta qofka kuu dhow la siiyo, sida nasasho-bixin, raacid ama joogitaan muddo gaaban ah, ayaa adigana kuu fududeeya. Kuwaas waxaa go'aan laga gaaraa kadib qiimeynta baahida.

## Iska kaashi

Maamulka daryeelka iyo maamulka adeegga bulshada way wada shaqeeyaan, waxayna la shaqeeyaan gobolka (region), xarumaha caafimaadka, kaniisadaha iyo ururada.`,
      },
    },
    {
      key: 'vem-ar-anhorig',
      slug: 'vem-ar-anhorig',
      order: 2,
      targetGroups: [],
      title: { sv: 'Vem är anhörig?', 'sv-easy': 'Vem är anhörig?', en: 'Who is a carer?' },
      summary: {
        sv: 'Anhörig är den som ger omsorg, vård eller stöd till en närstående, oberoende av den närståendes diagnos, funktionsnedsättning, ålder eller kön.',
        'sv-easy': 'Du är anhörig om du hjälper någon. Det spelar ingen roll vilken sjukdom personen har.',
        en: 'A carer is someone who gives care or support to a close one, whatever that person’s diagnosis, disability, age or gender.',
      },
      body: {
        sv: `Med anhörig menas den person som på något sätt ger omsorg, vård och eller stöd. Det kan vara make eller maka, vårdnadshavare, barn, vuxna barn, syskon, vänner eller grannar. Det är inte kopplat till hur ofta eller hur mycket du hjälper.

Den som behöver vård, hjälp och stöd kallas närstående.

## Olika ord i kommunen och i vården

Inom kommunens verksamheter kallas du anhörig. Inom regionens hälso- och sjukvård kallas samma person ofta närstående. Det är bra att känna till om du har kontakt med både kommunen och vården.

## Barn och unga

Barn och unga kan också vara anhöriga. All personal som möter anhöriga ska uppmärksamma deras behov och erbjuda stöd, även till barn och unga.`,
        'sv-easy': `Den som hjälper kallas anhörig. Den som får hjälp kallas närstående.

Du kan vara anhörig till din man, fru, ditt barn, din förälder, ett syskon, en vän eller en granne.

I sjukvården används ibland ordet närstående för dig som hjälper.

Barn kan också vara anhöriga.`,
        en: `A carer is the person who in some way gives care or support. It may be a spouse, a guardian, a child, an adult child, a sibling, a friend or a neighbour. It is not about how often or how much you help.

The person who needs care, help and support is called the close one (närstående).

## Different words in the municipality and in health care

In the municipality’s services you are called anhörig. In the region’s health care the same person is often called närstående. This is good to know if you are in contact with both.

## Children and young people

Children and young people can also be carers. All staff who meet carers are to notice their needs and offer support, also to children and young people.`,
      },
    },
    {
      key: 'stod-utan-ansokan',
      slug: 'stod-utan-ansokan',
      order: 3,
      targetGroups: [],
      title: { sv: 'Stöd som service – utan ansökan', 'sv-easy': 'Stöd du får utan att ansöka', en: 'Support as a service – no application' },
      summary: {
        sv: 'Vägledning, stödsamtal, samtalsgrupper, avlastning, friskvård och kunskap erbjuds som en service till dig som anhörig.',
        'sv-easy': 'En del stöd får du direkt. Du behöver inte ansöka.',
        en: 'Guidance, support conversations, talking groups, respite, wellness and knowledge are offered as a service to you as a carer.',
      },
      body: {
        sv: `Stöd till anhöriga ges som råd och service, individuellt och i grupp. Du behöver inte ansöka och du behöver inget beslut.

## Det här finns

- Råd, information och vägledning till rätt hjälp
- Stödsamtal med en anhörigkonsulent
- Samtalsgrupper
- Avlastning
- Friskvård och hälsofrämjande aktiviteter
- Kunskap, till exempel utbildning i omvårdnad

## Information på flera sätt

Samlad information om stödet finns på kommunens hemsida och i broschyrer, på olika språk och på lätt svenska.`,
        'sv-easy': `En del stöd får du utan att ansöka:

- Råd och hjälp att hitta rätt
- Samtal
- Grupper
- En stunds vila
- Aktiviteter för att må bra
- Kurser

Information finns på lätt svenska och på andra språk.`,
        en: `Carer support is given as advice and service, individually and in groups. You do not need to apply and no decision is needed.

## What there is

- Advice, information and guidance to the right help
- Support conversations with a carer support consultant
- Talking groups
- Respite
- Wellness and health-promoting activities
- Knowledge, such as training in care

## Information in several ways

Collected information about the support is on the municipality’s website and in brochures, in different languages and in plain Swedish.`,
      },
    },
    {
      key: 'ansok-om-stod',
      slug: 'ansok-om-bistand',
      order: 4,
      targetGroups: [],
      title: { sv: 'Stöd som du ansöker om', 'sv-easy': 'Stöd som du måste ansöka om', en: 'Support you apply for' },
      summary: {
        sv: 'Du kan ansöka om behovsprövade insatser för din egen del. Din närstående kan få insatser som också underlättar för dig. Ditt perspektiv ska beaktas vid besluten.',
        'sv-easy': 'En del hjälp måste du ansöka om. En handläggare bestämmer. Handläggaren ska lyssna på dig.',
        en: 'You can apply for needs-assessed support for yourself. Your close one can get services that also help you. Your perspective is to be considered in the decisions.',
      },
      body: {
        sv: `Stöd till anhöriga ges även som biståndsbeslut. En handläggare utreder behoven och fattar beslut.

## För din egen del

Som anhörig kan du ansöka om behovsprövade insatser för din egen del. Dina behov ska synliggöras i biståndsbedömningen.

## För din närstående

Din närstående kan ansöka om insatser som avlösarservice, ledsagarservice, kontaktperson eller korttidsboende. När insatserna utformas efter både din och den närståendes situation ökar möjligheten att du får avlastning.

## Ditt perspektiv räknas

Anhörigperspektivet ska beaktas när kommunen beslutar om insatser för din närstående. Det ska särskilt beaktas vid misstanke om våld i nära relationer, mot barn eller vuxna. Om din närstående är över 18 år och samtycker ska du hållas informerad om hans eller hennes vård och omsorg.`,
        'sv-easy': `En del hjälp måste du ansöka om. Du ansöker hos en handläggare.

Du kan ansöka om hjälp för dig själv. Din närstående kan också ansöka om hjälp. Till exempel att någon följer med ut.

Handläggaren ska tänka på hur du har det.

Är din närstående över 18 år? Då ska hen säga ja innan vi berättar om hens vård för dig.`,
        en: `Carer support is also given by decision. A case officer assesses the needs and decides.

## For yourself

As a carer you can apply for needs-assessed support for yourself. Your needs are to be made visible in the assessment.

## For your close one

Your close one can apply for services such as respite care, escort service, a contact person or a short-term stay. When services are shaped around both your and your close one’s situation, you are more likely to get real relief.

## Your perspective counts

The carer perspective is to be considered whenever the municipality decides on services for your close one, and especially when violence in close relationships, against children or adults, is suspected. If your close one is over 18 and consents, you are to be kept informed about their care.`,
      },
    },
    {
      key: 'anonymitet-och-sekretess',
      slug: 'anonymitet-och-sekretess',
      order: 5,
      targetGroups: [],
      title: { sv: 'Anonymitet och sekretess', 'sv-easy': 'Vi berättar inte för andra', en: 'Anonymity and secrecy' },
      summary: {
        sv: 'Du kan ta kontakt utan att säga vem du är. Det du berättar omfattas av sekretess, och ditt samtycke styr vad som delas.',
        'sv-easy': 'Du behöver inte säga ditt namn. Vi berättar inte för andra vad du säger.',
        en: 'You can get in touch without saying who you are. What you tell us is covered by secrecy, and your consent decides what is shared.',
      },
      body: {
        sv: `Du kan ringa eller skicka en förfrågan utan att lämna ditt namn. Ett förnamn eller ett påhittat namn och ett telefonnummer räcker.

## Sekretess

All personal i socialtjänsten och vård och omsorg har tystnadsplikt. Uppgifter om dig och din närstående lämnas inte ut utan samtycke, inte heller mellan förvaltningarna.

## Dokumentation

Om du får fortsatt stöd, eller om en insats beslutas, dokumenteras det i en journal som skyddas av sekretess. Du har rätt att få veta vad som står om dig.

## Ett undantag

Om vi får veta att ett barn far illa är vi skyldiga att anmäla det till socialtjänsten.`,
        'sv-easy': `Du behöver inte säga ditt namn när du ringer.

Personalen har tystnadsplikt. Det betyder att de inte får berätta för andra vad du säger.

Får du hjälp under en längre tid skriver vi ner det. Du får läsa vad vi skriver.

Om ett barn har det mycket dåligt måste vi säga det till socialtjänsten.`,
        en: `You can call or send a request without giving your name. A first name or a made-up name and a phone number are enough.

## Secrecy

All staff in social services and care are bound by confidentiality. Information about you and your close one is not shared without consent, not even between the administrations.

## Records

If you receive continued support, or a service is decided, it is recorded in a file protected by secrecy. You have the right to know what is written about you.

## One exception

If we learn that a child is being harmed, we are obliged to report it to social services.`,
      },
    },
    {
      key: 'barn-och-unga-som-anhoriga',
      slug: 'barn-och-unga-som-anhoriga',
      order: 6,
      targetGroups: [],
      title: { sv: 'Barn och unga som anhöriga', 'sv-easy': 'För dig som är barn eller ung', en: 'Children and young carers' },
      summary: {
        sv: 'Barn och unga som har en närstående som är sjuk, har ett missbruk eller en funktionsnedsättning ska uppmärksammas och erbjudas stöd.',
        'sv-easy': 'Är någon i din familj sjuk? Du kan få hjälp, även om du är barn.',
        en: 'Children and young people whose close one is ill, has an addiction or a disability are to be noticed and offered support.',
      },
      body: {
        sv: `Alla som arbetar i kommunen och möter anhöriga ska uppmärksamma anhörigas behov och erbjuda stöd, även till barn och unga som är anhöriga.

När barn och ungdomar är berörda gäller det ofta flera verksamheter. Därför arbetar kommunen familjeorienterat: socialförvaltningen, vård och omsorg, skolan och regionen samordnar information och stöd till både barn och föräldrar.

## Vart kan du vända dig?

- En vuxen du litar på i skolan, till exempel skolsköterskan eller kuratorn
- Anhörigkonsulenten på socialförvaltningen
- Barn och familj på socialförvaltningen
- Sjukvården, som ska ge information till barn när en förälder är sjuk`,
        'sv-easy': `Är mamma, pappa eller ett syskon sjuk? Det kan vara jobbigt. Du kan få hjälp.

Prata med:

- skolsköterskan eller kuratorn
- en anhörigkonsulent
- socialförvaltningen`,
        en: `Everyone working in the municipality who meets carers is to notice their needs and offer support, also to children and young people who are carers.

When children and young people are involved, several services are often concerned. The municipality therefore works in a family-oriented way: social services, care, school and the region coordinate information and support to both children and parents.

## Where can you turn?

- An adult you trust at school, such as the school nurse or counsellor
- The carer support consultant at the social services administration
- Children and Families (Barn och familj) at the social services administration
- Health care, which must inform children when a parent is ill`,
      },
    },
  ],
};
