// Vetlanda's first information page in the demo, "Vad är anhörigstöd?", in all seven languages.
import type { DemoPage } from '../types.js';

export const overviewPage: DemoPage = {
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
};
