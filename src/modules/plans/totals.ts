// The plan as one tree with its sums: per activity, sub-goal, goal, budget line and year.
// Pure, so the arithmetic is tested on its own; amounts stay integer kronor throughout.
import type { ActivityStatus } from './status.js';

export interface Plan {
  id: string;
  title: string;
  description: string;
  startYear: number;
  endYear: number;
  grantPerInhabitantOre: number | null;
  updatedAt: string;
}
export interface Goal { id: string; parentId: string | null; title: string; sortOrder: number }
export interface Activity {
  id: string;
  goalId: string;
  title: string;
  targetGroup: string;
  responsible: string;
  responsibleBodyId: string | null;
  responsibleBodyName: string | null;
  budgetLine: string;
  status: ActivityStatus;
  comment: string;
  sortOrder: number;
}
export interface YearAmount { activityId: string; year: number; budgetKr: number; actualKr: number | null }

export interface ActivityView extends Activity {
  /** Per year of the plan, in the order of PlanView.years. */
  budget: number[];
  actual: (number | null)[];
}
export interface SubGoalView { id: string; number: string; title: string; activities: ActivityView[]; budget: number[]; actual: number[] }
export interface GoalView { id: string; number: string; title: string; subGoals: SubGoalView[]; budget: number[]; actual: number[] }
export interface BudgetLineView { name: string; budget: number[]; activities: number }
export interface PlanView {
  plan: Plan;
  years: number[];
  goals: GoalView[];
  budget: number[];
  actual: number[];
  /** Whether any actual cost is reported for the year. */
  actualReported: boolean[];
  budgetLines: BudgetLineView[];
  activityCount: number;
}

export const yearsOf = (p: { startYear: number; endYear: number }): number[] =>
  Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);

const zeros = (n: number) => Array.from({ length: n }, () => 0);
const addInto = (target: number[], add: (number | null)[]) => add.forEach((v, i) => (target[i] += v ?? 0));
const bySort = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

export function buildPlanView(plan: Plan, goals: Goal[], activities: Activity[], amounts: YearAmount[]): PlanView {
  const years = yearsOf(plan);
  const n = years.length;
  const amountMap = new Map<string, YearAmount>();
  for (const a of amounts) amountMap.set(`${a.activityId}:${a.year}`, a);
  const budget = zeros(n);
  const actual = zeros(n);
  const actualReported = years.map(() => false);
  const lines = new Map<string, BudgetLineView>();

  const activityView = (a: Activity): ActivityView => {
    const b = years.map((y) => amountMap.get(`${a.id}:${y}`)?.budgetKr ?? 0);
    const act = years.map((y) => amountMap.get(`${a.id}:${y}`)?.actualKr ?? null);
    act.forEach((v, i) => (actualReported[i] ||= v !== null));
    if (a.budgetLine) {
      const line = lines.get(a.budgetLine) ?? { name: a.budgetLine, budget: zeros(n), activities: 0 };
      addInto(line.budget, b);
      line.activities++;
      lines.set(a.budgetLine, line);
    }
    return { ...a, budget: b, actual: act };
  };

  const top = goals.filter((g) => g.parentId === null).sort(bySort);
  const goalViews: GoalView[] = top.map((g, gi) => {
    const gv: GoalView = { id: g.id, number: String(gi + 1), title: g.title, subGoals: [], budget: zeros(n), actual: zeros(n) };
    gv.subGoals = goals.filter((s) => s.parentId === g.id).sort(bySort).map((s, si) => {
      const acts = activities.filter((a) => a.goalId === s.id).sort(bySort).map(activityView);
      const sv: SubGoalView = { id: s.id, number: `${gi + 1}.${si + 1}`, title: s.title, activities: acts, budget: zeros(n), actual: zeros(n) };
      for (const a of acts) {
        addInto(sv.budget, a.budget);
        addInto(sv.actual, a.actual);
      }
      addInto(gv.budget, sv.budget);
      addInto(gv.actual, sv.actual);
      return sv;
    });
    addInto(budget, gv.budget);
    addInto(actual, gv.actual);
    return gv;
  });
  return {
    plan, years, goals: goalViews, budget, actual, actualReported, budgetLines: [...lines.values()],
    activityCount: goalViews.reduce((s, g) => s + g.subGoals.reduce((t, sg) => t + sg.activities.length, 0), 0),
  };
}
