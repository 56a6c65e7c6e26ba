// Hässleholm's first information page in the demo, "Vad är anhörigstöd?", in all seven languages.
import type { DemoPage } from '../types.js';

export const overviewPage: DemoPage = {
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
    sv: 'Anhöriga har rätt till stöd från kommunen. I Hässleholm finns stödet där vården och omsorgen möter dig – och på nätet, i cirklar och i föreningarna.',
    'sv-easy': 'Du som hjälper någon har rätt till stöd. Du kan få stöd där din närstående får hjälp.',
    en: 'Carers have the right to support from the municipality. In Hässleholm, support is found where care meets you – and online, in circles and in the associations.',
    ar: 'يحق للأقارب الحصول على دعم من البلدية. في هسلهولم يوجد الدعم حيث تلتقي بك خدمات الرعاية – وكذلك عبر الإنترنت، وفي حلقات النقاش، وفي الجمعيات.',
    fi: 'Omaisilla on oikeus saada tukea kunnalta. Hässleholmissa tukea saa siellä, missä hoito ja hoiva kohtaavat sinut – sekä verkossa, ryhmissä ja yhdistyksissä.',
    fa: 'خویشاوندان حق دارند از کمون حمایت دریافت کنند. در هسله‌هولم این حمایت در جایی است که خدمات مراقبتی با شما روبه‌رو می‌شود – و همچنین در اینترنت، در گروه‌ها و در انجمن‌ها.',
    so: 'Qaraabadu waxay xaq u leeyihiin taageero ka timaadda degmada. Hässleholm taageeradu waxay joogtaa meesha daryeelku kula kulmo – iyo internetka, kooxaha iyo ururada.',
  },
  body: {
    sv: `Du är anhörig om du stödjer, vårdar eller har omsorg om någon närstående som inte klarar sig själv – till exempel någon som är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett missbruk. Anhöriga har rätt till stöd från kommunen enligt socialtjänstlagen, och stödet ska vara individuellt, flexibelt och av god kvalitet.

## Stödet finns där du är

I Hässleholm finns anhörigstödet så nära dig och din närstående som möjligt. Omkring 135 anhörigombud på boenden, i hemvården och i funktionsstödet bjuder in till samtal och anhörigträffar. Även i skolan och socialtjänsten finns personal som uppmärksammar anhöriga.

## Vart vänder du dig?

- Till anhörigombudet där din närstående får stöd
- Till anhörigkonsulenten, som lotsar dig vidare till rätt enhet
- Till anhörigstrategen, som arbetar för alla tre förvaltningarna

## Mer stöd

- En bra plats – anhörigstöd på nätet, när det passar dig
- Anhörigcirklar, bland annat med Röda Korset och Demensföreningen
- Föreningarna i Anhörigrådet

Du hittar alltid kommunens information om anhörigstöd på hassleholm.se/a-stod.`,
    'sv-easy': `Hjälper du någon som inte klarar sig själv? Till exempel någon som är gammal eller sjuk? Då är du anhörig. Du har rätt till stöd från kommunen.

## Fråga personalen

Det finns anhörigombud på boenden och i hemvården. De kan prata med dig.

## Ring oss

Anhörigkonsulenten hjälper dig att hitta rätt.

## Mer stöd

- En webbplats för anhöriga som heter En bra plats
- Grupper för anhöriga
- Föreningar

Läs mer på hassleholm.se/a-stod.`,
    en: `You are a carer if you support, look after or care for a close one who cannot manage on their own – for example someone who is older, long-term ill, or has a disability, mental ill-health or an addiction. Carers have the right to support from the municipality under the Social Services Act, and the support is to be individual, flexible and of good quality.

## Support where you are

In Hässleholm, carer support is as close to you and your close one as possible. About 135 carer ambassadors in care homes, home care and disability services invite carers to conversations and meetings. Staff in schools and social services also notice carers.

## Where to turn

- The carer ambassador where your close one gets support
- The carer support consultant, who guides you to the right unit
- The carer support strategist, who works for all three administrations

## More support

- En bra plats – online carer support, whenever it suits you
- Carer circles, for example with the Red Cross and the Dementia Association
- The associations of the Carers’ Council

The municipality’s information on carer support is always at hassleholm.se/a-stod.`,
    ar: `أنت قريب (anhörig) إذا كنت تدعم أو ترعى أو تعتني بشخص قريب منك لا يستطيع تدبير أموره بنفسه – مثل شخص مسنّ، أو مريض لفترة طويلة، أو لديه إعاقة أو مشاكل نفسية أو إدمان. يحق للأقارب الحصول على دعم من البلدية وفقًا لقانون الخدمات الاجتماعية، ويجب أن يكون الدعم فرديًا ومرنًا وذا جودة جيدة.

## الدعم موجود حيث أنت

في هسلهولم يوجد دعم الأقارب قريبًا منك ومن الشخص الذي تعتني به قدر الإمكان. يعمل نحو 135 مندوبًا للأقارب (anhörigombud) في دور الرعاية والرعاية المنزلية وخدمات ذوي الإعاقة، ويدعون الأقارب إلى محادثات ولقاءات.

## إلى من تتوجه؟

- إلى مندوب الأقارب في المكان الذي يحصل فيه قريبك على الدعم
- إلى مستشار الأقارب (anhörigkonsulent) الذي يرشدك إلى الجهة المناسبة
- إلى المسؤول الاستراتيجي عن دعم الأقارب (anhörigstrateg) الذي يعمل للإدارات الثلاث

## دعم إضافي

- موقع En bra plats – دعم للأقارب عبر الإنترنت في الوقت الذي يناسبك
- حلقات نقاش للأقارب، منها مع الصليب الأحمر وجمعية الخرف
- الجمعيات الأعضاء في مجلس الأقارب

تجد معلومات البلدية عن دعم الأقارب دائمًا على العنوان hassleholm.se/a-stod.`,
    fi: `Olet omainen, jos tuet, hoidat tai huolehdit läheisestäsi, joka ei pärjää omin avuin – esimerkiksi iäkkäästä tai pitkäaikaisesti sairaasta, tai henkilöstä, jolla on toimintarajoite, mielenterveyden ongelmia tai riippuvuus. Omaisilla on sosiaalipalvelulain mukaan oikeus saada tukea kunnalta, ja tuen on oltava yksilöllistä, joustavaa ja laadukasta.

## Tuki on siellä, missä sinä olet

Hässleholmissa omaistuki on mahdollisimman lähellä sinua ja läheistäsi. Noin 135 omaisyhdyshenkilöä (anhörigombud) hoivakodeissa, kotihoidossa ja vammaispalveluissa kutsuu omaisia keskusteluihin ja tapaamisiin.

## Kenen puoleen voit kääntyä?

- Omaisyhdyshenkilön puoleen siellä, missä läheisesi saa tukea
- Omaiskonsulentin (anhörigkonsulent) puoleen, joka ohjaa sinut oikeaan yksikköön
- Omaistuen strategin (anhörigstrateg) puoleen, joka työskentelee kaikille kolmelle hallinnolle

## Lisää tukea

- En bra plats – omaistukea verkossa silloin, kun sinulle sopii
- Omaispiirejä, esimerkiksi Punaisen Ristin ja Muistiyhdistyksen kanssa
- Omaisneuvoston yhdistykset

Kunnan tiedot omaistuesta löydät aina osoitteesta hassleholm.se/a-stod.`,
    fa: `اگر از یکی از نزدیکان خود که نمی‌تواند به تنهایی از عهده کارهایش برآید حمایت یا مراقبت می‌کنید – برای مثال فردی سالمند، دارای بیماری طولانی‌مدت، معلولیت، مشکلات روانی یا اعتیاد – شما یک خویشاوند مراقب (anhörig) هستید. طبق قانون خدمات اجتماعی، خویشاوندان حق دارند از کمون حمایت دریافت کنند و این حمایت باید فردی، انعطاف‌پذیر و باکیفیت باشد.

## حمایت در جایی است که شما هستید

در هسله‌هولم حمایت از خویشاوندان تا حد ممکن نزدیک شما و فرد نزدیکتان است. حدود ۱۳۵ نماینده خویشاوندان (anhörigombud) در خانه‌های سالمندان، مراقبت در منزل و خدمات معلولان، خویشاوندان را به گفت‌وگو و دیدار دعوت می‌کنند.

## به چه کسی مراجعه کنید؟

- به نماینده خویشاوندان در جایی که فرد نزدیک شما حمایت دریافت می‌کند
- به مشاور خویشاوندان (anhörigkonsulent) که شما را به واحد مناسب راهنمایی می‌کند
- به کارشناس راهبردی حمایت از خویشاوندان (anhörigstrateg) که برای هر سه اداره کار می‌کند

## حمایت بیشتر

- En bra plats – حمایت از خویشاوندان در اینترنت، هر زمان که برایتان مناسب باشد
- گروه‌های گفت‌وگوی خویشاوندان، از جمله با صلیب سرخ و انجمن دمانس
- انجمن‌های عضو شورای خویشاوندان

اطلاعات کمون درباره حمایت از خویشاوندان همیشه در نشانی hassleholm.se/a-stod در دسترس است.`,
    so: `Waxaad tahay qaraabo daryeel bixisa (anhörig) haddii aad taageerto, daryeesho ama xannaaneyso qof kuu dhow oo aan isku filnayn – tusaale ahaan qof waayeel ah, muddo dheer xanuunsan, naafo ah, qaba dhibaato caafimaadka maskaxda ama balwad. Sida uu qabo sharciga adeegga bulshada, qaraabadu waxay xaq u leeyihiin taageero ka timaadda degmada, taageeraduna waa inay ahaataa mid shakhsi ah, dabacsan oo tayo leh.

## Taageeradu waxay joogtaa meesha aad joogto

Hässleholm taageerada qaraabada waxay kuu dhow tahay adiga iyo qofka aad daryeesho. Ilaa 135 wakiil qaraabo (anhörigombud) oo ka shaqeeya xarumaha daryeelka, daryeelka guriga iyo adeegga naafada ayaa qaraabada ku martiqaada wadahadal iyo kulammo.

## Yaad la xiriiri kartaa?

- Wakiilka qaraabada ee meesha qofkaagu taageerada ka helo
- Lataliyaha qaraabada (anhörigkonsulent), oo kuu tilmaamaya qaybta saxda ah
- Khabiirka qorsheynta taageerada qaraabada (anhörigstrateg), oo u shaqeeya saddexda maamul

## Taageero dheeraad ah

- En bra plats – taageero qaraabo oo internetka ah, wakhtiga kugu habboon
- Kooxo qaraabo, tusaale ahaan Laanqayrta Cas iyo ururka waallida (demens)
- Ururada ka tirsan golaha qaraabada

Macluumaadka degmada ee ku saabsan taageerada qaraabada had iyo jeer waxaad ka heli kartaa hassleholm.se/a-stod.`,
  },
};
