// Mötesplatsen's citizen text in lätt svenska where it differs from the Swedish.
import type { Messages } from '../../../platform/i18n/messages.js';
import { sv } from './sv.js';

export const svEasy: Messages = {
  ...sv,
  'motesplats.intro': 'Här kan du skriva med andra anhöriga. Du väljer ett namn för varje rum. Personal läser och ser till att alla följer reglerna.',
  'motesplats.join.hint': 'Hitta på ett namn. De andra ser namnet. Skriv inte ditt riktiga namn.',
  'motesplats.new.hint': 'Skriv bara text. Skriv inte namn. Skriv inte något som visar vem du är.',
  'motesplats.leave.text': 'Allt du har skrivit i rummet tas bort. Det andra har skrivit finns kvar.',
  'motesplats.help.text': 'En person från personalen läser snart det du skrev. Är någon i fara: ring 112. Vill du prata med någon nu: ring 1177. Självmordslinjen: 90101.',
  'motesplats.notify.text': 'Vill du få ett sms eller mejl när någon svarar dig? Vi skriver aldrig vad någon har skrivit.',
};
