export interface GovernanceBodiesTable {
  id: string;
  tenant_id: string;
  kind: string; // BodyKind
  name: string;
  meetings_per_year: number | null;
  description: string;
  created_at: string;
}

/** A municipality's accessibility statement (DOS-lagen); without a row the default text shows. */
export interface AccessibilityStatementsTable {
  tenant_id: string;
  compliance: string; // Compliance: 'full' | 'partial' | 'none'
  /** what is not accessible and why (staff rich text) */
  non_compliance_text: string;
  /** content whose adaptation would be a disproportionate burden ('' = none claimed) */
  burden_text: string;
  /** content outside the law's scope ('' = none) */
  out_of_scope_text: string;
  /** how the site was reviewed */
  assessment_text: string;
  /** date of the last review (YYYY-MM-DD) */
  reviewed_on: string;
  /** where feedback goes: shown on the statement, and notified of new reports */
  feedback_email: string;
  feedback_phone: string;
  updated_at: string;
}

/** A visitor's report of an accessibility problem; kept 12 months at most. */
export interface AccessibilityFeedbackTable {
  id: string;
  tenant_id: string;
  /** the page concerned, as the visitor wrote it */
  page: string | null;
  message: string;
  /** only when the visitor gave one, to be answered */
  email: string | null;
  created_at: string;
}

export interface OrgTables {
  governance_bodies: GovernanceBodiesTable;
  accessibility_statements: AccessibilityStatementsTable;
  accessibility_feedback: AccessibilityFeedbackTable;
}
