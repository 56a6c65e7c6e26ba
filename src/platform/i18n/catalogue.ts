// The message catalogue's shape (issue 16). One catalogue, split by owner:
// - platform text (frame, errors, shared form checks) in platform/i18n/platform/<lang>.ts,
//   combined in messages.ts as MESSAGES;
// - each module's citizen text in src/modules/<module>/messages.ts, exporting
//   `<MODULE>_MESSAGES: Catalogue` with keys prefixed by the module ('catalog.title'),
//   used through `translator(locale, <MODULE>_MESSAGES)`.
// Strings are ICU MessageFormat ({name}, {count, plural, one {…} other {…}}). Every key exists
// in all seven content languages with the same placeholders as Swedish; language-completeness
// .test.ts fails otherwise, for the platform and for every src/modules/*/messages.ts.
import type { ContentLocale } from '../domain/vocab.js';

export type Messages = Record<string, string>;
export type Catalogue = Record<ContentLocale, Messages>;
