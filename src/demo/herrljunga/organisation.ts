// Herrljunga's organisation in the demo: units, bodies and (invented) staff.
import type { DemoBody, DemoStaff, DemoUnit } from '../types.js';

export const units: DemoUnit[] = [
  // Socialförvaltningen
  { key: 'social', parentKey: null, kind: 'administration', name: 'Socialförvaltningen' },
  { key: 'aldre', parentKey: 'social', kind: 'area', name: 'Vård och omsorg' },
  { key: 'anhorigstod', parentKey: 'aldre', kind: 'unit', name: 'Anhörigstöd – anhörigsamordnaren' },
  { key: 'hemtjanst', parentKey: 'aldre', kind: 'unit', name: 'Hemtjänst Herrljunga' },
  { key: 'hemtjanst-ljung', parentKey: 'aldre', kind: 'unit', name: 'Hemtjänst Ljung' },
  { key: 'sabo-lindgarden', parentKey: 'aldre', kind: 'unit', name: 'Lindgårdens särskilda boende' },
  { key: 'bistand', parentKey: 'aldre', kind: 'unit', name: 'Biståndsenheten' },
  { key: 'funk', parentKey: 'social', kind: 'area', name: 'Funktionsstöd och socialpsykiatri' },
  { key: 'daglig-verksamhet', parentKey: 'funk', kind: 'unit', name: 'Daglig verksamhet Verkstan' },
  { key: 'gruppbostad-solrosen', parentKey: 'funk', kind: 'unit', name: 'Gruppbostad Solrosen' },
  { key: 'boendestod', parentKey: 'funk', kind: 'unit', name: 'Boendestöd socialpsykiatri' },
  { key: 'ifo', parentKey: 'social', kind: 'area', name: 'Individ- och familjeomsorg' },
  { key: 'vuxenenheten', parentKey: 'ifo', kind: 'unit', name: 'Vuxenenheten' },
  { key: 'barn-familj', parentKey: 'ifo', kind: 'unit', name: 'Barn och familj' },
  { key: 'forsorjning', parentKey: 'ifo', kind: 'unit', name: 'Försörjningsstöd' },
  // Förskola och skola (alla som möter barn ska uppmärksamma barn som anhöriga)
  { key: 'bou', parentKey: null, kind: 'administration', name: 'Barn- och utbildningsförvaltningen' },
  { key: 'skola', parentKey: 'bou', kind: 'area', name: 'Förskola och skola' },
  { key: 'forskolor', parentKey: 'skola', kind: 'unit', name: 'Förskolorna' },
  { key: 'elevhalsa', parentKey: 'skola', kind: 'unit', name: 'Elevhälsan' },
  // Regionen (utanför kommunen)
  { key: 'region', parentKey: null, kind: 'administration', name: 'Västra Götalandsregionen', external: true },
  { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
  { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentralen Herrljunga', external: true },
  { key: 'region-ungdom', parentKey: 'region-hs', kind: 'unit', name: 'Ungdomsmottagningen', external: true },
];

export const bodies: DemoBody[] = [
  {
    key: 'natverk-anhorigperspektiv',
    kind: 'working_group',
    name: 'Arbetsgrupp för anhörigperspektivet',
    meetingsPerYear: null,
    description: 'Anhörigsamordnaren tillsammans med representanter för verksamhetsområdena. Samverkar för ett varaktigt anhörigperspektiv i hela socialförvaltningen, följer upp anhörigstödjande insatser på verksamheternas uppdrag och bevakar aktuella utvecklingsområden.',
  },
  {
    key: 'socialnamnden',
    kind: 'other',
    name: 'Socialnämnden',
    meetingsPerYear: null,
    description: 'Ytterst ansvarig för anhörigstödet. Tar årligen del av riktlinjer, uppföljning och vidareutveckling av anhörigstödet genom en verksamhetsberättelse.',
  },
];

export const staff: DemoStaff[] = [
  {
    key: 'admin',
    name: 'Fredrik Alm',
    email: 'admin@herrljunga.example.se',
    title: 'Systemförvaltare',
    roles: [{ role: 'admin', unitKey: null }],
  },
  {
    key: 'samordnare',
    name: 'Annelie Bergström',
    email: 'annelie.bergstrom@herrljunga.example.se',
    title: 'Anhörigsamordnare',
    roles: [
      { role: 'specialist', unitKey: 'anhorigstod' },
      { role: 'specialist', unitKey: 'aldre' },
      { role: 'specialist', unitKey: 'funk' },
    ],
  },
  {
    // Receives the contacts that the guideline routes to vuxenenheten.
    key: 'behandlare-vuxen',
    name: 'Kristoffer Strand',
    email: 'kristoffer.strand@herrljunga.example.se',
    title: 'Behandlare, vuxenenheten',
    roles: [{ role: 'specialist', unitKey: 'vuxenenheten' }],
  },
  {
    // Receives the contacts from carers under 18 and guides them on, e.g. to the region.
    key: 'socialsekreterare-barn',
    name: 'Hanna Moberg',
    email: 'hanna.moberg@herrljunga.example.se',
    title: 'Socialsekreterare, Barn och familj',
    roles: [{ role: 'specialist', unitKey: 'barn-familj' }],
  },
  {
    key: 'enhetschef-hemtjanst',
    name: 'Lena Hedlund',
    email: 'lena.hedlund@herrljunga.example.se',
    title: 'Enhetschef, Hemtjänst Herrljunga',
    roles: [{ role: 'unit_manager', unitKey: 'hemtjanst' }],
  },
  {
    key: 'medarbetare-hemtjanst',
    name: 'Ali Hassan',
    email: 'ali.hassan@herrljunga.example.se',
    title: 'Undersköterska',
    roles: [{ role: 'staff', unitKey: 'hemtjanst' }],
  },
  {
    key: 'handlaggare',
    name: 'Jenny Åberg',
    email: 'jenny.aberg@herrljunga.example.se',
    title: 'Biståndshandläggare',
    roles: [{ role: 'case_officer', unitKey: 'bistand' }],
  },
  {
    key: 'verksamhetschef',
    name: 'Magnus Persson',
    email: 'magnus.persson@herrljunga.example.se',
    title: 'Verksamhetschef vård och omsorg',
    roles: [{ role: 'area_manager', unitKey: 'aldre' }],
  },
  {
    key: 'socialchef',
    name: 'Cecilia Norén',
    email: 'cecilia.noren@herrljunga.example.se',
    title: 'Socialchef',
    roles: [{ role: 'director', unitKey: 'social' }],
  },
  {
    key: 'namndledamot',
    name: 'Rolf Johansson',
    email: 'rolf.johansson@herrljunga.example.se',
    title: 'Ledamot, socialnämnden',
    roles: [{ role: 'board', unitKey: null }],
  },
  {
    key: 'granskare',
    name: 'Linnea Falk',
    email: 'linnea.falk@herrljunga.example.se',
    title: 'Dataskyddssamordnare',
    roles: [{ role: 'auditor', unitKey: null }],
  },
];
