// Catalogue labels in the reader's language (Swedish fallback for languages not written yet).
import type { ContentLocale, OfferingType, TargetGroup } from '../../../platform/domain/vocab.js';
import { OFFERING_TYPE_LABELS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';

type Dict = Record<string, string>;
const en: Dict = {
  older: 'Older people', disability: 'Disability', mental_health: 'Mental ill-health', substance_use: 'Substance use', long_term_illness: 'Long-term illness', dementia: 'Dementia',
  support_conversation: 'Support conversations', carer_group: 'Carer groups', education: 'Education', carer_meeting: 'Carer meetings',
  respite: 'Respite', day_activity: 'Day activities', short_term_stay: 'Short-term stay', escort: 'Escort service', support_family: 'Support family',
  wellness: 'Wellness', home_care: 'Home care', information: 'Information and guidance', other: 'Other support',
};
const easy: Dict = {
  older: 'Äldre', disability: 'Funktionsnedsättning', mental_health: 'Psykisk ohälsa', substance_use: 'Missbruk', long_term_illness: 'Lång sjukdom', dementia: 'Demens',
  support_conversation: 'Samtal', carer_group: 'Grupper för anhöriga', education: 'Kurser', carer_meeting: 'Träffar', respite: 'Avlösning',
  day_activity: 'Dagverksamhet', short_term_stay: 'Korttidsboende', escort: 'Ledsagning', support_family: 'Stödfamilj', wellness: 'Må bra',
  home_care: 'Hemtjänst', information: 'Information', other: 'Annat stöd',
};

export const UI: Record<'sv' | 'sv-easy' | 'en', Dict> = {
  sv: {
    title: 'Stöd och hjälp', lede: 'Här finns stöd för dig som hjälper någon du står nära. Det mesta är gratis och du behöver inte ansöka.',
    filters: 'Filtrera stödet', q: 'Sök', group: 'Din närstående', type: 'Typ av stöd', assessment: 'Behöver du ansöka?', any: 'Alla',
    with: 'Kräver ansökan (biståndsbeslut)', without: 'Utan ansökan', apply: 'Visa stöd', direct: 'Stöd till dig', indirect: 'Stöd till din närstående som ger dig avlastning',
    needsAssessment: 'Du ansöker hos en handläggare (biståndsbeslut)', noAssessment: 'Du behöver inte ansöka', provider: 'Vem ger stödet', cost: 'Kostnad',
    howToGet: 'Så får du stödet', contact: 'Kontakt', groups: 'För anhöriga till', allGroups: 'Alla anhöriga', ages: 'Ålder', languages: 'Språk',
    askContact: 'Vill du att någon kontaktar dig?', askContactLink: 'Be oss kontakta dig – du kan vara anonym', none: 'Inget stöd matchar dina val. Ta bort något filter.',
  },
  'sv-easy': {
    title: 'Stöd du kan få', lede: 'Här finns hjälp för dig som hjälper någon. Det mesta kostar inget. Du behöver inte ansöka.',
    filters: 'Välj stöd', q: 'Sök', group: 'Personen du hjälper', type: 'Sorts stöd', assessment: 'Måste du ansöka?', any: 'Alla',
    with: 'Ja, du ansöker', without: 'Nej', apply: 'Visa', direct: 'Hjälp till dig', indirect: 'Hjälp till personen du hjälper',
    needsAssessment: 'Du måste ansöka', noAssessment: 'Du behöver inte ansöka', provider: 'Vem hjälper', cost: 'Kostar', howToGet: 'Gör så här',
    contact: 'Kontakt', groups: 'För dig som hjälper', allGroups: 'Alla', ages: 'Ålder', languages: 'Språk',
    askContact: 'Vill du prata med någon?', askContactLink: 'Vi kan ringa dig. Du behöver inte säga ditt namn.', none: 'Inget stöd passar. Ta bort ett val.',
  },
  en: {
    title: 'Support', lede: 'Support for you who help someone close to you. Most of it is free and you do not need to apply.',
    filters: 'Filter support', q: 'Search', group: 'The person you care for', type: 'Type of support', assessment: 'Do you need to apply?', any: 'All',
    with: 'Needs an application (needs assessment)', without: 'No application', apply: 'Show support', direct: 'Support for you', indirect: 'Support for the person you care for, which gives you relief',
    needsAssessment: 'You apply to a case officer (needs assessment)', noAssessment: 'You do not need to apply', provider: 'Provided by', cost: 'Cost',
    howToGet: 'How to get it', contact: 'Contact', groups: 'For carers of', allGroups: 'All carers', ages: 'Age', languages: 'Languages',
    askContact: 'Would you like someone to contact you?', askContactLink: 'Ask us to contact you – you can stay anonymous', none: 'No support matches your choices. Remove a filter.',
  },
};

export function ui(locale: ContentLocale): Dict {
  return locale === 'en' ? UI.en : locale === 'sv-easy' ? UI['sv-easy'] : UI.sv;
}

export function groupLabel(g: TargetGroup, locale: ContentLocale): string {
  return locale === 'en' ? en[g] : locale === 'sv-easy' ? easy[g] : TARGET_GROUP_LABELS[g];
}
export function typeLabel(t: OfferingType, locale: ContentLocale): string {
  return locale === 'en' ? en[t] : locale === 'sv-easy' ? easy[t] : OFFERING_TYPE_LABELS[t];
}
