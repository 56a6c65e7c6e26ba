export interface JobLocksTable {
  name: string;
  locked_until: string;
  locked_by: string;
  last_run_at: string | null;
}
export interface JobTables {
  job_locks: JobLocksTable;
}
