// Activity plans (verksamhetsplaner): plan → goals (two levels) → activities → amounts per year.
// Money is integer kronor so sums are exact; the views show tkr.
export interface PlansTable {
  id: string;
  tenant_id: string;
  title: string;
  description: string;
  start_year: number;
  end_year: number;
  /** State grant per inhabitant in öre (3100 = 31 kr), or null when not stated. */
  grant_per_inhabitant_ore: number | null;
  created_at: string;
  updated_at: string;
}

export interface PlanGoalsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  /** null = overarching goal (övergripande mål); else the sub-goal's overarching goal. */
  parent_id: string | null;
  title: string;
  sort_order: number;
  created_at: string;
}

export interface PlanActivitiesTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  /** The sub-goal (delmål) the activity serves. */
  goal_id: string;
  title: string;
  target_group: string;
  /** Responsible as written (a role, e.g. "Strateg / konsulent"). */
  responsible: string;
  /** Optional link to a governance body (styrgrupp, BOSS, anhörigråd, …). */
  responsible_body_id: string | null;
  /** The line of the plan's budget table the activity is paid from (e.g. "Anhörigråd"). */
  budget_line: string;
  status: string; // ActivityStatus
  comment: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface PlanActivityYearsTable {
  tenant_id: string;
  activity_id: string;
  year: number;
  budget_kr: number;
  /** Actual cost (utfall); null = not yet reported. */
  actual_kr: number | null;
}

export interface PlansTables {
  plans: PlansTable;
  plan_goals: PlanGoalsTable;
  plan_activities: PlanActivitiesTable;
  plan_activity_years: PlanActivityYearsTable;
}
