// Referrals' own lists. Statuses and closing reasons use the same codes as contact requests so
// the combined inbox treats both alike.

export const REFERRAL_TOPICS = ['support_conversation', 'information', 'high_burden', 'respite', 'carer_group', 'children_as_carers', 'other'] as const;
export type ReferralTopic = (typeof REFERRAL_TOPICS)[number];
export const REFERRAL_TOPIC_LABELS: Record<ReferralTopic, string> = {
  support_conversation: 'Vill ha stödsamtal',
  information: 'Behöver information om stöd',
  high_burden: 'Verkar mycket belastad',
  respite: 'Behöver avlösning',
  carer_group: 'Intresserad av anhöriggrupp',
  children_as_carers: 'Barn eller ung som anhörig',
  other: 'Annat',
};

export const URGENCIES = ['normal', 'soon', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: 'Inom målet för första kontakt',
  soon: 'Snart – inom några dagar',
  urgent: 'Brådskande – samma eller nästa arbetsdag',
};
export const URGENCY_SHORT: Record<Urgency, string> = { normal: 'Normal', soon: 'Snart', urgent: 'Brådskande' };

export const REFERRAL_STATUSES = ['new', 'assigned', 'contacted', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const STATUS_LABELS: Record<string, string> = {
  new: 'Ny', assigned: 'Tilldelad', contacted: 'Kontaktad', closed: 'Avslutad', withdrawn: 'Återkallad',
};

export const CLOSE_REASONS = ['support_given', 'referred_on', 'no_answer', 'not_wanted', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  support_given: 'Stöd har getts',
  referred_on: 'Lotsad vidare',
  no_answer: 'Nådde inte den anhöriga',
  not_wanted: 'Den anhöriga ville inte ha stöd',
  other: 'Annat',
};

export const CARED_FOR_CONSENTS = ['yes', 'no', 'not_asked'] as const;
export type CaredForConsent = (typeof CARED_FOR_CONSENTS)[number];

/** The exact wordings shown with the consent boxes; each referral stores the one it was given with. */
export const CARER_CONSENT_WORDING = 'Den anhöriga har samtyckt till att jag lämnar hens namn och kontaktuppgifter till kommunens anhörigstöd, som kontaktar hen för att erbjuda stöd.';
export const CARED_FOR_CONSENT_WORDING = 'Den närstående har samtyckt till att uppgifter om hen lämnas till anhörigstödet i den mån det behövs för stödet till den anhöriga.';
export const CARED_FOR_LABELS: Record<CaredForConsent, string> = {
  yes: 'Ja, den närstående har samtyckt',
  no: 'Nej – lämna inga uppgifter om den närstående',
  not_asked: 'Inte tillfrågad',
};

export const VIEWS_CONSIDERED = ['yes', 'partly', 'no', 'unknown'] as const;
export type ViewsConsidered = (typeof VIEWS_CONSIDERED)[number];
export const VIEWS_CONSIDERED_LABELS: Record<ViewsConsidered, string> = {
  yes: 'Ja', partly: 'Delvis', no: 'Nej', unknown: 'Vet inte',
};
