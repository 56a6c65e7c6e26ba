export interface AmbassadorsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  /** The ambassador's account, or null for a named staff member without one */
  user_id: string | null;
  /** Name of a staff member without an account (null when user_id is set) */
  person_name: string | null;
  person_title: string;
  /** The unit manager (or area manager/director) who designated them */
  designated_by: string | null;
  /** YYYY-MM-DD, local date */
  since: string;
  /** YYYY-MM-DD; null while active */
  ended_on: string | null;
  ended_by: string | null;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** Trainings recorded by hand (the events engine supplies the attended sessions). */
export interface AmbassadorTrainingsTable {
  id: string;
  tenant_id: string;
  ambassador_id: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  minutes: number;
  recorded_by: string | null;
  created_at: string;
}

export interface AmbassadorTables {
  ambassadors: AmbassadorsTable;
  ambassador_trainings: AmbassadorTrainingsTable;
}
