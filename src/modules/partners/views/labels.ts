// Partner directory text in the reader's language; other languages fall back to Swedish.
import type { ContentLocale, PartnerKind, TargetGroup } from '../../../platform/domain/vocab.js';
import { PARTNER_KIND_LABELS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';

const sv = {
  title: 'Samarbetspartner',
  lede: 'Föreningar, kyrkor, regionen och nationella resurser som också stödjer dig som är anhörig.',
  filters: 'Filtrera samarbetspartner',
  kind: 'Sort',
  group: 'För anhöriga till',
  any: 'Alla',
  apply: 'Visa',
  none: 'Ingen samarbetspartner matchar dina val. Ta bort något filter.',
  offers: 'Erbjuder anhöriga',
  contact: 'Kontakt',
  website: 'Webbplats',
  council: 'Med i anhörigrådet',
  allGroups: 'Alla anhöriga',
};
type Dict = typeof sv;
const easy: Dict = { ...sv, lede: 'Här finns föreningar och andra som kan hjälpa dig.', group: 'Personen du hjälper', none: 'Inget passar. Ta bort ett val.', offers: 'Det här kan du få', allGroups: 'Alla' };
const en: Dict = {
  title: 'Partners', lede: 'Associations, churches, the region and national resources that also support carers.', filters: 'Filter partners',
  kind: 'Kind', group: 'For carers of', any: 'All', apply: 'Show', none: 'No partner matches your choices. Remove a filter.',
  offers: 'Offers carers', contact: 'Contact', website: 'Website', council: 'Member of the carers’ council', allGroups: 'All carers',
};
const ar: Dict = {
  title: 'الشركاء', lede: 'جمعيات وكنائس والمنطقة وموارد وطنية تدعمك أيضًا كقريب مُعتنٍ.', filters: 'تصفية الشركاء',
  kind: 'النوع', group: 'لأقارب', any: 'الكل', apply: 'عرض', none: 'لا يوجد شريك يطابق اختياراتك. أزل أحد المرشحات.',
  offers: 'ما يقدمه للأقارب', contact: 'التواصل', website: 'الموقع الإلكتروني', council: 'عضو في مجلس الأقارب', allGroups: 'جميع الأقارب',
};
const DICTS: Partial<Record<ContentLocale, Dict>> = { sv, 'sv-easy': easy, en, ar };

export function ui(locale: ContentLocale): { u: Dict; lang: ContentLocale } {
  const d = DICTS[locale];
  return d ? { u: d, lang: locale } : { u: sv, lang: 'sv' };
}

const KINDS: Partial<Record<ContentLocale, Record<PartnerKind, string>>> = {
  en: { association: 'Association', church: 'Church or faith community', region: 'The region', health_centre: 'Health centre', national: 'National resource', other: 'Other' },
  ar: { association: 'جمعية', church: 'كنيسة أو طائفة دينية', region: 'المنطقة', health_centre: 'مركز صحي', national: 'مورد وطني', other: 'جهة أخرى' },
};
const GROUPS: Partial<Record<ContentLocale, Record<TargetGroup, string>>> = {
  en: { older: 'Older people', disability: 'People with a disability', mental_health: 'People with mental ill-health', substance_use: 'People with substance use', long_term_illness: 'People with a long-term illness', dementia: 'People with dementia' },
  ar: { older: 'كبار السن', disability: 'ذوو الإعاقة', mental_health: 'من يعانون من مشاكل نفسية', substance_use: 'من يعانون من الإدمان', long_term_illness: 'المرضى لفترة طويلة', dementia: 'المصابون بالخرف' },
};

export const kindLabel = (k: PartnerKind, l: ContentLocale): string => KINDS[l]?.[k] ?? PARTNER_KIND_LABELS[k];
export const groupLabel = (g: TargetGroup, l: ContentLocale): string => GROUPS[l]?.[g] ?? TARGET_GROUP_LABELS[g];
