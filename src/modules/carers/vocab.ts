// The carer record's own lists. Consent wordings are stored with each consent exactly as shown.

export const CONSENT_SUBJECTS = ['carer', 'cared_for'] as const;
export type ConsentSubject = (typeof CONSENT_SUBJECTS)[number];
export const CONSENT_SUBJECT_LABELS: Record<ConsentSubject, string> = {
  carer: 'Den anhörigas samtycke',
  cared_for: 'Den närståendes samtycke',
};

export const CONSENT_SCOPES = ['registration', 'contact', 'share_with_care', 'share_information'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const CONSENT_SCOPE_SUBJECT: Record<ConsentScope, ConsentSubject> = {
  registration: 'carer', contact: 'carer', share_with_care: 'carer', share_information: 'cared_for',
};
export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  registration: 'Registrering hos anhörigstödet',
  contact: 'Kontakt per telefon och e-post',
  share_with_care: 'Kontakt med den närståendes verksamhet',
  share_information: 'Dela information om den närstående',
};
export const CONSENT_WORDINGS: Record<ConsentScope, string> = {
  registration: 'Jag samtycker till att anhörigstödet sparar mitt namn och mina kontaktuppgifter för att kunna ge mig stöd. Uppgifterna sparas tills jag ber om att de tas bort eller tills de gallras, och läses bara av anhörigstödet.',
  contact: 'Jag samtycker till att anhörigstödet kontaktar mig per telefon eller e-post.',
  share_with_care: 'Jag samtycker till att anhörigstödet kontaktar den verksamhet som ger min närstående stöd, om det behövs för att jag ska få rätt stöd.',
  share_information: 'Den närstående samtycker till att information om hen lämnas mellan anhörigstödet och den anhöriga, i den mån det behövs för stödet till den anhöriga.',
};

export const ACTION_KINDS = ['action', 'follow_up'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_KIND_LABELS: Record<ActionKind, string> = { action: 'Planerad insats', follow_up: 'Uppföljning' };

export const ACTION_TYPES = ['recontact', 'support_conversation', 'carer_group', 'education', 'respite', 'needs_assessment_guidance', 'health_care', 'association', 'other'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  recontact: 'Återkontakt',
  support_conversation: 'Stödsamtal',
  carer_group: 'Anhöriggrupp',
  education: 'Utbildning',
  respite: 'Avlösning',
  needs_assessment_guidance: 'Hjälp att ansöka om insats',
  health_care: 'Kontakt med vården',
  association: 'Kontakt med förening',
  other: 'Annat',
};

export const ACTION_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { planned: 'Planerad', done: 'Genomförd', cancelled: 'Inställd' };

export { OFFER_ANSWERS, OFFER_ANSWER_LABELS, type OfferAnswer } from '../../platform/domain/vocab.js';

/** A plan measure's status ("planera åtgärder", SoL 2025:400 as amended 1 July 2026). */
export const PLAN_STATUSES = ['planned', 'ongoing', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { planned: 'Planerad', ongoing: 'Pågår', done: 'Klar', dropped: 'Avbruten' };
/** Measures still to be followed up. */
export const PLAN_OPEN: readonly PlanStatus[] = ['planned', 'ongoing'];
