// Tables of the self-check (belastningskoll). Instruments are data: a draft being edited and
// immutable published versions; results and counters always reference a version.
export interface SelfcheckInstrumentsTable {
  id: string;
  tenant_id: string;
  /** Swedish name, for lists; the full text lives in the draft and each version. */
  name: string;
  /** JSON: the definition being edited (InstrumentDraft); publishing copies it into a version. */
  draft: string;
  /** 1 = the instrument citizens meet at /{kommun}/belastningskoll (at most one per tenant). */
  offered_public: number;
  current_version_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SelfcheckVersionsTable {
  id: string;
  tenant_id: string;
  instrument_id: string;
  version: number;
  /** JSON: InstrumentDefinition, validated on publish; never changed afterwards. */
  definition: string;
  published_at: string;
  published_by: string | null;
}

/** Results a specialist attached to an identified carer (with consent). */
export interface SelfcheckResultsTable {
  id: string;
  tenant_id: string;
  /** The carer in the carers module (no foreign key: the modules are built apart). */
  carer_id: string;
  /** The unit whose scope the result belongs to (the carer's unit, else the recorder's). */
  unit_id: string | null;
  version_id: string;
  /** JSON: { [itemKey]: number | 'skip' } */
  answers: string;
  /** JSON: ScoredResult (means and bands per dimension and overall). */
  scores: string;
  consent_at: string;
  recorded_by: string;
  recorded_at: string;
}

/** Anonymous statistics: completed citizen self-checks per month, version and overall band. */
export interface SelfcheckCountersTable {
  id: string;
  tenant_id: string;
  /** 'YYYY-MM' (Europe/Stockholm); nothing finer is kept. */
  month: string;
  version_id: string;
  /** Overall band key, or 'unscored' when too few answers gave no overall band. */
  band: string;
  count: number;
}

/**
 * Completion tokens already counted, remembered for a day or two so that a resubmitted result
 * page does not count one check twice (see completion.ts). Only the token's hash and its issue day.
 */
export interface SelfcheckCompletionsTable {
  token_hash: string;
  tenant_id: string;
  /** 'YYYY-MM-DD' (UTC) the token was issued; nothing finer is kept. */
  issued_on: string;
}

export interface SelfcheckTables {
  selfcheck_instruments: SelfcheckInstrumentsTable;
  selfcheck_versions: SelfcheckVersionsTable;
  selfcheck_results: SelfcheckResultsTable;
  selfcheck_counters: SelfcheckCountersTable;
  selfcheck_completions: SelfcheckCompletionsTable;
}
