// How every number in the yearly report is counted, in Swedish: the definitions page, the
// PDF's appendix and every table's "Så räknas det" link read from here.
export interface Definition {
  id: string;
  title: string;
  text: string;
}

export const DEFINITIONS: Definition[] = [
  { id: 'period', title: 'Period och enhet', text: 'Ett kalenderår, 1 januari till 31 december, datum i svensk tid. För innevarande år räknas till och med dagens datum. En rapport för en förvaltning eller ett område räknar den enheten och alla enheter under den, där källan registrerar enhet. Avsnitt som bara finns för hela kommunen säger det.' },
  { id: 'kontakter', title: 'Kontakter', text: 'En kontakt är en rad i anhörigstödets kontaktlogg med kontaktdatum under året: ett samtal, besök, hembesök, videomöte, e-post eller en gruppträff där en anhörig fick stöd. Anonyma kontakter sparas som statistik utan identitet. Samma person kan ha flera kontakter. Ej angivet betyder att uppgiften inte fylldes i. Enheten är den enhet som registrerade kontakten.' },
  { id: 'unika-anhoriga', title: 'Unika identifierade anhöriga', text: 'Antal olika anhöriga, registrerade med sitt samtycke, som har minst en kontakt i kontaktloggen under året. Varje person räknas en gång oavsett antal kontakter. Anonyma kontakter kan inte räknas som personer (ingenting knyter två anonyma kontakter till varandra) och redovisas därför för sig, som kontakter. De två talen ska inte läggas ihop.' },
  { id: 'kontakttid', title: 'Tid i kontakter', text: 'Summan av den registrerade längden på alla kontakter under året, avrundad till hela timmar.' },
  { id: 'barn-som-anhoriga', title: 'Barn som anhöriga', text: 'Kontakter där den anhöriga var under 18 år (åldersgrupperna under 13 år och 13–17 år). Summaraden är de två åldersgrupperna tillsammans.' },
  { id: 'hort-talas-om', title: 'Hur den anhöriga hörde talas om stödet', text: 'Det svar den anhöriga gav på frågan hur hen hörde talas om anhörigstödet, registrerat vid kontakten eller i kontaktförfrågan.' },
  { id: 'lotsning', title: 'Lotsning vidare', text: 'Kontakter där anhörigstödet hänvisade eller lotsade den anhöriga vidare, per mottagare. En kontakt räknas en gång.' },
  { id: 'forfragningar', title: 'Kontaktförfrågningar från webben', text: 'Förfrågningar "Jag vill bli kontaktad" som kom in under året, anonyma och med namn, räknade när de togs emot. Återkallade förfrågningar räknas med, eftersom de kom in.' },
  { id: 'grupper', title: 'Grupper, träffar och deltagare', text: 'Grupper och aktiviteter med minst en träff under året. Platser är det antal platser som erbjöds på träffarna. Deltagare är bokade personer (med namn eller alias) plus de anonyma deltagare som räknades på plats. Uteblev är bokade som markerats som frånvarande.' },
  { id: 'formedlingar', title: 'Förmedlade kontakter', text: 'Förmedlingar ("förmedla kontakt") från personal till anhörigstödet som kom in under året, per den förmedlande personens enhet. Tid till första kontakt räknas i arbetsdagar från att förmedlingen kom in tills anhörigstödet första gången tog kontakt. Andel inom måltiden jämför med kommunens mål för svarstid.' },
  { id: 'behovsbedomning', title: 'Deltagande i behovsbedömning', text: 'Antal gånger en handläggare registrerat att en anhörig deltog i en behovsbedömning (utredning inför biståndsbeslut) under året.' },
  { id: 'uppfoljningar', title: 'Uppföljningar och planerade insatser', text: 'Återkontakter (uppföljningar) och andra planerade insatser för identifierade anhöriga med datum under året. Genomförda och avbrutna räknas efter hur de står i dag. Försenade har passerat sitt datum utan att genomföras, räknat vid årets slut (eller i dag, för innevarande år). Uppgiften finns för hela kommunen.' },
  { id: 'nya-anhoriga', title: 'Nya identifierade anhöriga', text: 'Anhöriga som registrerades med namn och samtycke under året, i de enheter som håller deras uppgifter inom den valda delen av organisationen.' },
  { id: 'stodkontakt', title: 'Namngiven stödkontakt', text: 'Identifierade anhöriga som i dag har en namngiven stödkontakt bland anhörigstödets personal, i den valda delen av organisationen. Uppgiften gäller läget i dag, inte årets slut.' },
  { id: 'ombud', title: 'Anhörigombud och täckning', text: 'Enheter räknas som täckta när de har minst ett anhörigombud som utbildats inom kommunens tidsgräns. Täckningen gäller läget vid årets slut (eller i dag, för innevarande år). Enheter och ombud är inte personuppgifter om anhöriga och döljs därför inte.' },
  { id: 'uppsokande', title: 'Uppsökande verksamhet', text: 'Kampanjer för att nå anhöriga som inte själva hittar stödet, och antalet kontakter och förfrågningar under året som angav kampanjen.' },
  { id: 'budget', title: 'Budget och utfall', text: 'Budget och utfall för året enligt de verksamhetsplaner vars period omfattar året, summerat per övergripande mål. Belopp i kronor. Belopp döljs inte.' },
  { id: 'belastningskoll', title: 'Belastningskoll', text: 'Antal genomförda anonyma belastningskoller under året, per samlat resultat. Inga svar sparas, bara antalet.' },
  { id: 'enkat', title: 'Årsenkät', text: 'Frågor av det slag Socialstyrelsens Öppna jämförelser ställer om stöd till anhöriga. Bredvid föreslår svar utifrån registrerade uppgifter och visar underlaget; personalen bekräftar eller ändrar, och det bekräftade svaret redovisas med vem och när.' },
  { id: 'sekretess', title: 'Små tal döljs', text: 'Tal som lämnar anhörigstödet (nämndens vy, PDF, kalkylark och CSV) skyddas så att ingen enskild person kan pekas ut. Antal från 1 upp till kommunens gräns minus ett visas som "<gränsen" (till exempel "<5"). Ett tal som annars skulle göra det möjligt att räkna fram ett dolt tal, genom att dra de visade talen från summan, visas som "dolt". Kan en tabell inte visas utan att ett litet tal går att räkna fram visas bara dess summa. 0 visas alltid: att ingen fick ett visst stöd pekar inte ut någon. Mått som bygger på färre än gränsen (till exempel en mediantid) döljs också. Belopp och uppgifter om enheter döljs inte.' },
];

export const definitionTitle = (id: string): string => DEFINITIONS.find((d) => d.id === id)?.title ?? id;
