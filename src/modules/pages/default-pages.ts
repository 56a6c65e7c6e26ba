// The pages every new municipality starts with (issue 15), editable like any other page: the
// legal basis of carer support (SoL 2025:400 as amended 1 July 2026) and a page for children
// and young people who are carers, written in lätt svenska. No municipality-specific facts.
import type { TargetGroup } from '../../platform/domain/vocab.js';
import type { InfoPage } from './service.js';

export interface DefaultPage { slug: string; sortOrder: number; targetGroups: TargetGroup[]; texts: InfoPage['texts'] }

const LAW: DefaultPage = {
  slug: 'lagen-om-anhorigstod',
  sortOrder: 90,
  targetGroups: [],
  texts: {
    sv: {
      title: 'Lagen om stöd till anhöriga',
      summary: 'Kommunen ska erbjuda dig som vårdar eller stöder en närstående information, vägledning och en stödkontakt.',
      body: [
        'Stödet till anhöriga bygger på socialtjänstlagen (SoL 2025:400). Från den 1 juli 2026 gäller ändrade regler som gör ansvaret tydligare.',
        '## Information och vägledning',
        'Socialnämnden ska erbjuda dig som vårdar eller stöder en närstående information och vägledning. Det gäller oavsett om den du hjälper är äldre, långvarigt sjuk, har en funktionsnedsättning, psykisk ohälsa eller ett missbruk.',
        '## En stödkontakt till varje anhörig',
        'Du ska erbjudas en stödkontakt. Stödkontakten är en person hos kommunen som du kan vända dig till. Hen',
        '- ger dig information och vägledning utifrån ditt behov\n- stöder dig i att planera de insatser som kan behövas\n- hjälper dig att hitta rätt i kommunens och regionens stöd',
        'Du väljer själv om du vill ta emot erbjudandet. Du kan också vara anonym när du tar kontakt.',
        '## Planering',
        'Tillsammans med stödkontakten kan du göra en kort plan: vad du behöver, vad ni kommer överens om och när ni följer upp.',
        '## Barn och unga',
        'Nämnden har ett särskilt ansvar för barn vars förälder eller annan närstående är allvarligt sjuk eller oväntat avlider. Barn och unga som hjälper någon har rätt till stöd.',
        '## Stödet är frivilligt',
        'Det mesta stödet till anhöriga är kostnadsfritt och kräver ingen ansökan. En del stöd, till exempel avlösning eller korttidsboende, beslutas efter en behovsbedömning.',
      ].join('\n\n'),
    },
    'sv-easy': {
      title: 'Lagen om stöd till dig som hjälper någon',
      summary: 'Kommunen ska ge dig information och en person att prata med.',
      body: [
        'Det finns en lag som heter socialtjänstlagen. Lagen säger att kommunen ska hjälpa dig som hjälper någon du står nära.',
        '## Det här ska kommunen göra',
        '- Ge dig information.\n- Hjälpa dig att hitta rätt stöd.\n- Ge dig en stödkontakt. Det är en person som du kan prata med.\n- Hjälpa dig att planera vad du behöver.',
        '## Du bestämmer själv',
        'Du väljer om du vill ha stöd. Du behöver inte säga ditt namn.',
        '## Barn och unga',
        'Är du under 18 år och hjälper någon? Då har du också rätt till stöd.',
      ].join('\n\n'),
    },
    en: {
      title: 'The law on support to carers',
      summary: 'The municipality shall offer you information, guidance and a support contact when you care for someone close to you.',
      body: [
        'Support to carers is based on the Social Services Act (SoL 2025:400). From 1 July 2026 amended rules make the duty clearer.',
        '## Information and guidance',
        'The social services board shall offer information and guidance to anyone who cares for or supports someone close to them.',
        '## A support contact for every carer',
        'You shall be offered a support contact: a person at the municipality who gives you information and guidance and supports you in planning the measures that may be needed. You decide whether to accept, and you may stay anonymous.',
        '## Children and young people',
        'The board has a particular responsibility for children whose parent or other close person is seriously ill or dies unexpectedly.',
      ].join('\n\n'),
    },
  },
};

const CHILDREN: DefaultPage = {
  slug: 'barn-och-unga-som-anhoriga',
  sortOrder: 91,
  targetGroups: [],
  texts: {
    sv: {
      title: 'Till dig som är barn eller ung och hjälper någon',
      summary: 'Hjälper du en förälder, ett syskon eller någon annan som är sjuk? Du kan få stöd.',
      body: [
        'Många barn och unga hjälper någon i familjen som är sjuk, har en funktionsnedsättning, mår psykiskt dåligt eller dricker för mycket eller tar droger.',
        'Det är inte ditt fel. Du ska inte behöva ta ansvar som en vuxen.',
        '## Du kan få stöd',
        '- Prata med skolsköterskan eller kuratorn i skolan.\n- Be oss kontakta dig. Du behöver inte säga ditt namn.\n- Ring BRIS på 116 111 om du vill prata med någon direkt.',
        '## Om någon blir allvarligt sjuk eller dör',
        'Kommunen har ett särskilt ansvar för barn när en förälder eller någon annan nära blir allvarligt sjuk eller dör. Du har rätt att få veta vad som händer och att få stöd.',
      ].join('\n\n'),
    },
    'sv-easy': {
      title: 'Till dig som är barn och hjälper någon',
      summary: 'Hjälper du någon i familjen som är sjuk? Du kan få hjälp.',
      body: [
        'Många barn hjälper någon i familjen. Kanske är mamma, pappa eller ett syskon sjuk.',
        'Det är inte ditt fel. Du ska inte behöva göra det som vuxna gör.',
        '## Du kan få hjälp',
        '- Prata med skolsköterskan eller kuratorn.\n- Be oss ringa dig. Du behöver inte säga ditt namn.\n- Ring BRIS. Numret är 116 111.',
        '## Om någon blir mycket sjuk eller dör',
        'Då ska kommunen hjälpa dig. Du får fråga om allt. Du får vara ledsen.',
      ].join('\n\n'),
    },
  },
};

export const DEFAULT_PAGES: DefaultPage[] = [LAW, CHILDREN];
