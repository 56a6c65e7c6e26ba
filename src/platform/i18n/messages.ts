// Platform interface text (ICU message syntax) in every content language; see catalogue.ts
// for the contract modules follow.
import type { Catalogue } from './catalogue.js';
import { ar } from './platform/ar.js';
import { en } from './platform/en.js';
import { fa } from './platform/fa.js';
import { fi } from './platform/fi.js';
import { so } from './platform/so.js';
import { sv } from './platform/sv.js';
import { svEasy } from './platform/sv-easy.js';

export type { Catalogue, Messages } from './catalogue.js';

export const MESSAGES: Catalogue = { sv, 'sv-easy': svEasy, en, ar, fi, fa, so };
