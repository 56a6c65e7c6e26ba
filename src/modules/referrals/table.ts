import type { Generated } from 'kysely';

/** A referral (förmedla kontakt) from any staff member to the carer-support specialists. */
export interface ReferralsTable {
  id: string;
  tenant_id: string;
  from_unit_id: string | null;
  from_user_id: string | null;
  /** Where the municipality's routing rules sent it: the inbox scope. */
  to_unit_id: string | null;
  // Contact details: emptied by retention some days after closing (contact_deleted_at).
  carer_name: string | null;
  carer_phone: string | null;
  carer_email: string | null;
  reach_note: string | null;
  message: string | null;
  topic: string; // ReferralTopic
  target_group: string | null;
  carer_age_band: string | null;
  urgency: string; // 'normal' | 'soon' | 'urgent'
  consent_carer: number;
  /** The exact consent wording shown when the box was ticked. */
  consent_carer_wording: string;
  consent_cared_for: string; // 'yes' | 'no' | 'not_asked'
  consent_cared_for_wording: string | null;
  status: string; // 'new' | 'assigned' | 'contacted' | 'closed'
  assigned_user_id: string | null;
  /** First contact is due by this date (Swedish working days from arrival). */
  target_date: string;
  first_contact_at: string | null;
  closed_at: string | null;
  close_reason: string | null;
  carer_id: string | null;
  contact_deleted_at: string | null;
  created_at: string;
  updated_at: string;
  /** Staff-only: violence in close relationships is suspected (never shown to the carer). Survives as a statistic. */
  violence_flag: Generated<number>;
  /** Staff's note on the flag: erased with the contact details. */
  violence_note: string | null;
  violence_flagged_at: string | null;
  violence_flagged_by: string | null;
}

/** A case officer's record that a carer took part in the närstående's needs assessment. */
export interface NeedsAssessmentsTable {
  id: string;
  tenant_id: string;
  unit_id: string | null;
  recorded_by: string | null;
  assessed_on: string; // YYYY-MM-DD
  took_part: number;
  views_considered: string; // 'yes' | 'partly' | 'no' | 'unknown'
  /** The carer got needs-assessed support for their own part. */
  own_support: number;
  referral_id: string | null;
  carer_id: string | null;
  created_at: string;
}

export interface ReferralsTables {
  referrals: ReferralsTable;
  needs_assessments: NeedsAssessmentsTable;
}
