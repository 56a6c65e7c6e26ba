// The contact form's question on the närstående's age (issue 15: rules such as "free respite
// only when the närstående is 65 or older"), in all seven content languages. Self-contained so
// the form can be split into steps without touching it.
import type { AgeBand, ContentLocale } from '../../../platform/domain/vocab.js';
import { AGE_BAND_LABELS } from '../../../platform/domain/vocab.js';

export interface RelativeAgeText { label: string; hint: string; unknown: string; bands: Record<AgeBand, string> }

const bands = (under: string, unit: string, over: string): Record<AgeBand, string> => ({
  under_13: under, '13_17': `13–17 ${unit}`, '18_24': `18–24 ${unit}`, '25_44': `25–44 ${unit}`, '45_64': `45–64 ${unit}`, '65_79': `65–79 ${unit}`, '80_plus': over,
});

export const RELATIVE_AGE_TEXT: Record<ContentLocale, RelativeAgeText> = {
  sv: { label: 'Hur gammal är personen du hjälper?', hint: 'Frivilligt. En del stöd gäller bara i vissa åldrar.', unknown: 'Vet inte, eller vill inte säga', bands: AGE_BAND_LABELS },
  'sv-easy': { label: 'Hur gammal är personen du hjälper?', hint: 'Du behöver inte svara.', unknown: 'Vet inte', bands: AGE_BAND_LABELS },
  en: { label: 'How old is the person you help?', hint: 'Optional. Some support is only for certain ages.', unknown: 'Do not know, or prefer not to say', bands: bands('Under 13', 'years', '80 or older') },
  ar: { label: 'كم عمر الشخص الذي تساعده؟', hint: 'اختياري. بعض أنواع الدعم مخصصة لأعمار معينة فقط.', unknown: 'لا أعرف، أو لا أريد أن أقول', bands: bands('أقل من 13 سنة', 'سنة', '80 سنة أو أكثر') },
  fi: { label: 'Kuinka vanha on henkilö, jota autat?', hint: 'Vapaaehtoinen. Osa tuesta on vain tietyn ikäisille.', unknown: 'En tiedä tai en halua kertoa', bands: bands('Alle 13 vuotta', 'vuotta', '80 vuotta tai yli') },
  fa: { label: 'فردی که به او کمک می‌کنید چند سال دارد؟', hint: 'اختیاری. برخی حمایت‌ها فقط برای سنین خاصی است.', unknown: 'نمی‌دانم، یا نمی‌خواهم بگویم', bands: bands('زیر 13 سال', 'سال', '80 سال یا بیشتر') },
  so: { label: 'Immisay jirtaa qofka aad caawiso?', hint: 'Ikhtiyaari. Taageerada qaar waxay u gaar tahay da’aha qaarkood.', unknown: 'Ma aqaan, ama ma doonayo inaan sheego', bands: bands('Ka yar 13 sano', 'sano', '80 sano ama ka badan') },
};
