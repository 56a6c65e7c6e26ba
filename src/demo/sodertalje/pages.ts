// Södertälje's other information pages in the demo (Swedish, lätt svenska and English).
import type { DemoPage } from '../types.js';

export const pages: DemoPage[] = [
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
];
