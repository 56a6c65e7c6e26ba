// Citizen text of Mina sidor (accounts, the pages and secure messages), ICU message syntax, in
// every content locale. Used as translator(locale, ACCOUNT_MESSAGES).
// Each language's text is in messages/<language>.ts.
import type { ContentLocale } from '../../platform/domain/vocab.js';
import type { Messages } from '../../platform/i18n/messages.js';
import { ar } from './messages/ar.js';
import { en } from './messages/en.js';
import { fa } from './messages/fa.js';
import { fi } from './messages/fi.js';
import { so } from './messages/so.js';
import { sv } from './messages/sv.js';
import { svEasy } from './messages/sv-easy.js';

export const ACCOUNT_MESSAGES: Record<ContentLocale, Messages> = { sv, 'sv-easy': svEasy, en, ar, fi, fa, so };
