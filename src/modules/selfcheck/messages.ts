// The self-check's citizen text in every content language (catalogue contract:
// platform/i18n/catalogue.ts). Questions and answers are the instrument's own texts (definition.ts).
// Each language's text is in messages/<language>.ts.
import type { Catalogue } from '../../platform/i18n/catalogue.js';
import { ar } from './messages/ar.js';
import { en } from './messages/en.js';
import { fa } from './messages/fa.js';
import { fi } from './messages/fi.js';
import { so } from './messages/so.js';
import { sv } from './messages/sv.js';
import { svEasy } from './messages/sv-easy.js';

export const SELFCHECK_MESSAGES: Catalogue = { sv, 'sv-easy': svEasy, en, ar, fi, fa, so };
