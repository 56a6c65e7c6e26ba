// Shared vocabulary of the carer-support domain (SPEC §7). Codes are English and stable;
// labels are Swedish first. Modules import these instead of inventing their own lists.

export const TARGET_GROUPS = ['older', 'disability', 'mental_health', 'substance_use', 'long_term_illness', 'dementia'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  older: 'Äldre',
  disability: 'Funktionsnedsättning',
  mental_health: 'Psykisk ohälsa',
  substance_use: 'Missbruk eller beroende',
  long_term_illness: 'Långvarig sjukdom',
  dementia: 'Demenssjukdom',
};

export const OFFERING_TYPES = [
  'support_conversation', // stödsamtal
  'carer_group', // anhöriggrupp / anhörigcirkel
  'education', // utbildning
  'carer_meeting', // anhörigträff / tematräff
  'respite', // avlösning / avlösarservice
  'day_activity', // dagverksamhet
  'short_term_stay', // korttidsboende / växelvård
  'escort', // ledsagning
  'support_family', // stödfamilj
  'wellness', // friskvård / hälsofrämjande
  'home_care', // hemtjänst
  'information', // information och vägledning
  'other',
] as const;
export type OfferingType = (typeof OFFERING_TYPES)[number];
export const OFFERING_TYPE_LABELS: Record<OfferingType, string> = {
  support_conversation: 'Stödsamtal',
  carer_group: 'Anhöriggrupp',
  education: 'Utbildning',
  carer_meeting: 'Anhörigträff',
  respite: 'Avlösning',
  day_activity: 'Dagverksamhet',
  short_term_stay: 'Korttidsboende och växelvård',
  escort: 'Ledsagning',
  support_family: 'Stödfamilj',
  wellness: 'Friskvård',
  home_care: 'Hemtjänst',
  information: 'Information och vägledning',
  other: 'Annat stöd',
};

