// Bredvid's first yearly question set (../shared/data/yearly-questions.md): the kind of questions
// Socialstyrelsen's Öppna jämförelser asks about carer support. The wording changes from year
// to year, so a municipality copies last year's set and edits it; these are only the start.
import { TARGET_GROUPS, TARGET_GROUP_LABELS, type TargetGroup } from '../../platform/domain/vocab.js';

export type QuestionKind = 'yes_no' | 'number';

export interface DefaultQuestion {
  code: string;
  text: string;
  help: string;
  kind: QuestionKind;
  perGroup: boolean;
}

export const DEFAULT_QUESTIONS: DefaultQuestion[] = [
  { code: 'function', kind: 'yes_no', perGroup: false, text: 'Kommunen har en särskild funktion för anhörigstöd (anhörigkonsulent, anhörigsamordnare eller anhörigstrateg).', help: '' },
  { code: 'guideline', kind: 'yes_no', perGroup: false, text: 'Det finns en aktuell riktlinje eller plan för anhörigstödet som nämnden har antagit.', help: 'Skriv datum för nämndens beslut i kommentaren.' },
  { code: 'support_conversation', kind: 'yes_no', perGroup: true, text: 'Enskilda stödsamtal erbjuds utan biståndsbeslut.', help: '' },
  { code: 'carer_groups', kind: 'yes_no', perGroup: true, text: 'Anhöriggrupper eller samtalsgrupper erbjuds.', help: '' },
  { code: 'education', kind: 'yes_no', perGroup: true, text: 'Utbildning eller informationsträffar för anhöriga erbjuds.', help: '' },
  { code: 'respite_free', kind: 'yes_no', perGroup: true, text: 'Avlösning i hemmet erbjuds utan biståndsbeslut.', help: '' },
  { code: 'respite_free_hours', kind: 'number', perGroup: false, text: 'Antal kostnadsfria timmar avlösning i hemmet per månad, utan biståndsbeslut.', help: 'Skriv 0 om avlösning utan biståndsbeslut inte erbjuds. Skriv i kommentaren från när den finns.' },
  { code: 'respite_decision', kind: 'yes_no', perGroup: true, text: 'Avlösning som kräver beslut erbjuds: avlösning i hemmet, korttidsvistelse eller växelvård, dagverksamhet.', help: '' },
  { code: 'wellness', kind: 'yes_no', perGroup: true, text: 'Hälsofrämjande aktiviteter för anhöriga erbjuds.', help: '' },
  { code: 'information_languages', kind: 'yes_no', perGroup: false, text: 'Information om anhörigstödet finns på webbplatsen på flera språk och på lätt svenska.', help: '' },
  { code: 'outreach', kind: 'yes_no', perGroup: false, text: 'Kommunen bedriver uppsökande verksamhet för att tidigt nå anhöriga som inte själva hittar stödet.', help: '' },
  { code: 'region_agreement', kind: 'yes_no', perGroup: false, text: 'Det finns en skriftlig överenskommelse med regionen om stöd till anhöriga.', help: '' },
  { code: 'associations', kind: 'yes_no', perGroup: false, text: 'Kommunen samverkar med föreningar eller civilsamhället om anhörigstöd, till exempel i ett anhörigråd.', help: '' },
  { code: 'children_routine', kind: 'yes_no', perGroup: false, text: 'Det finns en aktuell rutin för att uppmärksamma barn som anhöriga (förälder med missbruk, psykisk ohälsa, funktionsnedsättning, allvarlig sjukdom eller som avlidit).', help: '' },
  { code: 'experience_followup', kind: 'yes_no', perGroup: false, text: 'Anhörigas egna erfarenheter av stödet följs upp systematiskt.', help: '' },
  { code: 'own_needs', kind: 'yes_no', perGroup: false, text: 'Anhörigas egna behov bedöms, och biståndsbedömt stöd beviljas anhöriga för deras egen del.', help: 'Riksrevisionen (RiR 2014:9) fann att sådant stöd sällan dokumenteras. Redovisa antal i kommentaren om ni har det.' },
  { code: 'support_contact', kind: 'yes_no', perGroup: false, text: 'Anhöriga erbjuds en namngiven stödkontakt.', help: 'Föreslås bli obligatoriskt från 1 juli 2026 (prop. 2025/26:60).' },
];

/** Per-group questions are answered for each target group of the närstående and for children as carers. */
export type AnswerGroupKey = 'all' | TargetGroup | 'children';
export const PER_GROUP_KEYS: AnswerGroupKey[] = [...TARGET_GROUPS, 'children'];
export const GROUP_LABELS: Record<AnswerGroupKey, string> = {
  all: 'Hela kommunen', ...TARGET_GROUP_LABELS, children: 'Barn som anhöriga',
};

export const groupsOf = (perGroup: boolean): AnswerGroupKey[] => (perGroup ? PER_GROUP_KEYS : ['all']);
