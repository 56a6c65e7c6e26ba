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
import { VOCAB } from './platform/vocab.js';

export type { Catalogue, Messages } from './catalogue.js';

const own: Catalogue = { sv, 'sv-easy': svEasy, en, ar, fi, fa, so };

export const MESSAGES: Catalogue = Object.fromEntries(Object.entries(own).map(([l, m]) => [l, { ...m, ...VOCAB[l as keyof Catalogue] }])) as Catalogue;
