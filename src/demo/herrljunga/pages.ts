// Herrljunga's other information pages in the demo (Swedish, lätt svenska and English).
import type { DemoPage } from '../types.js';

export const pages: DemoPage[] = [
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
];
