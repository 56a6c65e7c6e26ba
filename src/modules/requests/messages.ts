// The contact request's citizen text in the message catalogue (ICU syntax), every content
// language: the form steps, the check page, the status page and the withdrawal confirmation.
// Used with translator(locale, REQUESTS_MESSAGES); keys start with "requests.".
import type { ContentLocale } from '../../platform/domain/vocab.js';
import type { Messages } from '../../platform/i18n/messages.js';
import { sv, svEasy } from './messages-sv.js';
import { en } from './messages-en.js';
import { ar, fa } from './messages-rtl.js';
import { fi, so } from './messages-fi-so.js';

export const REQUESTS_MESSAGES: Record<ContentLocale, Messages> = { sv, 'sv-easy': svEasy, en, ar, fi, fa, so };
