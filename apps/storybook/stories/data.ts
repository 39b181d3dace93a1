// Shared demo data of the component stories (fictional people of Esimerkkilä). Not a story file.
// Council (valtuusto) items: no presenter, a council has no presenting official (KL 39 §).
import type {
  AgendaEntry,
  AgendaItemView,
  ParticipantView,
  SpeakerEntry,
  VoteView,
  VoteResultView,
} from '@digikokous/components';

export const agendaItems: AgendaEntry[] = [
  {
    id: 'i1',
    order: 1,
    section: 45,
    title: {
      fi: 'Kokouksen laillisuus ja päätösvaltaisuus',
      sv: 'Mötets laglighet och beslutförhet',
      en: 'Legality and quorum of the meeting',
    },
    state: 'handled',
  },
  {
    id: 'i2',
    order: 2,
    section: 46,
    title: {
      fi: 'Pöytäkirjantarkastajien valinta',
      sv: 'Val av protokolljusterare',
      en: 'Election of minutes checkers',
    },
    state: 'handled',
  },
  {
    id: 'i3',
    order: 3,
    section: 47,
    title: {
      fi: 'Talousarvion muutos: koulukeskuksen peruskorjaus',
      sv: 'Budgetändring: renovering av skolcentret',
      en: 'Budget change: renovation of the school centre',
    },
    state: 'current',
    attachmentCount: 2,
  },
  {
    id: 'i4',
    order: 4,
    title: { fi: 'Koulukiinteistön myynti', sv: 'Försäljning av skolfastighet', en: 'Sale of a school property' },
    state: 'upcoming',
    attachmentCount: 3,
    confidentiality: 'partly-confidential',
  },
  {
    id: 'i5',
    order: 5,
    title: { fi: 'Vahingonkorvausvaatimus', sv: 'Skadeståndskrav', en: 'Claim for damages' },
    state: 'upcoming',
    confidentiality: 'confidential',
    attachmentCount: 1,
  },
  {
    id: 'i6',
    order: 6,
    title: {
      fi: 'Valtuustoaloite lähiliikunnasta',
      sv: 'Fullmäktigemotion om närmotion',
      en: 'Council initiative on local sports',
    },
    state: 'tabled',
  },
  {
    id: 'i7',
    order: 7,
    title: { fi: 'Ilmoitusasiat', sv: 'Anmälningsärenden', en: 'Items for information' },
    state: 'removed',
  },
];

export const item: AgendaItemView = {
  id: 'i4',
  order: 4,
  section: 48,
  title: { fi: 'Koulukiinteistön myynti', sv: 'Försäljning av skolfastighet', en: 'Sale of a school property' },
  caseNumber: 'ESIM/123/10.00.02/2026',
  preparers: ['Tonttipäällikkö Matti Mäki', 'Hallintojohtaja Sari Saari'],
  draftDecision: {
    fi: 'Valtuusto päättää myydä kiinteistön 123-4-5-6 hintaan 450 000 euroa.',
    sv: 'Fullmäktige beslutar sälja fastigheten 123-4-5-6 för 450 000 euro.',
    en: 'The council decides to sell the property 123-4-5-6 for EUR 450,000.',
  },
  background: {
    content: 'Ostajan tarjous ja neuvotteluasiakirjat.\n\nKauppahinnan perusteet.',
    confidentiality: { basis: 'JulkL 24 § 1 mom. 17 k', part: { fi: 'Selostus', sv: 'Beskrivning', en: 'Background' } },
  },
  attachments: [
    {
      id: 'a1',
      name: 'Kauppakirjaluonnos',
      mediaType: 'application/pdf',
      size: 245_000,
      language: 'fi',
      accessible: true,
      href: '#a1',
    },
    {
      id: 'a2',
      name: 'Köpebrevsutkast',
      mediaType: 'application/pdf',
      size: 251_000,
      language: 'sv',
      accessible: false,
      href: '#a2',
    },
    {
      id: 'a3',
      name: 'Arviokirja',
      mediaType: 'application/pdf',
      size: 1_200_000,
      language: 'fi',
      accessible: { href: '#a3-html' },
      confidentiality: { basis: 'JulkL 24 § 1 mom. 17 k' },
    },
  ],
};

