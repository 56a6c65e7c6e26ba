// Shapes of the demo data for the four seed municipalities (SPEC §3). Pure data: the
// seeder (src/demo/seed.ts) turns it into rows through the modules' services.
// No real people's names: every staff name here is invented.
import type {
  AgeBand, BodyKind, ContentLocale, DocumentationPolicy, OfferingType, PartnerKind, ProviderKind,
  Role, SupportKind, TargetGroup, UnitKind,
} from '../platform/domain/vocab.js';

/** Text in Swedish plus optional translations ('sv-easy' = lätt svenska, 'en', 'ar', …). */
export type Localized = { sv: string } & Partial<Record<Exclude<ContentLocale, 'sv'>, string>>;

export interface DemoUnit {
  key: string; // stable key within the municipality, e.g. 'omsorg', 'omsorg-aldre', 'sabo-lindgarden'
  parentKey: string | null; // null = top level (administration)
  kind: UnitKind;
  name: string;
  external?: boolean; // e.g. the region's health care
}

export interface DemoBody {
  key: string;
  kind: BodyKind;
  name: string;
  meetingsPerYear: number | null;
  description: string;
}

export interface DemoStaff {
  key: string;
  name: string; // invented
  email: string; // <something>@<slug>.example.se
  title: string;
  roles: { role: Role; unitKey: string | null }[]; // null = whole municipality
}

/** Routing of contact requests and referrals (SPEC C1): first matching rule wins. */
export interface DemoRoutingRule {
  targetGroup?: TargetGroup;
  carerUnder?: number; // carer younger than this age
  routeToUnitKey: string;
  note: string; // why, in Swedish, e.g. 'Anhöriga till personer med missbruk får stöd av vuxenenheten'
}

export interface DemoSettings {
  specialistTitle: string; // 'anhörigkonsulent' | 'anhörigsamordnare' | 'anhörigstrateg'
  specialistTitlePlural: string;
  carerMinAge: number | null; // Herrljunga: 18 for the samordnare's own support
  documentationPolicy: DocumentationPolicy;
  /** The languages the citizen pages are offered in; every content language when left out (issue 16). */
  languages?: ContentLocale[];
  routing: DemoRoutingRule[];
  /** The unit violence-flagged requests and referrals move to (issue 15); none when left out. */
  violenceUnitKey?: string;
  shortAlias: string | null; // Hässleholm: 'a-stod'
  population: number; // approximate, for per-inhabitant arithmetic
  suppressionThreshold: number; // 5
  contactTargetWorkingDays: number; // 5
  /** Carer support's phone, shown on the start page and wherever the portal offers other ways to reach someone. Invented (PTS fiction ranges). */
  contactPhone: string;
}

export interface DemoOffering {
  key: string;
  type: OfferingType;
  supportKind: SupportKind;
  needsAssessment: boolean; // true = requires biståndsbeslut
  provider: ProviderKind;
  providerName: string;
  targetGroups: TargetGroup[]; // empty = all
  carerMinAge: number | null;
  carerMaxAge: number | null;
  languages: ContentLocale[];
  cost: string; // 'Kostnadsfritt' unless the document says otherwise
  title: Localized;
  summary: Localized; // one or two sentences
  description: Localized; // a few paragraphs, plain text with blank lines between paragraphs
  howToGet: Localized;
  contact: string; // e.g. 'Ring kommunens kontaktcenter, 08-000 00 00' (invented numbers in the 000 range)
}

export interface DemoPartner {
  key: string;
  kind: PartnerKind;
  name: string; // organisation names are fine (Demensföreningen, Röda Korset, Region X, Försäkringskassan)
  offers: Localized;
  targetGroups: TargetGroup[];
  contact: string;
  url: string | null;
  councilMember: boolean; // member of the municipality's anhörigråd
}

/** Information page (issue 3). Body is a tiny markup: paragraphs separated by blank lines,
 *  '## ' headings, '- ' list items, links as [text](https://…). */
export interface DemoPage {
  key: string;
  slug: string; // url part, Swedish, e.g. 'vad-ar-anhorigstod'
  order: number;
  targetGroups: TargetGroup[];
  title: Localized;
  summary: Localized;
  body: Localized;
}

export interface DemoMunicipality {
  slug: 'sodertalje' | 'vetlanda' | 'herrljunga' | 'hassleholm';
  name: string; // 'Södertälje kommun'
  source: string; // which seed document, e.g. 'Riktlinje för anhörigstöd (seeds/000_…)'
  intro: Localized; // two sentences for the start page
  settings: DemoSettings;
  units: DemoUnit[];
  bodies: DemoBody[];
  staff: DemoStaff[];
  offerings: DemoOffering[];
  partners: DemoPartner[];
  pages: DemoPage[];
  ageBandsServed?: AgeBand[];
}
