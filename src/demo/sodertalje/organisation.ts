// Södertälje's organisation in the demo: units, bodies and (invented) staff.
import type { DemoBody, DemoStaff, DemoUnit } from '../types.js';

export const units: DemoUnit[] = [
  // Omsorgskontoret
  { key: 'omsorg', parentKey: null, kind: 'administration', name: 'Omsorgskontoret' },
  { key: 'omsorg-aldre', parentKey: 'omsorg', kind: 'area', name: 'Äldreomsorg' },
  { key: 'anhorigstod', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Anhörigstöd – anhörigkonsulenterna' },
  { key: 'sabo-almgarden', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Almgårdens vård- och omsorgsboende' },
  { key: 'hemtjanst-centrum', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Hemtjänst Centrum' },
  { key: 'hemtjanst-jarna', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Hemtjänst Järna' },
  { key: 'dagverksamhet-solrosen', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Dagverksamhet Solrosen (demens)' },
  { key: 'bistand-aldre', parentKey: 'omsorg-aldre', kind: 'unit', name: 'Biståndsenheten äldre' },
  { key: 'omsorg-funk', parentKey: 'omsorg', kind: 'area', name: 'Funktionshinder' },
  { key: 'gruppbostad-tallen', parentKey: 'omsorg-funk', kind: 'unit', name: 'Gruppbostad Tallen' },
  { key: 'daglig-verksamhet-ekbacken', parentKey: 'omsorg-funk', kind: 'unit', name: 'Daglig verksamhet Ekbacken' },
  { key: 'korttidsvistelse-fyren', parentKey: 'omsorg-funk', kind: 'unit', name: 'Korttidsvistelse Fyren (barn och unga)' },
  { key: 'lss-handlaggning', parentKey: 'omsorg-funk', kind: 'unit', name: 'LSS-handläggning' },
  // Socialkontoret
  { key: 'social', parentKey: null, kind: 'administration', name: 'Socialkontoret' },
  { key: 'social-psyk', parentKey: 'social', kind: 'area', name: 'Socialpsykiatri' },
  { key: 'boendestod-psyk', parentKey: 'social-psyk', kind: 'unit', name: 'Boendestöd socialpsykiatri' },
  { key: 'traffpunkt-ankaret', parentKey: 'social-psyk', kind: 'unit', name: 'Träffpunkt Ankaret' },
  { key: 'social-vuxen', parentKey: 'social', kind: 'area', name: 'Vuxenenheten – missbruk och beroende' },
  { key: 'vuxen-oppenvard', parentKey: 'social-vuxen', kind: 'unit', name: 'Öppenvården vuxna' },
  { key: 'vuxen-utredning', parentKey: 'social-vuxen', kind: 'unit', name: 'Utredning och handläggning vuxna' },
  { key: 'social-bou', parentKey: 'social', kind: 'area', name: 'Barn och ungdom' },
  { key: 'bou-mottagning', parentKey: 'social-bou', kind: 'unit', name: 'Mottagning och utredning barn och unga' },
  { key: 'bou-oppenvard', parentKey: 'social-bou', kind: 'unit', name: 'Öppenvård barn och familj' },
  // Skolan (skolsköterskor och kuratorer ger också stöd till barn som anhöriga)
  { key: 'utbildning', parentKey: null, kind: 'administration', name: 'Utbildningskontoret' },
  { key: 'elevhalsa', parentKey: 'utbildning', kind: 'area', name: 'Elevhälsa' },
  { key: 'elevhalsa-grund', parentKey: 'elevhalsa', kind: 'unit', name: 'Elevhälsan grundskola' },
  { key: 'elevhalsa-gymnasiet', parentKey: 'elevhalsa', kind: 'unit', name: 'Elevhälsan gymnasieskola' },
  // Hälso- och sjukvården (regionen, utanför kommunen)
  { key: 'region', parentKey: null, kind: 'administration', name: 'Region Stockholm', external: true },
  { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
  { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentraler i Södertälje', external: true },
  { key: 'region-psyk', parentKey: 'region-hs', kind: 'unit', name: 'Psykiatrisk öppenvård Södertälje', external: true },
];

export const bodies: DemoBody[] = [
  {
    key: 'arbetsgrupp',
    kind: 'working_group',
    name: 'Arbetsgruppen för anhörigstöd',
    meetingsPerYear: null,
    description: 'Kommunens anhörigkonsulenter. Samverkar kring marknadsföringskampanjer och utbildningar, bland annat anhörigstödsutbildningen för anhörigombud och medarbetare.',
  },
  {
    key: 'uppfoljning',
    kind: 'other',
    name: 'Årlig uppföljning av riktlinjen för anhörigstöd',
    meetingsPerYear: 1,
    description: 'Resultatenhetscheferna för anhörigstödet följer upp riktlinjen varje år. Omsorgskontoret är sammankallande. Uppföljningen redovisas i respektive nämnds årsbokslut, och revideringar beslutas i respektive nämnd.',
  },
];

export const staff: DemoStaff[] = [
  {
    key: 'admin',
    name: 'Jonas Ekblad',
    email: 'admin@sodertalje.example.se',
    title: 'Systemförvaltare',
    roles: [{ role: 'admin', unitKey: null }],
  },
  {
    key: 'konsulent-aldre',
    name: 'Helena Forsberg',
    email: 'helena.forsberg@sodertalje.example.se',
    title: 'Anhörigkonsulent, äldre',
    roles: [
      { role: 'specialist', unitKey: 'anhorigstod' },
      { role: 'specialist', unitKey: 'omsorg-aldre' },
    ],
  },
  {
    key: 'konsulent-funk',
    name: 'Samir Haddad',
    email: 'samir.haddad@sodertalje.example.se',
    title: 'Anhörigkonsulent, funktionshinder',
    roles: [
      { role: 'specialist', unitKey: 'anhorigstod' },
      { role: 'specialist', unitKey: 'omsorg-funk' },
    ],
  },
  {
    key: 'konsulent-psyk',
    name: 'Karin Westberg',
    email: 'karin.westberg@sodertalje.example.se',
    title: 'Anhörigkonsulent, socialpsykiatri och missbruk',
    roles: [
      { role: 'specialist', unitKey: 'anhorigstod' },
      { role: 'specialist', unitKey: 'social-psyk' },
      { role: 'specialist', unitKey: 'social-vuxen' },
    ],
  },
  {
    key: 'rec-almgarden',
    name: 'Anders Nyström',
    email: 'anders.nystrom@sodertalje.example.se',
    title: 'Resultatenhetschef, Almgårdens vård- och omsorgsboende',
    roles: [{ role: 'unit_manager', unitKey: 'sabo-almgarden' }],
  },
  {
    key: 'ombud-almgarden',
    name: 'Leila Karimi',
    email: 'leila.karimi@sodertalje.example.se',
    title: 'Undersköterska och anhörigombud',
    roles: [
      { role: 'ambassador', unitKey: 'sabo-almgarden' },
      { role: 'staff', unitKey: 'sabo-almgarden' },
    ],
  },
  {
    key: 'ombud-hemtjanst',
    name: 'Johan Sundberg',
    email: 'johan.sundberg@sodertalje.example.se',
    title: 'Undersköterska och anhörigombud',
    roles: [
      { role: 'ambassador', unitKey: 'hemtjanst-centrum' },
      { role: 'staff', unitKey: 'hemtjanst-centrum' },
    ],
  },
  {
    key: 'ombud-ekbacken',
    name: 'Emma Lundell',
    email: 'emma.lundell@sodertalje.example.se',
    title: 'Handledare och anhörigombud',
    roles: [
      { role: 'ambassador', unitKey: 'daglig-verksamhet-ekbacken' },
      { role: 'staff', unitKey: 'daglig-verksamhet-ekbacken' },
    ],
  },
  {
    key: 'medarbetare-hemtjanst',
    name: 'Petra Olsson',
    email: 'petra.olsson@sodertalje.example.se',
    title: 'Undersköterska',
    roles: [{ role: 'staff', unitKey: 'hemtjanst-centrum' }],
  },
  {
    key: 'skolskoterska',
    name: 'Elin Svärd',
    email: 'elin.svard@sodertalje.example.se',
    title: 'Skolsköterska',
    roles: [{ role: 'staff', unitKey: 'elevhalsa-grund' }],
  },
  {
    key: 'handlaggare',
    name: 'Mikael Berglund',
    email: 'mikael.berglund@sodertalje.example.se',
    title: 'Biståndshandläggare',
    roles: [{ role: 'case_officer', unitKey: 'bistand-aldre' }],
  },
  {
    key: 'roc-aldre',
    name: 'Susanne Dahl',
    email: 'susanne.dahl@sodertalje.example.se',
    title: 'Resultatområdeschef äldreomsorg',
    roles: [{ role: 'area_manager', unitKey: 'omsorg-aldre' }],
  },
  {
    key: 'omsorgsdirektor',
    name: 'Lars Wikander',
    email: 'lars.wikander@sodertalje.example.se',
    title: 'Omsorgsdirektör',
    roles: [{ role: 'director', unitKey: 'omsorg' }],
  },
  {
    key: 'socialdirektor',
    name: 'Nadia Rahimi',
    email: 'nadia.rahimi@sodertalje.example.se',
    title: 'Socialdirektör',
    roles: [{ role: 'director', unitKey: 'social' }],
  },
  {
    key: 'namndledamot',
    name: 'Gunilla Ekholm',
    email: 'gunilla.ekholm@sodertalje.example.se',
    title: 'Förtroendevald nämndledamot',
    roles: [{ role: 'board', unitKey: null }],
  },
  {
    key: 'granskare',
    name: 'Tobias Grahn',
    email: 'tobias.grahn@sodertalje.example.se',
    title: 'Dataskyddssamordnare',
    roles: [{ role: 'auditor', unitKey: null }],
  },
];
