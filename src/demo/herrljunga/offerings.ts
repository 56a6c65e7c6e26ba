// Herrljunga's offerings in the demo (the catalogue of support).
import type { DemoOffering } from '../types.js';

export const offerings: DemoOffering[] = [
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
];
