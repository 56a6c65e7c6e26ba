// The contact log's own lists (codes English and stable, labels Swedish). Shared domain lists
// (target group, relationship, age band, gender, heard via) come from platform/domain/vocab.ts.

export const CHANNELS = ['phone', 'visit', 'home_visit', 'video', 'email', 'group'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Telefon', visit: 'Besök', home_visit: 'Hembesök', video: 'Video', email: 'E-post eller meddelande', group: 'Grupp',
};

export const ACTIVITY_TYPES = ['support_conversation', 'information', 'guidance', 'follow_up', 'home_visit', 'group_session', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  support_conversation: 'Stödsamtal',
  information: 'Information',
  guidance: 'Lotsning och vägledning',
  follow_up: 'Uppföljning',
  home_visit: 'Hembesök',
  group_session: 'Gruppträff',
  other: 'Annat',
};

/** Where a carer was referred onward (no free text: statistics only). */
export const ONWARD_TARGETS = ['needs_assessment', 'health_care', 'region_psychiatry', 'association', 'church', 'social_insurance', 'adult_unit', 'children_family', 'other'] as const;
export type OnwardTarget = (typeof ONWARD_TARGETS)[number];
export const ONWARD_TARGET_LABELS: Record<OnwardTarget, string> = {
  needs_assessment: 'Biståndshandläggare (ansökan om insats)',
  health_care: 'Vårdcentral eller annan vård',
  region_psychiatry: 'Psykiatrin',
  association: 'Förening',
  church: 'Kyrka eller trossamfund',
  social_insurance: 'Försäkringskassan (närståendepenning)',
  adult_unit: 'Vuxenenheten',
  children_family: 'Barn och familj',
  other: 'Annan verksamhet',
};

/** Minutes offered in the duration list; the list keeps the form keyboard-fast. */
export const DURATIONS = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120, 150, 180, 240] as const;
export const DEFAULTS = { channel: 'phone' as Channel, activityType: 'support_conversation' as ActivityType, durationMin: 30 };
