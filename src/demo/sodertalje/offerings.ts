// Södertälje's offerings in the demo (the catalogue of support).
import type { DemoOffering } from '../types.js';

export const offerings: DemoOffering[] = [
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
];
