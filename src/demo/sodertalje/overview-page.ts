// Södertälje's first information page in the demo, "Vad är anhörigstöd?", in all seven languages.
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
    so: 'Waa maxay taageerada qaraabada (anhörigstöd)?',
  },
  summary: {
    sv: 'Anhörigstöd är stöd till dig som hjälper, vårdar eller stödjer någon i din närhet. Stödet är kostnadsfritt och du får vara anonym.',
    'sv-easy': 'Du som hjälper någon kan få stöd. Stödet är gratis. Du behöver inte säga ditt namn.',
    en: 'Carer support is support for you who help, care for or support someone close to you. It is free of charge and you may stay anonymous.',
    ar: 'دعم الأقارب (anhörigstöd) هو دعم لك أنت الذي تساعد أو تعتني أو تدعم شخصًا قريبًا منك. الدعم مجاني ويمكنك أن تبقى مجهول الهوية.',
    fi: 'Omaistuki on tukea sinulle, joka autat, hoidat tai tuet läheistäsi. Tuki on maksutonta, ja voit asioida nimettömänä.',
    fa: 'حمایت از خویشاوندان (anhörigstöd) کمکی است برای شما که از یکی از نزدیکان خود مراقبت یا حمایت می‌کنید. این حمایت رایگان است و می‌توانید ناشناس بمانید.',
    so: 'Anhörigstöd waa taageero loogu talagalay adiga oo caawiya, daryeela ama taageera qof kuu dhow. Taageeradu waa bilaash, waxaadna xaq u leedahay inaadan magacaaga sheegin.',
  },
  body: {
    sv: `Du som hjälper en närstående som är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett beroende är anhörig. Det kan vara din partner, förälder, ditt barn, syskon, en vän eller en granne.

Anhörigstöd är stöd som är till för dig, inte för den du hjälper. Målet är att underlätta din situation fysiskt, psykiskt och socialt, så att du orkar, mår bra och känner dig sedd för det du gör.

## Vad kan du få?

- Stödsamtal med en anhörigkonsulent
- Anhöriggrupper där du träffar andra i en liknande situation
- Utbildning och tematräffar, ibland på kvällstid
- Hjälp att hitta rätt stöd i kommunen och i vården

## Bra att veta

- Stödet är kostnadsfritt.
- Du har rätt att vara anonym.
- I den öppna verksamheten skriver vi inga anteckningar om dig.

Södertälje kommun har tre anhörigkonsulenter. En arbetar med anhöriga till äldre, en med anhöriga till personer med funktionsnedsättning och en med anhöriga till personer med psykisk ohälsa eller missbruk. Hör av dig – du behöver inte ha en färdig fråga.`,
    'sv-easy': `Hjälper du någon i din familj? Eller en vän? Personen kanske är gammal eller sjuk. Eller har en funktionsnedsättning. Då är du anhörig.

Kommunen har stöd till dig som är anhörig. Stödet är till för dig. Det ska hjälpa dig att orka.

## Det här kan du få

- Prata med en anhörigkonsulent
- Träffa andra anhöriga i en grupp
- Gå på kurser och träffar

## Bra att veta

- Det är gratis.
- Du behöver inte säga ditt namn.
- Vi skriver inte ner något om dig.

Ring oss om du vill prata.`,
    en: `You are a carer if you help someone close to you who is older, long-term ill, or has a disability, mental ill-health or an addiction. It may be your partner, parent, child, sibling, a friend or a neighbour.

Carer support is support for you, not for the person you help. The aim is to make your situation easier physically, mentally and socially, so that you can keep going, feel well and feel seen for what you do.

## What can you get?

- Support conversations with a carer support consultant
- Carer groups where you meet others in a similar situation
- Courses and theme meetings, sometimes in the evening
- Help to find the right support in the municipality and in health care

## Good to know

- The support is free of charge.
- You have the right to stay anonymous.
- In our open activities we keep no notes about you.

Södertälje has three carer support consultants: one for carers of older people, one for carers of people with disabilities and one for carers of people with mental ill-health or addiction. Get in touch – you do not need a ready question.`,
    ar: `أنت قريب (anhörig) إذا كنت تساعد شخصًا قريبًا منك مسنًّا أو مريضًا لفترة طويلة، أو لديه إعاقة أو يعاني من مشاكل نفسية أو من الإدمان. قد يكون هذا الشخص شريك حياتك أو أحد والديك أو طفلك أو أخاك أو أختك أو صديقًا أو جارًا.

دعم الأقارب موجّه إليك أنت، وليس إلى الشخص الذي تساعده. الهدف هو أن يصبح وضعك أسهل جسديًا ونفسيًا واجتماعيًا، وأن تبقى قادرًا على الاستمرار وبصحة جيدة.

## ماذا يمكنك أن تحصل عليه؟

- محادثات داعمة مع مستشار الأقارب (anhörigkonsulent)
- مجموعات للأقارب تلتقي فيها بأشخاص في وضع مشابه
- دورات تعليمية ولقاءات حول مواضيع مختلفة، أحيانًا في المساء
- مساعدة في إيجاد الدعم المناسب في البلدية وفي الرعاية الصحية

## من المفيد أن تعرف

- الدعم مجاني.
- يحق لك أن تبقى مجهول الهوية.
- لا نكتب أي ملاحظات عنك في الأنشطة المفتوحة.

لدى بلدية سودرتاليه ثلاثة مستشارين للأقارب. تواصل معنا – لست بحاجة إلى سؤال جاهز.`,
    fi: `Olet omainen, jos autat läheistä, joka on iäkäs tai pitkäaikaisesti sairas tai jolla on toimintarajoite, mielenterveyden ongelmia tai riippuvuus. Läheinen voi olla puolisosi, vanhempasi, lapsesi, sisaruksesi, ystäväsi tai naapurisi.

Omaistuki on tarkoitettu sinulle itsellesi, ei sille, jota autat. Tavoitteena on helpottaa tilannettasi fyysisesti, henkisesti ja sosiaalisesti, jotta jaksat ja voit hyvin.

## Mitä voit saada?

- Tukikeskusteluja omaiskonsulentin (anhörigkonsulent) kanssa
- Omaisryhmiä, joissa tapaat muita samassa tilanteessa olevia
- Koulutusta ja teematapaamisia, joskus iltaisin
- Apua oikean tuen löytämiseen kunnasta ja terveydenhuollosta

## Hyvä tietää

- Tuki on maksutonta.
- Sinulla on oikeus pysyä nimettömänä.
- Avoimessa toiminnassa emme kirjaa sinusta mitään.

Södertäljen kunnassa on kolme omaiskonsulenttia. Ota yhteyttä – sinulla ei tarvitse olla valmista kysymystä.`,
    fa: `اگر به یکی از نزدیکان خود کمک می‌کنید که سالمند است، بیماری طولانی‌مدت دارد، دارای معلولیت است، مشکلات روانی دارد یا به اعتیاد مبتلاست، شما یک خویشاوند مراقب (anhörig) هستید. این فرد می‌تواند همسر، پدر یا مادر، فرزند، خواهر یا برادر، دوست یا همسایه شما باشد.

حمایت از خویشاوندان برای خود شماست، نه برای کسی که به او کمک می‌کنید. هدف این است که وضعیت شما از نظر جسمی، روحی و اجتماعی آسان‌تر شود و توان و سلامت خود را حفظ کنید.

## چه کمکی می‌توانید دریافت کنید؟

- گفت‌وگوی حمایتی با مشاور خویشاوندان (anhörigkonsulent)
- گروه‌های خویشاوندان که در آن با افرادی در شرایط مشابه آشنا می‌شوید
- آموزش و جلسات موضوعی، گاهی در ساعات عصر
- کمک برای یافتن حمایت مناسب در کمون و در خدمات درمانی

## خوب است بدانید

- این حمایت رایگان است.
- شما حق دارید ناشناس بمانید.
- در فعالیت‌های باز هیچ یادداشتی درباره شما نوشته نمی‌شود.

کمون سودرتلیه سه مشاور خویشاوندان دارد. با ما تماس بگیرید – لازم نیست سؤال آماده‌ای داشته باشید.`,
    so: `Waxaad tahay qaraabo daryeel bixisa (anhörig) haddii aad caawiso qof kuu dhow oo waayeel ah, muddo dheer xanuunsan, naafo ah, qaba dhibaato caafimaadka maskaxda ah ama balwad. Qofkaasi wuxuu noqon karaa lammaanahaaga, waalidkaa, ilmahaaga, walaalkaa, saaxiib ama deris.

Taageeradan waxaa loogu talagalay adiga, ee looguma talagalin qofka aad caawiso. Ujeeddadu waa in xaaladdaadu fududaato xagga jirka, maskaxda iyo bulshada, si aad u awooddo oo aad caafimaad u hesho.

## Maxaad heli kartaa?

- Wadahadal taageero ah oo aad la yeelato lataliyaha qaraabada (anhörigkonsulent)
- Kooxo qaraabo oo aad kula kulanto dad kale oo xaalad la mid ah ku jira
- Waxbarasho iyo kulammo mawduuc leh, mararka qaarkood fiidkii
- Caawimaad aad ku hesho taageerada saxda ah ee degmada iyo daryeelka caafimaadka

## Waxaa fiican inaad ogaato

- Taageeradu waa bilaash.
- Waxaad xaq u leedahay inaadan magacaaga sheegin.
- Hawlaha furan waxba lagaama qoro.

Degmada Södertälje waxay leedahay saddex lataliye oo qaraabada ah. Nala soo xiriir – uma baahnid su'aal diyaar ah.`,
  },
};
