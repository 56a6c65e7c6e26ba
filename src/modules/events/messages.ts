// The public events pages', booking pages', e-mails', SMS and calendar files' text in every
// content language (catalogue contract: platform/i18n/catalogue.ts). events.<name> is the
// pages' interface, events.type/audience/status/refusal.* the codes, events.mail.* the messages
// to a booked person (notify.ts), events.mail.ics.* the .ics texts.
// Each language's text is in messages/<language>.ts.
import type { Catalogue } from '../../platform/i18n/catalogue.js';
import { ar } from './messages/ar.js';
import { en } from './messages/en.js';
import { fa } from './messages/fa.js';
import { fi } from './messages/fi.js';
import { so } from './messages/so.js';
import { sv } from './messages/sv.js';
import { svEasy } from './messages/sv-easy.js';

export const EVENTS_MESSAGES: Catalogue = { sv, 'sv-easy': svEasy, en, ar, fi, fa, so };
