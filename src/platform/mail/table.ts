export interface OutboxTable {
  id: string;
  tenant_id: string | null;
  channel: string; // 'email' | 'sms'
  recipient: string;
  subject: string;
  body_text: string;
  /** JSON array of {filename, contentType, content} */
  attachments: string | null;
  /** Same key twice = one message: a retried request never sends twice */
  dedupe_key: string;
  status: string; // 'pending' | 'sending' | 'sent' | 'failed'
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** 1 when someone typed the recipient into a public form: counts toward the daily cap per recipient */
  public_trigger: number;
}
export interface MailTables {
  outbox: OutboxTable;
}
