// Demo plans of Södertälje, Vetlanda and Herrljunga for the seed year, built as the same kind
// of file a specialist uploads: Vetlanda's yearly joint action plan (vård- och omsorgs-
// förvaltningen + socialförvaltningen), Herrljunga's plan behind the yearly
// verksamhetsberättelse to socialnämnden, and Södertälje's plan for following up its
// guideline. Goals follow the municipalities' documents; activities and sums are invented.

/** [goal, sub-goal, activity, target group, responsible, status, budget kr, outcome kr or null] */
type Row = [string, string, string, string, string, 'Planerad' | 'Pågår' | 'Genomförd', number, number | null];

export interface DemoPlan {
  title: string;
  description: string;
  grantPerInhabitantOre: number | null;
  rows: Row[];
}

export const DEMO_PLANS: Record<string, DemoPlan> = {
  vetlanda: {
    title: 'Gemensam handlingsplan för stöd till anhöriga',
    description: 'Vård- och omsorgsförvaltningens och socialförvaltningens gemensamma handlingsplan enligt riktlinjen för stöd till anhöriga. Följs upp varje år i samverkansgruppen.',
    grantPerInhabitantOre: null,
    rows: [
      ['Anhöriga får information de förstår', 'Informationen finns på flera språk och på lätt svenska', 'Översätta informationssidorna om anhörigstöd till arabiska, somaliska och lätt svenska', 'Anhöriga', 'Anhörigkonsulent VO', 'Pågår', 25000, 12000],
      ['Anhöriga får information de förstår', 'Informationen finns på flera språk och på lätt svenska', 'Temakväll på lätt svenska på biblioteket', 'Anhöriga', 'Anhörigkonsulent VO', 'Planerad', 3000, null],
      ['Barn och unga som anhöriga får stöd', 'Personalen erbjuder stöd till barn och unga', 'Utbildning för socialsekreterare i barnsamtal när en förälder är sjuk', 'Personal SO', 'Anhörigkonsulent SO', 'Genomförd', 15000, 14200],
      ['Anhörigperspektivet vid våld i nära relationer', 'Personalen ser anhöriga när våld misstänks', 'Gemensam halvdag för personal i båda förvaltningarna', 'Personal VO och SO', 'Anhörigkonsulenterna', 'Planerad', 8000, null],
      ['Anhöriga orkar', 'Anhöriga erbjuds samtal och grupper', 'Samtalsgrupp för anhöriga till personer med beroende', 'Anhöriga', 'Anhörigkonsulent SO', 'Pågår', 6000, 2500],
      ['Anhöriga orkar', 'Anhöriga erbjuds samtal och grupper', 'Anhörigcafé varannan torsdag', 'Anhöriga', 'Anhörigkonsulent VO', 'Pågår', 9000, 6100],
    ],
  },
  herrljunga: {
    title: 'Plan för anhörigstödet',
    description: 'Anhörigsamordnarens plan för året. Utfallet redovisas i verksamhetsberättelsen till socialnämnden.',
    grantPerInhabitantOre: null,
    rows: [
      ['Anhöriga över 18 år får stöd', 'Stöd nära hemmet', 'Anhöriggrupp för anhöriga till äldre och långvarigt sjuka', 'Anhöriga 18+', 'Anhörigsamordnare', 'Pågår', 7000, 3100],
      ['Anhöriga över 18 år får stöd', 'Stöd nära hemmet', 'Öppna träffar en gång i månaden', 'Anhöriga 18+', 'Anhörigsamordnare', 'Pågår', 4000, 2600],
      ['Anhöriga till personer med missbruk får rätt stöd', 'Tydlig väg till vuxenenheten', 'Rutin för hur förfrågningar om missbruk lämnas till vuxenenheten', 'Personal', 'Anhörigsamordnare och vuxenenheten', 'Genomförd', 0, 0],
      ['All personal ser anhöriga', 'Personalen vet vart de hänvisar', 'Utbildning för hemtjänstens personal: se anhöriga', 'Personal hemtjänst', 'Anhörigsamordnare', 'Planerad', 5000, null],
      ['Barn som anhöriga uppmärksammas', 'Barn hänvisas till regionen', 'Informationsblad om regionens stöd till barn som anhöriga', 'Personal', 'Socialsekreterare barn', 'Planerad', 2500, null],
    ],
  },
  sodertalje: {
    title: 'Uppföljning av riktlinjen för anhörigstöd',
    description: 'Aktiviteter för året enligt riktlinjen för anhörigstöd. Resultatenhetscheferna följer upp och redovisar i nämndernas årsredovisningar.',
    grantPerInhabitantOre: null,
    rows: [
      ['Anhöriga får stöd utifrån sin situation', 'Grupper på kvällstid', 'Kvällsgrupp för anhöriga inom psykiatrin', 'Anhöriga', 'Anhörigkonsulent socialpsykiatri', 'Pågår', 8000, 3500],
      ['Anhöriga får stöd utifrån sin situation', 'Grupper på kvällstid', 'Anhöriggrupp demens, åtta kvällar', 'Anhöriga', 'Anhörigkonsulent äldre', 'Planerad', 9000, null],
      ['Varje enhet har ett anhörigombud', 'Ombuden är utbildade', 'Grundutbildning för nya anhörigombud', 'Anhörigombud', 'Anhörigkonsulenterna', 'Planerad', 12000, null],
      ['Anhöriga hittar stödet', 'Fler känner till anhörigstödet', 'Annonser i lokaltidningen och på bussar', 'Allmänheten', 'Anhörigkonsulent missbruk', 'Genomförd', 18000, 17400],
    ],
  },
};

const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The plan as a semicolon CSV with the year's budget and outcome columns. */
export function demoPlanCsv(plan: DemoPlan, year: number): Buffer {
  const header = ['Mål', 'Delmål', 'Aktivitet', 'Målgrupp', 'Ansvarig', 'Status', `Budget ${year} (kr)`, `Utfall ${year} (kr)`];
  const lines = plan.rows.map(([goal, sub, activity, target, responsible, status, budget, outcome]) =>
    [goal, sub, activity, target, responsible, status, String(budget), outcome === null ? '' : String(outcome)].map(cell).join(';'));
  return Buffer.from([header.join(';'), ...lines].join('\n'), 'utf8');
}
