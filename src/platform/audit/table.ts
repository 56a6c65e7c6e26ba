export interface AuditLogTable {
  id: string;
  tenant_id: string | null;
  user_id: string | null;
  unit_id: string | null;
  /** e.g. 'auth.sign_in', 'carer.read', 'carer.export', 'access.denied' */
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  purpose: string | null;
  outcome: string; // 'ok' | 'denied' | 'failed'
  /** On sign-in rows: the AuthMethod used; null elsewhere */
  auth_method: string | null;
  at: string;
}
export interface AuditTables {
  audit_log: AuditLogTable;
}
