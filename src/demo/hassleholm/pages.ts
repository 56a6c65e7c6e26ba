// Hässleholm's other information pages in the demo (Swedish, lätt svenska and English).
import type { DemoPage } from '../types.js';

export const pages: DemoPage[] = [
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
];
