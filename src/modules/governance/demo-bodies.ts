// Demo members, meeting months and topics of the bodies that are not the generic working
// group or carers' council: Hässleholm's management groups and learning network, Herrljunga's
// social welfare committee, Södertälje's yearly follow-up and Vetlanda's joint cooperation
// group. '@' marks a staff key; every other name is invented.
export type DemoMember = [string, string];

export interface DemoBodyPlan {
  members: DemoMember[];
  months: number[];
  place: string;
  topics: string[];
}

export const OTHER_BODIES: Record<string, Record<string, DemoBodyPlan>> = {
  hassleholm: {
    ledningsgrupper: {
      members: [['@forvaltningschef-of', 'Förvaltningschef, omsorgsförvaltningen'], ['Peter Lindahl', 'Förvaltningschef, socialförvaltningen'],
        ['@verksamhetschef-hemvard', 'Verksamhetschef hemvård'], ['@myndighetschef', 'Myndighetschef'], ['@strateg', 'Föredragande i anhörigfrågor']],
      months: [3, 10], place: 'Stadshuset, sammanträdesrum Ljungen',
      topics: ['Anhörigperspektivet i verksamhetsplanerna', 'Uppföljning av anhörigombuden'],
    },
    'blandat-larande-natverk': {
      members: [['@behandlare-bus', 'Sammankallande'], ['@specialpedagog', 'Elevhälsan'], ['@samtalsterapeut', 'Novum'],
        ['Jenny Ohlsson', 'Verksamhetschef elevhälsan'], ['Hanna Vik', 'Kurator, Region Skåne']],
      months: [2, 4, 9, 11], place: 'Kulturhuset, rum Boken',
      topics: ['Fallbeskrivningar: barn som anhöriga', 'Samtalsmetoder med barn', 'Skolans roll', 'Årets lärdomar'],
    },
  },
  herrljunga: {
    socialnamnden: {
      members: [['@namndledamot', 'Ledamot'], ['Göran Eld', 'Ordförande'], ['Lena Hult', 'Vice ordförande'], ['@socialchef', 'Föredragande']],
      months: [2, 4, 6, 9, 11], place: 'Kommunhuset, sessionssalen',
      topics: ['Verksamhetsberättelsen för anhörigstödet', 'Uppföljning av delårsbokslutet', 'Statsbidraget för anhörigstöd', 'Mål och budget', 'Internkontrollplanen'],
    },
  },
  sodertalje: {
    uppfoljning: {
      members: [['@omsorgsdirektor', 'Omsorgsdirektör'], ['@socialdirektor', 'Socialdirektör'], ['@roc-aldre', 'Resultatområdeschef äldre'],
        ['@konsulent-aldre', 'Föredragande'], ['@konsulent-funk', ''], ['@konsulent-psyk', '']],
      months: [2], place: 'Stadshuset, rum Kringlan',
      topics: ['Årlig uppföljning av riktlinjen för anhörigstöd'],
    },
  },
  vetlanda: {
    'samverkan-so-vo': {
      members: [['@forvaltningschef-vo', 'Förvaltningschef, vård- och omsorgsförvaltningen'], ['@forvaltningschef-so', 'Förvaltningschef, socialförvaltningen'],
        ['@verksamhetschef-aldre', 'Verksamhetschef äldreomsorg'], ['@konsulent-vo', 'Föredragande'], ['@konsulent-so', 'Föredragande']],
      months: [3, 9, 11], place: 'Stadshuset, sammanträdesrum Njudung',
      topics: ['Den gemensamma handlingsplanen: uppföljning', 'Anhörigperspektivet vid våld i nära relationer', 'Handlingsplanen för nästa år'],
    },
  },
};