/** direct = given to the carer; indirect = given to the närstående but easing the carer's load. */
export const SUPPORT_KINDS = ['direct', 'indirect'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const PROVIDER_KINDS = ['municipality', 'region', 'association', 'church', 'national', 'private'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  municipality: 'Kommunen',
  region: 'Regionen',
  association: 'Förening',
  church: 'Kyrka',
  national: 'Nationell aktör',
  private: 'Privat utförare',
};

/** Content languages. 'sv-easy' is lätt svenska, a language variant of its own. */
export const CONTENT_LOCALES = ['sv', 'sv-easy', 'en', 'ar', 'fi', 'fa', 'so'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const RTL_LOCALES: ReadonlySet<ContentLocale> = new Set(['ar', 'fa']);
export const LOCALE_NAMES: Record<ContentLocale, string> = {
  sv: 'Svenska',
  'sv-easy': 'Lätt svenska',
  en: 'English',
  ar: 'العربية',
  fi: 'Suomi',
  fa: 'فارسی',
  so: 'Soomaali',
};
/** BCP 47 tag for the html lang attribute. */
export const LOCALE_HTML_LANG: Record<ContentLocale, string> = {
  sv: 'sv', 'sv-easy': 'sv', en: 'en', ar: 'ar', fi: 'fi', fa: 'fa', so: 'so',
};

export const AGE_BANDS = ['under_13', '13_17', '18_24', '25_44', '45_64', '65_79', '80_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_13: 'Under 13 år',
  '13_17': '13–17 år',
  '18_24': '18–24 år',
  '25_44': '25–44 år',
  '45_64': '45–64 år',
  '65_79': '65–79 år',
  '80_plus': '80 år eller äldre',
};
/** Children as carers (barn som anhöriga) are the bands under 18. */
export const CHILD_AGE_BANDS: ReadonlySet<AgeBand> = new Set(['under_13', '13_17']);

export const RELATIONSHIPS = ['spouse', 'parent', 'child', 'sibling', 'other_relative', 'friend', 'neighbour', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  spouse: 'Make, maka eller partner',
  parent: 'Förälder till närstående',
  child: 'Barn till närstående',
  sibling: 'Syskon',
  other_relative: 'Annan släkting',
  friend: 'Vän',
  neighbour: 'Granne',
  other: 'Annan relation',
};

export const GENDERS = ['woman', 'man', 'other', 'not_stated'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = {
  woman: 'Kvinna', man: 'Man', other: 'Annat', not_stated: 'Vill ej ange',
};

/** Roles of SPEC §1. Each is held in an organisation unit (or the whole municipality). */
export const ROLES = ['admin', 'specialist', 'ambassador', 'staff', 'case_officer', 'unit_manager', 'area_manager', 'director', 'board', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Systemadministratör',
  specialist: 'Anhörigkonsulent',
  ambassador: 'Anhörigombud',
  staff: 'Medarbetare',
  case_officer: 'Handläggare',
  unit_manager: 'Enhetschef',
  area_manager: 'Verksamhetschef',
  director: 'Förvaltningschef',
  board: 'Nämnd och anhörigråd',
  auditor: 'Granskare av loggar',
};

/** A role's name in the municipality's own words: the specialist is its anhörigkonsulent,
 *  anhörigsamordnare or anhörigstrateg (settings.specialistTitle); other roles keep the label. */
export function roleLabel(role: Role, specialistTitle?: string): string {
  if (role === 'specialist' && specialistTitle) return specialistTitle.charAt(0).toUpperCase() + specialistTitle.slice(1);
  return ROLE_LABELS[role] ?? role;
}

export const UNIT_KINDS = ['administration', 'area', 'unit'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const BODY_KINDS = ['steering_group', 'boss', 'carers_council', 'working_group', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  steering_group: 'Styrgrupp',
  boss: 'BOSS (barn som anhöriga)',
  carers_council: 'Anhörigråd',
  working_group: 'Arbetsgrupp',
  other: 'Annan grupp',
};

export const DOCUMENTATION_POLICIES = ['none', 'journal'] as const;
export type DocumentationPolicy = (typeof DOCUMENTATION_POLICIES)[number];

export const PARTNER_KINDS = ['association', 'church', 'region', 'health_centre', 'national', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  association: 'Förening',
  church: 'Kyrka och trossamfund',
  region: 'Regionen',
  health_centre: 'Vårdcentral',
  national: 'Nationell resurs',
  other: 'Annan aktör',
};

/** How the carer heard of the service ("hur hörde du talas om oss") — recorded by contact
 *  requests and the contact log so outreach campaigns can be followed up (SPEC C4). A
 *  specific campaign is stored separately as campaign_id. */
export const HEARD_VIA = ['website', 'staff', 'healthcare', 'association', 'advert', 'letter', 'newspaper', 'fair', 'friend', 'other'] as const;
export type HeardVia = (typeof HEARD_VIA)[number];
export const HEARD_VIA_LABELS: Record<HeardVia, string> = {
  website: 'Kommunens webbplats',
  staff: 'Personal i kommunen',
  healthcare: 'Vården eller vårdcentralen',
  association: 'En förening eller kyrka',
  advert: 'Annons eller affisch',
  letter: 'Brev hem',
  newspaper: 'Tidning (till exempel Anhöringen)',
  fair: 'Mässa eller informationsträff',
  friend: 'Vän eller släkting',
  other: 'Annat',
};

/** The answer to an offer of a stödkontakt (SoL 2025:400 as amended 1 July 2026): recorded on an
 *  identified carer and, without identity, on an anonymous contact. */
export const OFFER_ANSWERS = ['accepted', 'declined', 'not_reached'] as const;
export type OfferAnswer = (typeof OFFER_ANSWERS)[number];
export const OFFER_ANSWER_LABELS: Record<OfferAnswer, string> = {
  accepted: 'Tackade ja',
  declined: 'Tackade nej',
  not_reached: 'Nåddes inte',
};
