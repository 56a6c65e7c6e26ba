// The yearly questionnaire (SPEC C6): a question set per municipality and year, and the answers
// staff confirm or correct. Everything else in a report is computed from other modules' data.
export interface ReportQuestionsTable {
  id: string;
  tenant_id: string;
  year: number;
  position: number;
  /** Stable key of what Bredvid can derive (e.g. 'support_conversation'); '' = custom question. */
  code: string;
  text: string;
  help: string;
  /** 'yes_no' | 'number' */
  kind: string;
  /** 1 = answered for each target group of the närstående (and children as carers). */
  per_group: number;
  created_at: string;
  updated_at: string;
}

export interface ReportAnswersTable {
  id: string;
  tenant_id: string;
  question_id: string;
  /** A TargetGroup, 'children', or 'all' for a question answered once. */
  answer_group: string;
  /** 'yes' | 'no' for yes/no questions; a non-negative integer as text for number questions. */
  value: string;
  note: string;
  /** 'confirmed' = Bredvid's suggestion accepted; 'corrected' = staff gave another answer. */
  source: string;
  /** Staff user who answered (record of processing: staff identity, kept with the report). */
  answered_by: string;
  answered_at: string;
}

export interface ReportsTables {
  report_questions: ReportQuestionsTable;
  report_answers: ReportAnswersTable;
}
