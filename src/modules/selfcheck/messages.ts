// The self-check's citizen text in the message catalogue (ICU syntax), in every content language.
import type { ContentLocale } from '../../platform/domain/vocab.js';
import type { Messages } from '../../platform/i18n/messages.js';

export const SELFCHECK_MESSAGES: Record<ContentLocale, Messages> = {
  sv: { 'selfcheck.chooseAnswer': 'Välj ett svar' },
  'sv-easy': { 'selfcheck.chooseAnswer': 'Välj ett svar' },
  en: { 'selfcheck.chooseAnswer': 'Choose an answer' },
  ar: { 'selfcheck.chooseAnswer': 'اختر إجابة' },
  fi: { 'selfcheck.chooseAnswer': 'Valitse vastaus' },
  fa: { 'selfcheck.chooseAnswer': 'یک پاسخ را انتخاب کنید' },
  so: { 'selfcheck.chooseAnswer': 'Dooro jawaab' },
};
