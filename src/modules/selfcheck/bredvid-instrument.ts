// Bredvid's own self-check, written for Bredvid (not taken from any licensed instrument).
// 14 statements over four dimensions on a four-step scale; higher = heavier. Positively
// worded statements are reversed. A dimension is scored when at least 2 of its statements
// are answered; the overall mean needs at least 10 answered statements.
import type { InstrumentDefinition } from './definition.js';

const BANDS: InstrumentDefinition['bands'] = [
  { key: 'lag', from: 1, label: { sv: 'Låg belastning', 'sv-easy': 'Inte så tungt', en: 'Low strain' } },
  { key: 'medel', from: 2, label: { sv: 'Viss belastning', 'sv-easy': 'Ganska tungt', en: 'Some strain' } },
  { key: 'hog', from: 3, label: { sv: 'Hög belastning', 'sv-easy': 'Mycket tungt', en: 'High strain' } },
];

export const BREDVID_INSTRUMENT: InstrumentDefinition = {
  name: { sv: 'Bredvids belastningskoll', 'sv-easy': 'Hur tungt är det för dig?', en: 'Bredvid carer self-check' },
  intro: {
    sv: '14 påståenden om hur du har det som anhörig. Det tar ungefär fem minuter. Svara utifrån hur det har varit de senaste veckorna.',
    'sv-easy': '14 frågor om hur du mår när du hjälper någon. Det tar 5 minuter. Tänk på de senaste veckorna.',
    en: '14 statements about how you are doing as a carer. It takes about five minutes. Answer based on the last few weeks.',
  },
  scale: [
    { value: 1, label: { sv: 'Stämmer inte alls', 'sv-easy': 'Nej, inte alls', en: 'Not true at all' } },
    { value: 2, label: { sv: 'Stämmer lite', 'sv-easy': 'Lite', en: 'A little true' } },
    { value: 3, label: { sv: 'Stämmer ganska bra', 'sv-easy': 'Ganska mycket', en: 'Mostly true' } },
    { value: 4, label: { sv: 'Stämmer helt', 'sv-easy': 'Ja, mycket', en: 'Completely true' } },
  ],
  bands: BANDS,
  overall: {
    minAnswered: 10,
    feedback: {
      lag: {
        sv: 'Just nu verkar belastningen vara låg. Det kan ändras – gör gärna kollen igen om det blir tyngre.',
        'sv-easy': 'Just nu är det inte så tungt för dig. Gör testet igen om det blir tyngre.',
        en: 'Right now your load seems low. That can change – do the check again if things get harder.',
      },
      medel: {
        sv: 'Du bär på en hel del. Det är vanligt, och det finns stöd som kan göra vardagen lättare innan det blir för tungt.',
        'sv-easy': 'Det är ganska tungt för dig. Det finns hjälp som kan göra det lättare.',
        en: 'You are carrying quite a lot. That is common, and there is support that can make everyday life easier before it gets too heavy.',
      },
      hog: {
        sv: 'Du bär på mycket just nu. Ta det på allvar – du behöver också stöd. Prata gärna med en anhörigkonsulent. Det är gratis och du kan vara anonym.',
        'sv-easy': 'Det är mycket tungt för dig nu. Du behöver också hjälp. Prata med oss. Det kostar inget. Du behöver inte säga ditt namn.',
        en: 'You are carrying a lot right now. Take it seriously – you need support too. Talk to a carer support worker. It is free and you can stay anonymous.',
      },
    },
  },
  dimensions: [
    {
      key: 'tid', minAnswered: 2,
      name: { sv: 'Tid och påfrestning', 'sv-easy': 'Tid och ork', en: 'Time and strain' },
      about: {
        sv: 'Hur mycket av din tid och kraft som går till att hjälpa din närstående, och hur bunden du känner dig.',
        'sv-easy': 'Hur mycket tid och kraft du lägger på att hjälpa.',
        en: 'How much of your time and energy goes into helping your close one, and how tied down you feel.',
      },
      feedback: {
        lag: { sv: 'Du verkar ha tid över för dig själv och din egen vardag. Fortsätt värna om den.', 'sv-easy': 'Du har tid för dig själv. Det är bra.', en: 'You seem to have time left for yourself and your own everyday life. Keep protecting it.' },
        medel: {
          sv: 'Hjälpen tar en hel del av din tid. Tänk på vad som skulle ge dig mer andrum, till exempel avlösning några timmar i veckan.',
          'sv-easy': 'Du lägger mycket tid på att hjälpa. Någon annan kan hjälpa ibland, så att du får vila.',
          en: 'Helping takes quite a lot of your time. Think about what would give you more breathing space, for example respite a few hours a week.',
        },
        hog: {
          sv: 'Hjälpen tar mycket av din tid och kraft. Du har rätt till stöd för din egen skull. Avlösning, dagverksamhet eller korttidsboende för din närstående kan ge dig tid att vila.',
          'sv-easy': 'Du lägger nästan all din tid på att hjälpa. Du kan få hjälp så att du får vila. Fråga oss.',
          en: 'Helping takes much of your time and energy. You have a right to support for your own sake. Respite, day activities or a short-term stay for your close one can give you time to rest.',
        },
      },
      suggestions: {
        medel: { types: ['respite', 'day_activity'], targetGroups: [] },
        hog: { types: ['respite', 'day_activity', 'short_term_stay'], targetGroups: [] },
      },
    },
    {
      key: 'halsa', minAnswered: 2,
      name: { sv: 'Hälsa och sömn', 'sv-easy': 'Sömn och kropp', en: 'Health and sleep' },
      about: {
        sv: 'Hur du sover och orkar, och om du hinner ta hand om din egen hälsa.',
        'sv-easy': 'Hur du sover och hur din kropp mår.',
        en: 'How you sleep and how much energy you have, and whether you manage to look after your own health.',
      },
      feedback: {
        lag: { sv: 'Du verkar sova och må ganska bra. Det är en viktig grund för att orka.', 'sv-easy': 'Du sover och mår ganska bra.', en: 'You seem to sleep and feel fairly well. That is an important basis for coping.' },
        medel: {
          sv: 'Din sömn eller ork påverkas en del. Ta det som en signal: små pauser, rörelse och att prata med någon kan göra skillnad.',
          'sv-easy': 'Du är ofta trött. Försök vila och röra på dig. Prata med någon om hur du mår.',
          en: 'Your sleep or energy is affected somewhat. Take it as a signal: short breaks, exercise and talking to someone can make a difference.',
        },
        hog: {
          sv: 'Din hälsa och sömn verkar påverkas mycket. Kontakta gärna din vårdcentral om hur du mår, och be om stöd för din egen del.',
          'sv-easy': 'Du sover dåligt och är mycket trött. Prata med din vårdcentral. Du kan också få stöd av oss.',
          en: 'Your health and sleep seem strongly affected. Consider contacting your health centre about how you feel, and ask for support for yourself.',
        },
      },
      suggestions: {
        medel: { types: ['wellness'], targetGroups: [] },
        hog: { types: ['support_conversation', 'wellness'], targetGroups: [] },
      },
    },
    {
      key: 'socialt', minAnswered: 2,
      name: { sv: 'Socialt liv', 'sv-easy': 'Vänner och fritid', en: 'Social life' },
      about: {
        sv: 'Om du hinner träffa andra och göra saker utanför hemmet, och om du känner dig ensam.',
        'sv-easy': 'Om du träffar andra människor och om du känner dig ensam.',
        en: 'Whether you have time to see other people and do things outside the home, and whether you feel alone.',
      },
      feedback: {
        lag: { sv: 'Du verkar ha kontakt med andra och utrymme för ett eget liv.', 'sv-easy': 'Du träffar andra. Det är bra.', en: 'You seem to have contact with others and room for a life of your own.' },
        medel: {
          sv: 'Ditt sociala liv har krympt en del. Att träffa andra i samma situation, till exempel på en anhörigträff, ger många både kraft och nya idéer.',
          'sv-easy': 'Du träffar andra mindre än förut. Det finns träffar för anhöriga. Där kan du träffa andra som har det som du.',
          en: 'Your social life has shrunk somewhat. Meeting others in the same situation, for example at a carers’ meeting, gives many people both strength and new ideas.',
        },
        hog: {
          sv: 'Du verkar vara ganska ensam med din situation. Du är inte ensam om att ha det så. En anhöriggrupp eller ett samtal med en anhörigkonsulent kan vara en början.',
          'sv-easy': 'Du känner dig ensam. Många anhöriga känner så. Du kan gå med i en grupp eller prata med oss.',
          en: 'You seem to be quite alone with your situation. You are not the only one. A carers’ group or a talk with a carer support worker can be a start.',
        },
      },
      suggestions: {
        medel: { types: ['carer_meeting', 'carer_group'], targetGroups: [] },
        hog: { types: ['carer_group', 'support_conversation', 'carer_meeting'], targetGroups: [] },
      },
    },
    {
      key: 'stod', minAnswered: 2,
      name: { sv: 'Stöd omkring mig', 'sv-easy': 'Hjälp till dig', en: 'Support around me' },
      about: {
        sv: 'Om du vet vart du kan vända dig, har någon att prata med och får hjälp från vården och kommunen.',
        'sv-easy': 'Om du vet vem som kan hjälpa dig.',
        en: 'Whether you know where to turn, have someone to talk to and get help from health care and the municipality.',
      },
      feedback: {
        lag: { sv: 'Du verkar ha stöd omkring dig och veta vart du kan vända dig.', 'sv-easy': 'Du vet vem som kan hjälpa dig. Det är bra.', en: 'You seem to have support around you and know where to turn.' },
        medel: {
          sv: 'Stödet omkring dig räcker inte riktigt till. Vi kan hjälpa dig att hitta rätt bland det som finns, utan att du behöver ansöka.',
          'sv-easy': 'Du får inte riktigt den hjälp du behöver. Vi kan berätta vad som finns. Du behöver inte ansöka.',
          en: 'The support around you is not quite enough. We can help you find your way to what is available, without you having to apply.',
        },
        hog: {
          sv: 'Du verkar sakna stöd och inte veta vart du ska vända dig. Det är just därför anhörigstödet finns: ring oss eller be oss kontakta dig.',
          'sv-easy': 'Du vet inte vem som kan hjälpa dig. Det är därför vi finns. Be oss ringa dig.',
          en: 'You seem to lack support and not know where to turn. That is exactly what carer support is for: call us or ask us to contact you.',
        },
      },
      suggestions: {
        medel: { types: ['information', 'support_conversation'], targetGroups: [] },
        hog: { types: ['support_conversation', 'information', 'carer_group'], targetGroups: [] },
      },
    },
  ],
  items: [
    { key: 'tid1', dimension: 'tid', reversed: false, text: { sv: 'Hjälpen till min närstående tar så mycket tid att annat i mitt liv får stå tillbaka.', 'sv-easy': 'Jag hjälper min närstående så mycket att jag inte hinner annat.', en: 'Helping my close one takes so much time that other things in my life have to wait.' } },
    { key: 'tid2', dimension: 'tid', reversed: false, text: { sv: 'Jag känner mig bunden och kan inte planera min egen tid.', 'sv-easy': 'Jag kan inte bestämma över min egen tid.', en: 'I feel tied down and cannot plan my own time.' } },
    { key: 'tid3', dimension: 'tid', reversed: false, text: { sv: 'Jag oroar mig för min närstående även när jag inte är där.', 'sv-easy': 'Jag är orolig för min närstående, också när jag är borta.', en: 'I worry about my close one even when I am not there.' } },
    { key: 'tid4', dimension: 'tid', reversed: true, text: { sv: 'Jag hinner med sådant som jag själv tycker om att göra.', 'sv-easy': 'Jag hinner göra saker som jag tycker om.', en: 'I have time for things I enjoy doing myself.' } },
    { key: 'halsa1', dimension: 'halsa', reversed: false, text: { sv: 'Jag sover sämre på grund av situationen med min närstående.', 'sv-easy': 'Jag sover sämre för att jag tänker på min närstående.', en: 'I sleep worse because of the situation with my close one.' } },
    { key: 'halsa2', dimension: 'halsa', reversed: false, text: { sv: 'Jag känner mig trött och sliten.', 'sv-easy': 'Jag är trött i kroppen.', en: 'I feel tired and worn out.' } },
    { key: 'halsa3', dimension: 'halsa', reversed: false, text: { sv: 'Jag skjuter upp att ta hand om min egen hälsa, till exempel att gå till vården.', 'sv-easy': 'Jag går inte till doktorn fast jag borde.', en: 'I put off looking after my own health, for example seeing a doctor.' } },
    { key: 'halsa4', dimension: 'halsa', reversed: true, text: { sv: 'Jag har ork kvar när dagen är slut.', 'sv-easy': 'Jag har kraft kvar på kvällen.', en: 'I have energy left at the end of the day.' } },
    { key: 'socialt1', dimension: 'socialt', reversed: false, text: { sv: 'Jag träffar vänner och släkt mer sällan än jag skulle vilja.', 'sv-easy': 'Jag träffar mina vänner för lite.', en: 'I see friends and family less often than I would like.' } },
    { key: 'socialt2', dimension: 'socialt', reversed: false, text: { sv: 'Jag känner mig ensam med det jag bär på.', 'sv-easy': 'Jag känner mig ensam.', en: 'I feel alone with what I am carrying.' } },
    { key: 'socialt3', dimension: 'socialt', reversed: true, text: { sv: 'Jag kan göra saker utanför hemmet när jag vill.', 'sv-easy': 'Jag kan gå ut och göra saker när jag vill.', en: 'I can do things outside the home when I want to.' } },
    { key: 'stod1', dimension: 'stod', reversed: false, text: { sv: 'Jag vet inte vart jag ska vända mig när jag behöver hjälp.', 'sv-easy': 'Jag vet inte vem jag kan fråga om hjälp.', en: 'I do not know where to turn when I need help.' } },
    { key: 'stod2', dimension: 'stod', reversed: true, text: { sv: 'Det finns någon jag kan prata med om hur jag har det.', 'sv-easy': 'Jag har någon att prata med.', en: 'There is someone I can talk to about how I am doing.' } },
    { key: 'stod3', dimension: 'stod', reversed: true, text: { sv: 'Min närstående får den hjälp från vården och kommunen som hen behöver.', 'sv-easy': 'Min närstående får hjälp från vården och kommunen.', en: 'My close one gets the help they need from health care and the municipality.' } },
  ],
};