export const participants: ParticipantView[] = [
  {
    id: 'p1',
    name: 'Aalto Anna',
    role: 'puheenjohtaja',
    group: 'KOK',
    present: true,
    mode: 'paikan-paalla',
    arrivedAt: '2026-03-16T18:00:00+02:00',
  },
  {
    id: 'p2',
    name: 'Berg Bo',
    role: 'jasen',
    group: 'SFP',
    present: true,
    mode: 'etana',
    arrivedAt: '2026-03-16T18:05:00+02:00',
  },
  {
    id: 'p3',
    name: 'Candé Cecilia',
    role: 'jasen',
    group: 'SDP',
    present: true,
    mode: 'paikan-paalla',
    disqualified: true,
    arrivedAt: '2026-03-16T18:00:00+02:00',
  },
  { id: 'p4', name: 'Dahl David', role: 'jasen', group: 'KESK', present: false },
  {
    id: 'p5',
    name: 'Eskola Eeva',
    role: 'varajasen',
    group: 'KESK',
    present: true,
    mode: 'paikan-paalla',
    deputyFor: 'Dahl David',
    arrivedAt: '2026-03-16T18:00:00+02:00',
  },
  {
    id: 'p6',
    name: 'Forsman Frans',
    role: 'jasen',
    group: 'VIHR',
    present: false,
    arrivedAt: '2026-03-16T18:00:00+02:00',
    leftAt: '2026-03-16T19:40:00+02:00',
  },
  { id: 'p7', name: 'Laine Liisa', role: 'kunnanjohtaja', present: true, mode: 'paikan-paalla' },
];

export const queue: SpeakerEntry[] = [
  { id: 'e1', memberId: 'p2', name: 'Berg Bo', kind: 'puheenvuoro', group: 'SFP' },
  { id: 'e2', memberId: 'p5', name: 'Eskola Eeva', kind: 'vastauspuheenvuoro', group: 'KESK' },
  { id: 'e3', memberId: 'p6', name: 'Forsman Frans', kind: 'tyojarjestyspuheenvuoro', group: 'VIHR' },
];

export const vote: VoteView = {
  id: 'v1',
  title: {
    fi: 'Äänestys 1: määrärahan suuruus',
    sv: 'Omröstning 1: anslagets storlek',
    en: 'Vote 1: the size of the appropriation',
  },
  jaa: {
    label: {
      fi: 'Kunnanhallituksen ehdotus',
      sv: 'Kommunstyrelsens förslag',
      en: "The municipal executive's proposal",
    },
    text: {
      fi: 'Valtuusto myöntää peruskorjaukseen 4,2 milj. euron lisämäärärahan.',
      sv: 'Fullmäktige beviljar ett tilläggsanslag på 4,2 miljoner euro.',
      en: 'The council grants EUR 4.2 million.',
    },
  },
  ei: {
    label: { fi: 'Berg Bon vastaehdotus', sv: 'Bo Bergs motförslag', en: "Bo Berg's counter-proposal" },
    text: {
      fi: 'Valtuusto myöntää peruskorjaukseen 5,0 milj. euron lisämäärärahan.',
      sv: 'Fullmäktige beviljar ett tilläggsanslag på 5,0 miljoner euro.',
      en: 'The council grants EUR 5.0 million.',
    },
  },
  state: 'open',
  allowChange: true,
};

export const result: VoteResultView = {
  voteId: 'v1',
  jaa: { label: vote.jaa.label },
  ei: { label: vote.ei.label },
  counts: { jaa: 25, ei: 14, tyhja: 2, absent: 2 },
};

export const rollCall: VoteResultView = {
  voteId: 'v2',
  title: { fi: 'Nimenhuutoäänestys', sv: 'Omröstning med namnupprop', en: 'Roll-call vote' },
  jaa: { label: vote.jaa.label },
  ei: { label: vote.ei.label },
  chairOption: 'jaa',
  rollCall: [
    { memberId: 'p1', name: 'Aalto Anna', group: 'KOK', option: 'jaa' },
    { memberId: 'p2', name: 'Berg Bo', group: 'SFP', option: 'ei' },
    { memberId: 'p3', name: 'Candé Cecilia', group: 'SDP', option: 'ei' },
    { memberId: 'p5', name: 'Eskola Eeva', group: 'KESK', option: 'jaa' },
    { memberId: 'p6', name: 'Forsman Frans', group: 'VIHR', option: 'absent' },
  ],
};
