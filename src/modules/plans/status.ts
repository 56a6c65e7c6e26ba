export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Planerad',
  ongoing: 'Pågår',
  done: 'Genomförd',
  cancelled: 'Inställd',
};
