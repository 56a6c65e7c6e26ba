// Herrljunga's first information page in the demo, "Vad är anhörigstöd?", in all seven languages.
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
    sv: 'Anhörigstöd är stöd till dig som vårdar eller stödjer en närstående. Det består av information, delaktighet och eget stöd – avgiftsfritt och under sekretess.',
    'sv-easy': 'Du som hjälper någon kan få stöd. Du kan få information, vara med och bestämma och få eget stöd. Det är gratis.',
    en: 'Carer support is support for you who care for or support a close one. It consists of information, involvement and support of your own – free of charge and under secrecy.',
    ar: 'دعم الأقارب هو دعم لك أنت الذي تعتني بشخص قريب منك أو تدعمه. يتكون من المعلومات، والمشاركة، والدعم الخاص بك – مجانًا ومع الحفاظ على السرية.',
    fi: 'Omaistuki on tukea sinulle, joka hoidat tai tuet läheistäsi. Se koostuu tiedosta, osallisuudesta ja omasta tuesta – maksutta ja vaitiolovelvollisuuden turvin.',
    fa: 'حمایت از خویشاوندان کمکی است برای شما که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید. این حمایت شامل اطلاع‌رسانی، مشارکت و حمایت ویژه خود شماست – رایگان و محرمانه.',
    so: 'Taageerada qaraabada waa taageero loogu talagalay adiga oo daryeela ama taageera qof kuu dhow. Waxay ka kooban tahay macluumaad, ka qaybgal iyo taageero adiga kuu gaar ah – bilaash iyo si qarsoodi ah.',
  },
  body: {
    sv: `Anhörigstöd är till för dig som vårdar eller stödjer en närstående som är långvarigt sjuk, äldre eller har en funktionsnedsättning. Det är inte kopplat till vissa sjukdomar, diagnoser eller den närståendes ålder. Du kan söka stöd även om din närstående redan får hjälp från kommunen, regionen, skolan eller Försäkringskassan.

Stöd till anhöriga finns på tre nivåer:

## Information och bemötande

Alla verksamheter som möter anhöriga ska ge dig information om vilket stöd som finns, hur du går tillväga och vilka rättigheter du har – och lotsa dig till eget stöd.

## Delaktighet

Om du vill, och din närstående samtycker, ska du få vara delaktig i planering, genomförande och uppföljning av din närståendes insatser.

## Eget stöd

Anhörigsamordnaren erbjuder dig som är 18 år eller äldre enskilda samtal, informationsträffar och gruppsamtal. Du kan också ansöka om bistånd för din egen del.

All kontakt med anhörigsamordnaren är avgiftsfri, sker utan dokumentation och under sekretess.

Är du anhörig till någon med missbruk eller beroende får du stöd av vuxenenheten.`,
    'sv-easy': `Hjälper du någon som är sjuk, gammal eller har en funktionsnedsättning? Då kan du få stöd. Det spelar ingen roll vilken sjukdom personen har.

## Information

Personalen berättar vilken hjälp som finns.

## Vara med

Du kan vara med när din närståendes hjälp planeras. Din närstående måste säga ja.

## Eget stöd

Är du 18 år eller äldre? Då kan du prata med anhörigsamordnaren. Du kan också gå i en grupp.

Det är gratis. Anhörigsamordnaren skriver inte ner något. Hen berättar inte för andra.

Dricker någon i din närhet för mycket eller tar droger? Då kan vuxenenheten hjälpa dig.`,
    en: `Carer support is for you who care for or support a close one who is long-term ill, older or has a disability. It is not tied to particular illnesses, diagnoses or the age of your close one. You can seek support even if your close one already gets help from the municipality, the region, school or the Social Insurance Agency.

Support to carers exists at three levels:

## Information and a good approach

Every service that meets carers is to tell you what support there is, how to go about it and what your rights are – and guide you towards support of your own.

## Involvement

If you wish, and your close one consents, you are to be involved in planning, carrying out and following up your close one’s services.

## Support of your own

The carer support coordinator offers you who are 18 or older one-to-one conversations, information meetings and group conversations. You can also apply for assistance for yourself.

All contact with the coordinator is free of charge, without records and under secrecy.

If you are close to someone with substance use or addiction, the adult unit (vuxenenheten) gives you support.`,
    ar: `دعم الأقارب موجّه إليك إذا كنت تعتني بشخص قريب منك أو تدعمه، وهو مريض لفترة طويلة أو مسنّ أو لديه إعاقة. لا يرتبط الدعم بأمراض أو تشخيصات معينة ولا بعمر الشخص القريب. يمكنك طلب الدعم حتى لو كان الشخص القريب منك يحصل على مساعدة من البلدية أو المنطقة (region) أو المدرسة أو من مصلحة التأمينات الاجتماعية (Försäkringskassan).

## المعلومات والتعامل الجيد

يجب على كل جهة تلتقي بالأقارب أن تخبرك بالدعم المتوفر، وكيف تحصل عليه، وما هي حقوقك.

## المشاركة

إذا رغبت في ذلك ووافق الشخص القريب منك، يحق لك أن تشارك في التخطيط للخدمات التي يحصل عليها وتنفيذها ومتابعتها.

## الدعم الخاص بك

يقدّم منسّق دعم الأقارب (anhörigsamordnare) لمن بلغ 18 عامًا أو أكثر محادثات فردية ولقاءات إعلامية ومحادثات جماعية. ويمكنك أيضًا التقدم بطلب مساعدة لنفسك.

كل تواصل مع منسّق دعم الأقارب مجاني، ولا يُوثَّق، ويخضع للسرية.

إذا كنت قريبًا لشخص يعاني من الإدمان، فإن وحدة البالغين (vuxenenheten) تقدّم لك الدعم.`,
    fi: `Omaistuki on tarkoitettu sinulle, joka hoidat tai tuet läheistä, joka on pitkäaikaisesti sairas tai iäkäs tai jolla on toimintarajoite. Tuki ei riipu tietyistä sairauksista, diagnooseista tai läheisen iästä. Voit hakea tukea, vaikka läheisesi saisi jo apua kunnalta, alueelta (region), koulusta tai Ruotsin sosiaalivakuutuslaitokselta (Försäkringskassan).

## Tietoa ja hyvää kohtelua

Jokaisen toiminnan, joka kohtaa omaisia, tulee kertoa sinulle, millaista tukea on saatavilla, miten sitä haetaan ja mitkä ovat oikeutesi.

## Osallisuus

Jos haluat ja läheisesi suostuu, saat osallistua läheisesi palvelujen suunnitteluun, toteutukseen ja seurantaan.

## Oma tuki

Omaiskoordinaattori (anhörigsamordnare) tarjoaa 18 vuotta täyttäneille yksilökeskusteluja, infotilaisuuksia ja ryhmäkeskusteluja. Voit myös hakea omaa tukea sosiaalihuollon päätöksellä.

Kaikki yhteydenpito omaiskoordinaattoriin on maksutonta, siitä ei tehdä kirjauksia ja se on luottamuksellista.

Jos läheiselläsi on päihdeongelma tai riippuvuus, saat tukea aikuisyksiköstä (vuxenenheten).`,
    fa: `حمایت از خویشاوندان برای شماست که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید که بیماری طولانی‌مدت دارد، سالمند است یا دارای معلولیت است. این حمایت به بیماری یا تشخیص خاص یا سن فرد نزدیک شما وابسته نیست. حتی اگر فرد نزدیک شما از کمون، منطقه (region)، مدرسه یا صندوق بیمه اجتماعی (Försäkringskassan) کمک می‌گیرد، شما می‌توانید درخواست حمایت کنید.

## اطلاع‌رسانی و برخورد مناسب

همه بخش‌هایی که با خویشاوندان در ارتباط هستند باید به شما بگویند چه حمایتی وجود دارد، چگونه می‌توانید آن را دریافت کنید و چه حقوقی دارید.

## مشارکت

اگر بخواهید و فرد نزدیک شما موافقت کند، می‌توانید در برنامه‌ریزی، اجرا و پیگیری خدماتی که او دریافت می‌کند مشارکت داشته باشید.

## حمایت ویژه شما

هماهنگ‌کننده حمایت از خویشاوندان (anhörigsamordnare) به افراد ۱۸ سال و بالاتر گفت‌وگوی فردی، جلسات اطلاع‌رسانی و گفت‌وگوی گروهی ارائه می‌دهد. همچنین می‌توانید برای خودتان درخواست کمک کنید.

هر نوع تماس با هماهنگ‌کننده رایگان است، ثبت نمی‌شود و محرمانه می‌ماند.

اگر یکی از نزدیکان شما مشکل اعتیاد دارد، واحد بزرگسالان (vuxenenheten) به شما کمک می‌کند.`,
    so: `Taageerada qaraabada waxaa loogu talagalay adiga oo daryeela ama taageera qof kuu dhow oo muddo dheer xanuunsan, waayeel ah ama naafo ah. Kuma xirna cudurro gaar ah, ogaansho caafimaad ama da'da qofka kuu dhow. Waad codsan kartaa taageero xitaa haddii qofka kuu dhow uu horey caawimaad uga helo degmada, gobolka (region), dugsiga ama Försäkringskassan.

## Macluumaad iyo soo dhaweyn wanaagsan

Hay'ad kasta oo la kulanta qaraabada waa inay kuu sheegtaa taageerada jirta, sida loo helo iyo xuquuqdaada.

## Ka qaybgal

Haddii aad rabto oo qofka kuu dhow uu oggolaado, waxaad ka qayb qaadan kartaa qorsheynta, fulinta iyo la socodka adeegyada uu helo.

## Taageero adiga kuu gaar ah

Isku-duwaha taageerada qaraabada (anhörigsamordnare) wuxuu siiyaa dadka 18 jir ah ama ka weyn wadahadal shakhsi ah, kulammo macluumaad iyo wadahadal koox ah. Waxaad sidoo kale codsan kartaa caawimaad adiga kuu gaar ah.

Xiriir kasta oo lala yeesho isku-duwaha waa bilaash, lama qoro, waana qarsoodi.

Haddii qof kuu dhow uu la dhibaataysan yahay balwad ama maandooriye, qaybta dadka waaweyn (vuxenenheten) ayaa ku taageeraysa.`,
  },
};
