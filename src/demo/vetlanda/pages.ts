// Vetlanda's other information pages in the demo (Swedish, lätt svenska and English).
import type { DemoPage } from '../types.js';

export const pages: DemoPage[] = [
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
];
