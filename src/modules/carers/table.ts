export interface CarersTable {
  id: string;
  tenant_id: string;
  /** The specialists' unit that holds the record: the unit scope of every query. */
  unit_id: string;
  name: string;
  /** Lower-case, single-spaced name for duplicate detection. */
  name_norm: string;
  phone: string | null;
  /** Digits only, +46 → 0: duplicate detection. */
  phone_norm: string | null;
  email: string | null; // lower-case
  /** 12 digits YYYYMMDDNNNN, validated; never in a URL, log or query string. */
  personnummer: string | null;
  target_group: string | null; // the närstående's target group, never their identity
  relationship: string | null;
  age_band: string | null;
  gender: string | null;
  /** The named stödkontakt (a specialist user). */
  support_contact_user_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** Retention counts from here (carerRetentionMonths). */
  last_activity_at: string;
}

export interface CarerConsentsTable {
  id: string;
  tenant_id: string;
  carer_id: string;
  /** 'carer' = the carer's own consent; 'cared_for' = the närstående's consent to share. */
  subject: string;
  scope: string; // ConsentScope
  /** The exact wording the person agreed to. */
  wording: string;
  given_on: string; // YYYY-MM-DD
  recorded_by: string | null;
  recorded_at: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
}

export interface CarerActionsTable {
  id: string;
  tenant_id: string;
  carer_id: string;
  kind: string; // 'action' | 'follow_up'
  action_type: string; // ActionType
  due_on: string; // YYYY-MM-DD
  assigned_user_id: string | null;
  status: string; // 'planned' | 'done' | 'cancelled'
  done_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Signed, immutable journal entries (documentation policy 'journal' only). */
export interface JournalEntriesTable {
  id: string;
  tenant_id: string;
  carer_id: string;
  body: string;
  signed_by: string;
  signed_at: string;
  /** A correction is a new entry pointing to the entry it corrects. */
  corrects_id: string | null;
}

/** A unit manager's documented sample review of the access log. */
export interface AuditReviewsTable {
  id: string;
  tenant_id: string;
  reviewer_id: string;
  /** JSON: 'all' or the unit ids the reviewer's scope covered. */
  unit_ids: string;
  period_from: string; // YYYY-MM-DD
  period_to: string; // YYYY-MM-DD inclusive
  /** The seed of the sample: the same seed over the same rows gives the same sample. */
  seed: string;
  sample_size: number;
  population: number;
  created_at: string;
  completed_at: string | null;
  conclusion: string | null;
}

export interface AuditReviewItemsTable {
  id: string;
  tenant_id: string;
  review_id: string;
  audit_id: string;
  position: number;
  reviewed_at: string | null;
  reviewed_by: string | null;
  verdict: string | null; // 'ok' | 'question'
  comment: string | null;
}

/** A stödkontakt offered to a carer (SoL 2025:400 as amended 1 July 2026) and the answer. */
export interface SupportOffersTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  /** The identified carer; null when the offer was made in an anonymous contact. */
  carer_id: string | null;
  /** The anonymous contact-log entry the offer was made in (no identity). */
  contact_id: string | null;
  /** The carer's first contact with the service, YYYY-MM-DD: time to offer counts from here. */
  first_contact_on: string;
  offered_on: string; // YYYY-MM-DD
  answer: string; // OfferAnswer
  /** The named stödkontakt of an accepted offer (a specialist user). */
  support_contact_user_id: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

/** One measure of the carer's plan ("planera åtgärder", SoL 2025:400 as amended 1 July 2026). */
export interface CarerPlanMeasuresTable {
  id: string;
  tenant_id: string;
  carer_id: string;
  what: string;
  /** Who is responsible, in words (the carer, the stödkontakt, a unit, an association). */
  responsible: string;
  due_on: string | null; // YYYY-MM-DD
  status: string; // PlanStatus
  follow_up_on: string | null; // YYYY-MM-DD
  note: string | null;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

/** A comment the carer wrote on the plan from Mina sidor (read by the stödkontakt on the plan page). */
export interface CarerPlanCommentsTable {
  id: string;
  tenant_id: string;
  carer_id: string;
  body: string;
  created_at: string;
}

export interface CarersTables {
  carer_plan_measures: CarerPlanMeasuresTable;
  carer_plan_comments: CarerPlanCommentsTable;
  support_offers: SupportOffersTable;
  carers: CarersTable;
  carer_consents: CarerConsentsTable;
  carer_actions: CarerActionsTable;
  journal_entries: JournalEntriesTable;
  audit_reviews: AuditReviewsTable;
  audit_review_items: AuditReviewItemsTable;
}
