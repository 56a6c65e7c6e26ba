/** One anonymous contact (statistics only): nothing here identifies the carer. */
export interface ContactLogTable {
  id: string;
  tenant_id: string;
  /** The unit the specialist logged from (scope and report grouping). */
  unit_id: string;
  /** The specialist who logged it: their own "today" list and the 24 h edit window. */
  user_id: string | null;
  contact_date: string; // YYYY-MM-DD (Europe/Stockholm)
  channel: string; // Channel
  duration_min: number;
  activity_type: string; // ActivityType
  target_group: string | null; // TargetGroup of the närstående
  relationship: string | null; // Relationship
  age_band: string | null; // AgeBand
  gender: string | null; // Gender (incl. not_stated)
  district: string | null; // a name from the municipality's district list
  heard_via: string | null; // HeardVia
  campaign_id: string | null; // outreach campaign (picker added by the outreach module)
  referred_onward: number;
  referred_to: string | null; // OnwardTarget
  /** Set only when an identified carer asked for the contact to be linked; no foreign key,
   *  so counts of unique carers survive the carer's deletion. */
  carer_id: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * Running tallies of the contact log (kept in the same transaction as every write to it), so the
 * yearly report and dashboards read a few hundred rows instead of a year of contacts.
 * One row per municipality, month, unit, counted field and value ('' = not given).
 */
export interface ContactTallyTable {
  tenant_id: string;
  month: string; // YYYY-MM
  unit_id: string;
  dimension: string; // TallyDimension
  value: string;
  n: number;
  minutes: number;
}

/** Contacts linked to each identified carer per year and unit: unique carers reached. */
export interface ContactCarerTallyTable {
  tenant_id: string;
  year: number;
  unit_id: string;
  carer_id: string;
  n: number;
}

export interface ContactsTables {
  contact_log: ContactLogTable;
  contact_tallies: ContactTallyTable;
  contact_carer_tallies: ContactCarerTallyTable;
}
