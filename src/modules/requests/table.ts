import type { Generated } from 'kysely';

/**
 * A contact request ("Jag vill bli kontaktad"). name/phone/email/message/selfcheck_summary are
 * the contact details: erased on withdrawal and after the retention period once closed; the
 * rest is statistics and survives (SPEC §5.6).
 */
export interface ContactRequestsTable {
  id: string;
  tenant_id: string;
  /** short human-readable code shown to the carer, e.g. 'K-7H3Q-2M'; unique per tenant */
  reference: string;
  /** SHA-256 (hex) of the private status-link token; the token itself is never stored */
  status_token_hash: string;
  mode: string; // 'anonymous' | 'named'
  /** alias/first name (anonymous) or full name (named); null once erased */
  name: string | null;
  phone: string | null;
  email: string | null;
  message: string | null;
  /** the carer's self-check result sent along (see schema.ts for the contract) */
  selfcheck_summary: string | null;
  channel: string; // 'phone' | 'email' — how the carer asked to be reached
  topic: string; // RequestTopic
  target_group: string | null; // TargetGroup of the närstående
  age_band: string | null; // AgeBand of the carer
  /** AgeBand of the närstående (optional), for rules that depend on it */
  relative_age_band: string | null;
  preferred_language: string; // ContentLocale or 'other'
  preferred_time: string; // PreferredTime
  heard_via: string | null; // HeardVia
  campaign_id: string | null;
  routed_unit_id: string | null;
  /** why the request went where it went (the matching rule's note), shown to the carer */
  routing_note: string;
  status: string; // RequestStatus
  assigned_user_id: string | null;
  close_reason: string | null;
  created_at: string;
  updated_at: string;
  contacted_at: string | null;
  closed_at: string | null;
  erased_at: string | null;
  /** Staff-only: violence in close relationships is suspected (never shown to the carer). Survives as a statistic. */
  violence_flag: Generated<number>;
  /** Staff's note on the flag: erased with the contact details. */
  violence_note: string | null;
  violence_flagged_at: string | null;
  violence_flagged_by: string | null;
}

export interface RequestsTables {
  contact_requests: ContactRequestsTable;
}
