// Vetlanda's organisation in the demo: units, bodies and (invented) staff.
import type { DemoBody, DemoStaff, DemoUnit } from '../types.js';

export const units: DemoUnit[] = [
  // Vård- och omsorgsförvaltningen
  { key: 'vo', parentKey: null, kind: 'administration', name: 'Vård- och omsorgsförvaltningen' },
  { key: 'vo-aldre', parentKey: 'vo', kind: 'area', name: 'Äldreomsorg' },
  { key: 'anhorigstod', parentKey: 'vo-aldre', kind: 'unit', name: 'Anhörigstöd' },
  { key: 'hemtjanst-norr', parentKey: 'vo-aldre', kind: 'unit', name: 'Hemtjänst Norr' },
  { key: 'hemtjanst-landsbro', parentKey: 'vo-aldre', kind: 'unit', name: 'Hemtjänst Landsbro' },
  { key: 'sabo-bjorkhagen', parentKey: 'vo-aldre', kind: 'unit', name: 'Björkhagens vård- och omsorgsboende' },
  { key: 'dagverksamhet-solglantan', parentKey: 'vo-aldre', kind: 'unit', name: 'Dagverksamhet Solgläntan (demens)' },
  { key: 'vo-funk', parentKey: 'vo', kind: 'area', name: 'Funktionsstöd' },
  { key: 'daglig-verksamhet-ekbacken', parentKey: 'vo-funk', kind: 'unit', name: 'Daglig verksamhet Ekbacken' },
  { key: 'gruppbostad-vitsippan', parentKey: 'vo-funk', kind: 'unit', name: 'Gruppbostad Vitsippan' },
  { key: 'korttids-ugglan', parentKey: 'vo-funk', kind: 'unit', name: 'Korttidsvistelse Ugglan' },
  { key: 'vo-myndighet', parentKey: 'vo', kind: 'area', name: 'Myndighetsutövning' },
  { key: 'bistand', parentKey: 'vo-myndighet', kind: 'unit', name: 'Biståndshandläggning äldre och funktionsstöd' },
  { key: 'korttidsboende', parentKey: 'vo-myndighet', kind: 'unit', name: 'Korttidsboende och växelvård' },
  // Socialförvaltningen
  { key: 'so', parentKey: null, kind: 'administration', name: 'Socialförvaltningen' },
  { key: 'so-barn', parentKey: 'so', kind: 'area', name: 'Barn och familj' },
  { key: 'barn-utredning', parentKey: 'so-barn', kind: 'unit', name: 'Utredning barn och unga' },
  { key: 'familjeresursen', parentKey: 'so-barn', kind: 'unit', name: 'Familjeresursen (öppenvård)' },
  { key: 'so-vuxen', parentKey: 'so', kind: 'area', name: 'Vuxen – missbruk och beroende' },
  { key: 'vuxen-oppenvard', parentKey: 'so-vuxen', kind: 'unit', name: 'Öppenvård vuxna' },
  { key: 'vuxen-handlaggning', parentKey: 'so-vuxen', kind: 'unit', name: 'Handläggning vuxna' },
  { key: 'vald-i-nara-relationer', parentKey: 'so-vuxen', kind: 'unit', name: 'Stöd vid våld i nära relationer' },
  { key: 'so-psyk', parentKey: 'so', kind: 'area', name: 'Socialpsykiatri' },
  { key: 'boendestod', parentKey: 'so-psyk', kind: 'unit', name: 'Boendestöd' },
  { key: 'traffpunkten', parentKey: 'so-psyk', kind: 'unit', name: 'Träffpunkten' },
  // Regionen (utanför kommunen)
  { key: 'region', parentKey: null, kind: 'administration', name: 'Region Jönköpings län', external: true },
  { key: 'region-hs', parentKey: 'region', kind: 'area', name: 'Hälso- och sjukvård', external: true },
  { key: 'region-vc', parentKey: 'region-hs', kind: 'unit', name: 'Vårdcentralerna i Vetlanda', external: true },
  { key: 'region-psyk', parentKey: 'region-hs', kind: 'unit', name: 'Psykiatrisk öppenvård', external: true },
];

