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

/** The question and the button of each kind of irreversible action (kinds in platform/http/confirm.ts). */
export const CONFIRM_QUESTIONS: Record<ContentLocale, Messages> = {
  sv: {
    'confirm.q.cancel': 'Vill du verkligen avboka?', 'confirm.yes.cancel': 'Ja, avboka',
    'confirm.q.delete': 'Vill du verkligen ta bort det här?', 'confirm.yes.delete': 'Ja, ta bort',
    'confirm.q.erase': 'Vill du verkligen radera uppgifterna?', 'confirm.yes.erase': 'Ja, radera',
    'confirm.q.merge': 'Vill du verkligen slå samman uppgifterna?', 'confirm.yes.merge': 'Ja, slå samman',
    'confirm.q.reset': 'Vill du verkligen återställa?', 'confirm.yes.reset': 'Ja, återställ',
    'confirm.q.callOff': 'Vill du verkligen ställa in?', 'confirm.yes.callOff': 'Ja, ställ in',
    'confirm.q.withdraw': 'Vill du verkligen återkalla?', 'confirm.yes.withdraw': 'Ja, återkalla',
  },
  'sv-easy': {
    'confirm.q.cancel': 'Vill du avboka?', 'confirm.yes.cancel': 'Ja, avboka',
    'confirm.q.delete': 'Vill du ta bort det här?', 'confirm.yes.delete': 'Ja, ta bort',
    'confirm.q.erase': 'Vill du ta bort uppgifterna?', 'confirm.yes.erase': 'Ja, ta bort',
    'confirm.q.merge': 'Vill du lägga ihop uppgifterna?', 'confirm.yes.merge': 'Ja, lägg ihop',
    'confirm.q.reset': 'Vill du börja om från början?', 'confirm.yes.reset': 'Ja, börja om',
    'confirm.q.callOff': 'Vill du ställa in?', 'confirm.yes.callOff': 'Ja, ställ in',
    'confirm.q.withdraw': 'Vill du ångra?', 'confirm.yes.withdraw': 'Ja, ångra',
  },
  en: {
    'confirm.q.cancel': 'Do you really want to cancel?', 'confirm.yes.cancel': 'Yes, cancel',
    'confirm.q.delete': 'Do you really want to delete this?', 'confirm.yes.delete': 'Yes, delete',
    'confirm.q.erase': 'Do you really want to erase the details?', 'confirm.yes.erase': 'Yes, erase',
    'confirm.q.merge': 'Do you really want to merge the records?', 'confirm.yes.merge': 'Yes, merge',
    'confirm.q.reset': 'Do you really want to reset?', 'confirm.yes.reset': 'Yes, reset',
    'confirm.q.callOff': 'Do you really want to call it off?', 'confirm.yes.callOff': 'Yes, call it off',
    'confirm.q.withdraw': 'Do you really want to withdraw?', 'confirm.yes.withdraw': 'Yes, withdraw',
  },
  ar: {
    'confirm.q.cancel': 'هل تريد حقًا إلغاء الحجز؟', 'confirm.yes.cancel': 'نعم، ألغِ الحجز',
    'confirm.q.delete': 'هل تريد حقًا حذف هذا؟', 'confirm.yes.delete': 'نعم، احذف',
    'confirm.q.erase': 'هل تريد حقًا مسح المعلومات؟', 'confirm.yes.erase': 'نعم، امسح',
    'confirm.q.merge': 'هل تريد حقًا دمج السجلات؟', 'confirm.yes.merge': 'نعم، ادمج',
    'confirm.q.reset': 'هل تريد حقًا إعادة الضبط؟', 'confirm.yes.reset': 'نعم، أعد الضبط',
    'confirm.q.callOff': 'هل تريد حقًا الإلغاء؟', 'confirm.yes.callOff': 'نعم، ألغِ',
    'confirm.q.withdraw': 'هل تريد حقًا السحب؟', 'confirm.yes.withdraw': 'نعم، اسحب',
  },
  fi: {
    'confirm.q.cancel': 'Haluatko varmasti perua varauksen?', 'confirm.yes.cancel': 'Kyllä, peru varaus',
    'confirm.q.delete': 'Haluatko varmasti poistaa tämän?', 'confirm.yes.delete': 'Kyllä, poista',
    'confirm.q.erase': 'Haluatko varmasti poistaa tiedot?', 'confirm.yes.erase': 'Kyllä, poista tiedot',
    'confirm.q.merge': 'Haluatko varmasti yhdistää tiedot?', 'confirm.yes.merge': 'Kyllä, yhdistä',
    'confirm.q.reset': 'Haluatko varmasti palauttaa alkutilaan?', 'confirm.yes.reset': 'Kyllä, palauta',
    'confirm.q.callOff': 'Haluatko varmasti perua tilaisuuden?', 'confirm.yes.callOff': 'Kyllä, peru',
    'confirm.q.withdraw': 'Haluatko varmasti perua?', 'confirm.yes.withdraw': 'Kyllä, peru',
  },
  fa: {
    'confirm.q.cancel': 'آیا واقعاً می‌خواهید رزرو را لغو کنید؟', 'confirm.yes.cancel': 'بله، لغو کن',
    'confirm.q.delete': 'آیا واقعاً می‌خواهید این را حذف کنید؟', 'confirm.yes.delete': 'بله، حذف کن',
    'confirm.q.erase': 'آیا واقعاً می‌خواهید اطلاعات را پاک کنید؟', 'confirm.yes.erase': 'بله، پاک کن',
    'confirm.q.merge': 'آیا واقعاً می‌خواهید سوابق را ادغام کنید؟', 'confirm.yes.merge': 'بله، ادغام کن',
    'confirm.q.reset': 'آیا واقعاً می‌خواهید بازنشانی کنید؟', 'confirm.yes.reset': 'بله، بازنشانی کن',
    'confirm.q.callOff': 'آیا واقعاً می‌خواهید آن را لغو کنید؟', 'confirm.yes.callOff': 'بله، لغو کن',
    'confirm.q.withdraw': 'آیا واقعاً می‌خواهید پس بگیرید؟', 'confirm.yes.withdraw': 'بله، پس بگیر',
  },
  so: {
    'confirm.q.cancel': 'Ma hubtaa inaad rabto inaad buuxinta ka noqoto?', 'confirm.yes.cancel': 'Haa, ka noqo',
    'confirm.q.delete': 'Ma hubtaa inaad rabto inaad tan tirtirto?', 'confirm.yes.delete': 'Haa, tirtir',
    'confirm.q.erase': 'Ma hubtaa inaad rabto inaad macluumaadka tirtirto?', 'confirm.yes.erase': 'Haa, tirtir',
    'confirm.q.merge': 'Ma hubtaa inaad rabto inaad diiwaannada isku darto?', 'confirm.yes.merge': 'Haa, isku dar',
    'confirm.q.reset': 'Ma hubtaa inaad rabto inaad dib u dejiso?', 'confirm.yes.reset': 'Haa, dib u deji',
    'confirm.q.callOff': 'Ma hubtaa inaad rabto inaad joojiso?', 'confirm.yes.callOff': 'Haa, jooji',
    'confirm.q.withdraw': 'Ma hubtaa inaad rabto inaad ka noqoto?', 'confirm.yes.withdraw': 'Haa, ka noqo',
  },
};
