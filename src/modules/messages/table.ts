/** A conversation between a carer's account and the carer-support team. */
export interface MessageThreadsTable {
  id: string;
  tenant_id: string;
  account_id: string;
  /** the carer's request the thread is about; null = to the carer-support queue in general */
  request_id: string | null;
  /** the unit whose staff answer (the request's queue, or the carer-support unit) */
  unit_id: string | null;
  /** written by the carer */
  subject: string;
  created_at: string;
  last_message_at: string;
}

export interface ThreadMessagesTable {
  id: string;
  tenant_id: string;
  thread_id: string;
  author: string; // 'carer' | 'staff'
  staff_user_id: string | null;
  body: string;
  created_at: string;
  /** when the other side first read it */
  read_at: string | null;
}

export interface MessageAttachmentsTable {
  id: string;
  tenant_id: string;
  thread_id: string;
  message_id: string;
  /** the name as the sender's browser gave it, after the input policy */
  filename: string;
  /** sniffed from the content: application/pdf, image/jpeg, image/png or text/plain */
  content_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

export interface MessagesTables {
  message_threads: MessageThreadsTable;
  thread_messages: ThreadMessagesTable;
  message_attachments: MessageAttachmentsTable;
}