export const bodies: DemoBody[] = [
  {
    key: 'samverkan-so-vo',
    kind: 'steering_group',
    name: 'Samverkan socialförvaltningen – vård- och omsorgsförvaltningen',
    meetingsPerYear: null,
    description: 'Förvaltningsledningarna för SO och VO, som ansvarar för riktlinjen. Tar varje år fram en gemensam handlingsplan med aktiviteter för bättre samverkan, utifrån den gemensamma överenskommelse som funnits sedan mars 2015.',
  },
  {
    key: 'arbetsgrupp',
    kind: 'working_group',
    name: 'Arbetsgruppen för stöd till anhöriga',
    meetingsPerYear: null,
    description: 'Anhörigkonsulenterna i båda förvaltningarna med representanter för verksamheterna. Tar fram verksamhetsnära rutiner, bland annat ansvarsfördelningen för stödet till anhöriga, och håller den samlade informationen på hemsidan aktuell.',
  },
];

export const staff: DemoStaff[] = [
  {
    key: 'admin',
    name: 'Per Axelsson',
    email: 'admin@vetlanda.example.se',
    title: 'Systemförvaltare',
    roles: [{ role: 'admin', unitKey: null }],
  },
  {
    key: 'konsulent-vo',
    name: 'Ingrid Holmér',
    email: 'ingrid.holmer@vetlanda.example.se',
    title: 'Anhörigkonsulent, vård- och omsorgsförvaltningen',
    roles: [
      { role: 'specialist', unitKey: 'anhorigstod' },
      { role: 'specialist', unitKey: 'vo-aldre' },
      { role: 'specialist', unitKey: 'vo-funk' },
    ],
  },
  {
    key: 'konsulent-so',
    name: 'Ahmed Yusuf',
    email: 'ahmed.yusuf@vetlanda.example.se',
    title: 'Anhörigkonsulent, socialförvaltningen',
    roles: [
      { role: 'specialist', unitKey: 'anhorigstod' },
      { role: 'specialist', unitKey: 'so-vuxen' },
      { role: 'specialist', unitKey: 'so-psyk' },
      { role: 'specialist', unitKey: 'so-barn' },
    ],
  },
  {
    key: 'enhetschef-hemtjanst',
    name: 'Camilla Fransson',
    email: 'camilla.fransson@vetlanda.example.se',
    title: 'Enhetschef, Hemtjänst Norr',
    roles: [{ role: 'unit_manager', unitKey: 'hemtjanst-norr' }],
  },
  {
    key: 'medarbetare-hemtjanst',
    name: 'Oskar Lindqvist',
    email: 'oskar.lindqvist@vetlanda.example.se',
    title: 'Undersköterska',
    roles: [{ role: 'staff', unitKey: 'hemtjanst-norr' }],
  },
  {
    key: 'socialsekreterare-barn',
    name: 'Hanna Ruuth',
    email: 'hanna.ruuth@vetlanda.example.se',
    title: 'Socialsekreterare, Barn och familj',
    roles: [{ role: 'staff', unitKey: 'barn-utredning' }],
  },
  {
    key: 'handlaggare',
    name: 'Malin Gustafsson',
    email: 'malin.gustafsson@vetlanda.example.se',
    title: 'Biståndshandläggare',
    roles: [{ role: 'case_officer', unitKey: 'bistand' }],
  },
  {
    key: 'verksamhetschef-aldre',
    name: 'Björn Sandberg',
    email: 'bjorn.sandberg@vetlanda.example.se',
    title: 'Verksamhetschef äldreomsorg',
    roles: [{ role: 'area_manager', unitKey: 'vo-aldre' }],
  },
  {
    key: 'forvaltningschef-vo',
    name: 'Eva Lundholm',
    email: 'eva.lundholm@vetlanda.example.se',
    title: 'Förvaltningschef, vård- och omsorgsförvaltningen',
    roles: [{ role: 'director', unitKey: 'vo' }],
  },
  {
    key: 'forvaltningschef-so',
    name: 'Daniel Borgström',
    email: 'daniel.borgstrom@vetlanda.example.se',
    title: 'Förvaltningschef, socialförvaltningen',
    roles: [{ role: 'director', unitKey: 'so' }],
  },
  {
    key: 'namndledamot',
    name: 'Birgitta Nordahl',
    email: 'birgitta.nordahl@vetlanda.example.se',
    title: 'Ledamot, vård- och omsorgsnämnden',
    roles: [{ role: 'board', unitKey: null }],
  },
  {
    key: 'granskare',
    name: 'Sara Engström',
    email: 'sara.engstrom@vetlanda.example.se',
    title: 'Informationssäkerhetssamordnare',
    roles: [{ role: 'auditor', unitKey: null }],
  },
];
