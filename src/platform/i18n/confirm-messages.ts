// Shared text of the confirmation step before an irreversible action (platform/views/confirm.tsx).
import type { ContentLocale } from '../domain/vocab.js';
import type { Messages } from './messages.js';

export const CONFIRM_MESSAGES: Record<ContentLocale, Messages> = {
  sv: { 'confirm.title': 'Är du säker?', 'confirm.cannotUndo': 'Det går inte att ångra.', 'confirm.no': 'Nej, gå tillbaka', 'confirm.notDone': 'Ingenting har ändrats. Bekräfta om du vill fortsätta.' },
  'sv-easy': { 'confirm.title': 'Är du säker?', 'confirm.cannotUndo': 'Du kan inte ändra dig efteråt.', 'confirm.no': 'Nej, tillbaka', 'confirm.notDone': 'Inget har ändrats. Tryck på knappen om du vill fortsätta.' },
  en: { 'confirm.title': 'Are you sure?', 'confirm.cannotUndo': 'This cannot be undone.', 'confirm.no': 'No, go back', 'confirm.notDone': 'Nothing has changed. Confirm if you want to continue.' },
  ar: { 'confirm.title': 'هل أنت متأكد؟', 'confirm.cannotUndo': 'لا يمكن التراجع عن ذلك.', 'confirm.no': 'لا، عودة', 'confirm.notDone': 'لم يتغير شيء. أكّد إذا أردت المتابعة.' },
  fi: { 'confirm.title': 'Oletko varma?', 'confirm.cannotUndo': 'Tätä ei voi perua.', 'confirm.no': 'En, palaa takaisin', 'confirm.notDone': 'Mitään ei ole muutettu. Vahvista, jos haluat jatkaa.' },
  fa: { 'confirm.title': 'آیا مطمئن هستید؟', 'confirm.cannotUndo': 'این کار قابل بازگشت نیست.', 'confirm.no': 'نه، بازگشت', 'confirm.notDone': 'چیزی تغییر نکرده است. اگر می‌خواهید ادامه دهید، تأیید کنید.' },
  so: { 'confirm.title': 'Ma hubtaa?', 'confirm.cannotUndo': 'Tan dib looma celin karo.', 'confirm.no': 'Maya, dib u noqo', 'confirm.notDone': 'Waxba isma beddelin. Xaqiiji haddii aad rabto inaad sii wadato.' },
};
