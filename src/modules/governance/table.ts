// The bodies themselves (governance_bodies) belong to the organisation module.
export interface GovernanceMembersTable {
  id: string;
  tenant_id: string;
  body_id: string;
  /** 'user' | 'partner' | 'person' */
  kind: string;
  user_id: string | null;
  /** A partner of the partners module (text id, no foreign key across modules) */
  partner_id: string | null;
  /** The partner's representative, or a named person without an account */
  representative_name: string | null;
  role_in_body: string;
  created_at: string;
}

export interface GovernanceMeetingsTable {
  id: string;
  tenant_id: string;
  body_id: string;
  /** YYYY-MM-DD, local date */
  date: string;
  /** HH:MM local time or null */
  start_time: string | null;
  place: string;
  topic: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface GovernanceAttachmentsTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  /** 'agenda' | 'minutes' */
  kind: string;
  /** 'pdf' | 'docx', decided from the content, never the name */
  file_type: string;
  /** The uploader's file name, cleaned; used only as the download name */
  filename: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface GovernanceTables {
  governance_members: GovernanceMembersTable;
  governance_meetings: GovernanceMeetingsTable;
  governance_attachments: GovernanceAttachmentsTable;
}
