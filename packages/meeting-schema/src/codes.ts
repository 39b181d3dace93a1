/**
 * Code lists of Finnish municipal decision-making with Finnish, Swedish and English labels.
 *
 * This module is the `@digikokous/meeting-schema/codes` entry point. It MUST NOT import zod
 * (browser components import it for labels and types without the validation runtime).
 * Terms follow the FI/SV/EN glossary of the kit's domain rules (§9); English labels are
 * working translations.
 * @packageDocumentation
 */

/** A label in the three languages every code list carries. */
export interface CodeLabel {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** Languages of localised text: Finnish, Swedish, English and Northern Sámi. */
export const languages = ['fi', 'sv', 'en', 'se'] as const;
/** A language of localised text. */
export type Language = (typeof languages)[number];

/** Returns the label of `code` in `lang` from one of the `…Labels` records (falls back to Finnish). */
export function labelOf<C extends string>(
  labels: Readonly<Record<C, CodeLabel>>,
  code: C,
  lang: Language = 'fi',
): string {
  const entry = labels[code];
  if (lang === 'se') return entry.fi;
  return entry[lang];
}

/** Kinds of municipal body (toimielin, KL 30 §); `viranhaltija` is a one-person decision maker. */
export const bodyKinds = [
  'valtuusto',
  'hallitus',
  'lautakunta',
  'valiokunta',
  'jaosto',
  'johtokunta',
  'tarkastuslautakunta',
  'toimikunta',
  'viranhaltija',
] as const;
/** A kind of municipal body. */
export type BodyKind = (typeof bodyKinds)[number];
/** Labels of {@link BodyKind}. */
export const bodyKindLabels: Readonly<Record<BodyKind, CodeLabel>> = {
  valtuusto: { fi: 'valtuusto', sv: 'fullmäktige', en: 'council' },
  hallitus: { fi: 'kunnanhallitus', sv: 'kommunstyrelse', en: 'municipal executive' },
  lautakunta: { fi: 'lautakunta', sv: 'nämnd', en: 'committee' },
  valiokunta: { fi: 'valiokunta', sv: 'utskott', en: 'council committee' },
  jaosto: { fi: 'jaosto', sv: 'sektion', en: 'section' },
  johtokunta: { fi: 'johtokunta', sv: 'direktion', en: 'board of management' },
  tarkastuslautakunta: { fi: 'tarkastuslautakunta', sv: 'revisionsnämnd', en: 'audit committee' },
  toimikunta: { fi: 'toimikunta', sv: 'kommitté', en: 'task force' },
  viranhaltija: { fi: 'viranhaltija', sv: 'tjänsteinnehavare', en: 'office holder' },
};

/** Roles in a body (membership roles and others entitled to be present, KL 97 §, KL 102 §). */
export const roles = [
  'puheenjohtaja',
  'varapuheenjohtaja',
  'jasen',
  'varajasen',
  'esittelija',
  'sihteeri',
  'poytakirjanpitaja',
  'asiantuntija',
  'kunnanjohtaja',
  'pormestari',
  'kunnanhallituksen-edustaja',
  'nuorisovaltuuston-edustaja',
  'vanhusneuvoston-edustaja',
  'vammaisneuvoston-edustaja',
  'muu-lasnaolija',
] as const;
/** A role in a body. */
export type Role = (typeof roles)[number];
/** Labels of {@link Role}. */
export const roleLabels: Readonly<Record<Role, CodeLabel>> = {
  puheenjohtaja: { fi: 'puheenjohtaja', sv: 'ordförande', en: 'chair' },
  varapuheenjohtaja: { fi: 'varapuheenjohtaja', sv: 'vice ordförande', en: 'vice-chair' },
  jasen: { fi: 'jäsen', sv: 'ledamot', en: 'member' },
  varajasen: { fi: 'varajäsen', sv: 'ersättare', en: 'deputy member' },
  esittelija: { fi: 'esittelijä', sv: 'föredragande', en: 'presenting official' },
  sihteeri: { fi: 'sihteeri', sv: 'sekreterare', en: 'secretary' },
  poytakirjanpitaja: { fi: 'pöytäkirjanpitäjä', sv: 'protokollförare', en: 'minute-taker' },
  asiantuntija: { fi: 'asiantuntija', sv: 'sakkunnig', en: 'expert' },
  kunnanjohtaja: { fi: 'kunnanjohtaja', sv: 'kommundirektör', en: 'municipal manager' },
  pormestari: { fi: 'pormestari', sv: 'borgmästare', en: 'mayor' },
  'kunnanhallituksen-edustaja': {
    fi: 'kunnanhallituksen edustaja',
    sv: 'kommunstyrelsens representant',
    en: 'representative of the municipal executive',
  },
  'nuorisovaltuuston-edustaja': {
    fi: 'nuorisovaltuuston edustaja',
    sv: 'ungdomsfullmäktiges representant',
    en: 'youth council representative',
  },
  'vanhusneuvoston-edustaja': {
    fi: 'vanhusneuvoston edustaja',
    sv: 'äldrerådets representant',
    en: "older people's council representative",
  },
  'vammaisneuvoston-edustaja': {
    fi: 'vammaisneuvoston edustaja',
    sv: 'rådet för personer med funktionsnedsättnings representant',
    en: 'disability council representative',
  },
  'muu-lasnaolija': { fi: 'muu läsnäolija', sv: 'annan närvarande', en: 'other attendee' },
};
/** Roles that hold a seat in the body (counted for quorum and voting, KL 103 §). */
export const seatRoles: readonly Role[] = ['puheenjohtaja', 'varapuheenjohtaja', 'jasen'];

/** Kinds of proposal (ehdotus) in the handling of an item (KL 104 §, hallintosääntö). */
export const proposalKinds = [
  'pohjaehdotus',
  'vastaehdotus',
  'muutosehdotus',
  'hylkaysehdotus',
  'poydallepano',
  'palautus',
  'toivomusponsi',
] as const;
/** A kind of proposal. */
export type ProposalKind = (typeof proposalKinds)[number];
/** Labels of {@link ProposalKind}. */
export const proposalKindLabels: Readonly<Record<ProposalKind, CodeLabel>> = {
  pohjaehdotus: { fi: 'pohjaehdotus', sv: 'grundförslag', en: 'base proposal' },
  vastaehdotus: { fi: 'vastaehdotus', sv: 'motförslag', en: 'counter-proposal' },
  muutosehdotus: { fi: 'muutosehdotus', sv: 'ändringsförslag', en: 'amendment' },
  hylkaysehdotus: { fi: 'hylkäysehdotus', sv: 'förkastningsförslag', en: 'proposal to reject' },
  poydallepano: { fi: 'pöydällepanoehdotus', sv: 'förslag om bordläggning', en: 'proposal to table' },
  palautus: { fi: 'palautusehdotus', sv: 'förslag om återremiss', en: 'proposal to refer back' },
  toivomusponsi: { fi: 'toivomusponsi', sv: 'hemställningskläm', en: 'wish clause' },
};

/** Ballot options of a vote on a matter (jaa = proposal A, ei = proposal B, tyhjä = blank; KL 104 §). */
export const voteOptions = ['jaa', 'ei', 'tyhja'] as const;
/** A ballot option. */
export type VoteOption = (typeof voteOptions)[number];
/** Labels of {@link VoteOption}. */
export const voteOptionLabels: Readonly<Record<VoteOption, CodeLabel>> = {
  jaa: { fi: 'jaa', sv: 'ja', en: 'yes' },
  ei: { fi: 'ei', sv: 'nej', en: 'no' },
  tyhja: { fi: 'tyhjä', sv: 'blank', en: 'blank' },
};

/** Voting methods (äänestystapa); the method is decided by the chair under the hallintosääntö [unverified]. */
export const voteMethods = ['kasiennostus', 'sahkoinen', 'nimenhuuto', 'nousemalla'] as const;
/** A voting method. */
export type VoteMethod = (typeof voteMethods)[number];
/** Labels of {@link VoteMethod}. */
export const voteMethodLabels: Readonly<Record<VoteMethod, CodeLabel>> = {
  kasiennostus: {
    fi: 'avoin kädennostoäänestys',
    sv: 'öppen omröstning med handuppräckning',
    en: 'open show of hands',
  },
  sahkoinen: { fi: 'sähköinen äänestys', sv: 'elektronisk omröstning', en: 'electronic vote' },
  nimenhuuto: { fi: 'nimenhuutoäänestys', sv: 'omröstning med namnupprop', en: 'roll-call vote' },
  nousemalla: { fi: 'nousemalla äänestäminen', sv: 'omröstning genom att resa sig', en: 'vote by standing' },
};

/** Kinds of election of persons (vaali, KL 105 §). */
export const electionKinds = ['enemmistovaali', 'suhteellinen-vaali'] as const;
/** A kind of election. */
export type ElectionKind = (typeof electionKinds)[number];
/** Labels of {@link ElectionKind}. */
export const electionKindLabels: Readonly<Record<ElectionKind, CodeLabel>> = {
  enemmistovaali: { fi: 'enemmistövaali', sv: 'majoritetsval', en: 'majority election' },
  'suhteellinen-vaali': { fi: 'suhteellinen vaali', sv: 'proportionellt val', en: 'proportional election' },
};

/** Result kinds of a decision on an item. */
export const decisionKinds = [
  'hyvaksytty-ehdotuksen-mukaisesti',
  'hyvaksytty-aanestyksen-jalkeen',
  'hyvaksytty-muutettuna',
  'hylatty',
  'palautettu-valmisteltavaksi',
  'poydalle',
  'merkitty-tiedoksi',
  'poistettu',
  'vaali',
] as const;
/** A decision result kind. */
export type DecisionKind = (typeof decisionKinds)[number];
/** Labels of {@link DecisionKind}. */
export const decisionKindLabels: Readonly<Record<DecisionKind, CodeLabel>> = {
  'hyvaksytty-ehdotuksen-mukaisesti': {
    fi: 'hyväksyttiin ehdotuksen mukaisesti',
    sv: 'godkändes enligt förslaget',
    en: 'approved as proposed',
  },
  'hyvaksytty-aanestyksen-jalkeen': {
    fi: 'hyväksyttiin äänestyksen jälkeen',
    sv: 'godkändes efter omröstning',
    en: 'approved after a vote',
  },
  'hyvaksytty-muutettuna': { fi: 'hyväksyttiin muutettuna', sv: 'godkändes med ändringar', en: 'approved as amended' },
  hylatty: { fi: 'hylättiin', sv: 'förkastades', en: 'rejected' },
  'palautettu-valmisteltavaksi': {
    fi: 'palautettiin valmisteltavaksi',
    sv: 'återremitterades',
    en: 'returned for preparation',
  },
  poydalle: { fi: 'pantiin pöydälle', sv: 'bordlades', en: 'tabled' },
  'merkitty-tiedoksi': { fi: 'merkittiin tiedoksi', sv: 'antecknades för kännedom', en: 'noted' },
  poistettu: { fi: 'poistettiin esityslistalta', sv: 'ströks från föredragningslistan', en: 'removed from the agenda' },
  vaali: { fi: 'vaali toimitettiin', sv: 'valet förrättades', en: 'election held' },
};

/**
 * Disqualification grounds of Hallintolaki 434/2003 28 § 1 mom. 1–7 kohta.
 * In municipalities 1 mom. 6 kohta is not applied and 4–5 kohta are modified (KL 97 § 3–4 mom.).
 */
export const disqualificationGrounds = [
  'asianosainen',
  'avustaja-tai-edustaja',
  'hyoty-tai-haitta',
  'palvelussuhde',
  'johtoasema',
  'viraston-hallitus',
  'muu-erityinen-syy',
] as const;
/** A disqualification ground (esteellisyysperuste). */
export type DisqualificationGround = (typeof disqualificationGrounds)[number];
/** Labels of {@link DisqualificationGround}. */
export const disqualificationGroundLabels: Readonly<Record<DisqualificationGround, CodeLabel>> = {
  asianosainen: { fi: 'asianosaisjäävi', sv: 'partsjäv', en: 'party to the matter (self or close person)' },
  'avustaja-tai-edustaja': { fi: 'avustaja- tai edustajajäävi', sv: 'ombudsjäv', en: 'assists or represents a party' },
  'hyoty-tai-haitta': { fi: 'intressijäävi', sv: 'intressejäv', en: 'special benefit or harm' },
  palvelussuhde: { fi: 'palvelussuhdejäävi', sv: 'anställningsjäv', en: 'employment or commission relationship' },
  johtoasema: { fi: 'yhteisöjäävi', sv: 'samfundsjäv', en: 'board or management position in an entity' },
  'viraston-hallitus': {
    fi: 'ohjaus- ja valvontajäävi',
    sv: 'tillsynsjäv',
    en: 'board of an agency steering or supervising',
  },
  'muu-erityinen-syy': {
    fi: 'yleislausekejäävi',
    sv: 'jäv på grund av annan särskild orsak',
    en: 'other special reason',
  },
};
/** The statute citation of each {@link DisqualificationGround}. */
export const disqualificationGroundCitations: Readonly<Record<DisqualificationGround, string>> = {
  asianosainen: 'HL 28 § 1 mom. 1 k',
  'avustaja-tai-edustaja': 'HL 28 § 1 mom. 2 k',
  'hyoty-tai-haitta': 'HL 28 § 1 mom. 3 k',
  palvelussuhde: 'HL 28 § 1 mom. 4 k',
  johtoasema: 'HL 28 § 1 mom. 5 k',
  'viraston-hallitus': 'HL 28 § 1 mom. 6 k',
  'muu-erityinen-syy': 'HL 28 § 1 mom. 7 k',
};

/**
 * Secrecy grounds of Julkisuuslaki 621/1999 24 § 1 mom. 1–32 kohta. The code is `julkl-24-1-N`;
 * the point number is what matters. Short labels are working paraphrases (security rules §5.1):
 * confirm against Finlex before showing them as legal text.
 */
export const secrecyGrounds = [
  'julkl-24-1-1',
  'julkl-24-1-2',
  'julkl-24-1-3',
  'julkl-24-1-4',
  'julkl-24-1-5',
  'julkl-24-1-6',
  'julkl-24-1-7',
  'julkl-24-1-8',
  'julkl-24-1-9',
  'julkl-24-1-10',
  'julkl-24-1-11',
  'julkl-24-1-12',
  'julkl-24-1-13',
  'julkl-24-1-14',
  'julkl-24-1-15',
  'julkl-24-1-16',
  'julkl-24-1-17',
  'julkl-24-1-18',
  'julkl-24-1-19',
  'julkl-24-1-20',
  'julkl-24-1-21',
  'julkl-24-1-22',
  'julkl-24-1-23',
  'julkl-24-1-24',
  'julkl-24-1-25',
  'julkl-24-1-26',
  'julkl-24-1-27',
  'julkl-24-1-28',
  'julkl-24-1-29',
  'julkl-24-1-30',
  'julkl-24-1-31',
  'julkl-24-1-32',
] as const;
/** A JulkL 24 § 1 mom. secrecy ground. */
export type SecrecyGround = (typeof secrecyGrounds)[number];
/** Labels of {@link SecrecyGround}. */
export const secrecyGroundLabels: Readonly<Record<SecrecyGround, CodeLabel>> = {
  'julkl-24-1-1': { fi: 'ulkosuhteet', sv: 'utrikesrelationer', en: 'foreign and international relations' },
  'julkl-24-1-2': {
    fi: 'kansainväliset suhteet',
    sv: 'internationella relationer',
    en: 'international relations (other)',
  },
  'julkl-24-1-3': {
    fi: 'rikosilmoitukset ja esitutkinta',
    sv: 'brottsanmälningar och förundersökning',
    en: 'crime reports, pre-trial investigation and prosecution',
  },
  'julkl-24-1-4': {
    fi: 'rikosten estäminen ja selvittäminen',
    sv: 'förebyggande och utredning av brott',
    en: 'crime prevention and detection',
  },
  'julkl-24-1-5': {
    fi: 'taktiset ja tekniset suunnitelmat',
    sv: 'taktiska och tekniska planer',
    en: 'tactical and technical plans of the authorities',
  },
  'julkl-24-1-6': {
    fi: 'vankiloiden turvallisuus',
    sv: 'säkerheten i fängelser',
    en: 'security of prisons and custody',
  },
  'julkl-24-1-7': {
    fi: 'turvallisuusjärjestelyt',
    sv: 'säkerhetsarrangemang',
    en: 'security arrangements of persons, buildings and systems',
  },
  'julkl-24-1-8': {
    fi: 'valmiussuunnittelu ja väestönsuojelu',
    sv: 'beredskap och befolkningsskydd',
    en: 'emergency preparedness and civil defence',
  },
  'julkl-24-1-9': { fi: 'valtion turvallisuus', sv: 'statens säkerhet', en: 'state security' },
  'julkl-24-1-10': { fi: 'maanpuolustus', sv: 'försvaret', en: 'national defence' },
  'julkl-24-1-11': {
    fi: 'raha-, valuutta- ja finanssipolitiikka',
    sv: 'penning-, valuta- och finanspolitik',
    en: 'monetary, currency and fiscal policy',
  },
  'julkl-24-1-12': {
    fi: 'rahoitusmarkkinoiden valvonta',
    sv: 'tillsyn över finansmarknaden',
    en: 'supervision of financial markets',
  },
  'julkl-24-1-13': {
    fi: 'julkistalouden edut',
    sv: 'den offentliga ekonomins intressen',
    en: 'public-economy interests',
  },
  'julkl-24-1-14': {
    fi: 'uhanalaiset lajit ja luontotyypit',
    sv: 'hotade arter och naturtyper',
    en: 'endangered species and habitats',
  },
  'julkl-24-1-15': {
    fi: 'tarkastukset ja valvonta',
    sv: 'inspektioner och tillsyn',
    en: 'inspections and supervision',
  },
  'julkl-24-1-16': {
    fi: 'tilastot ja tutkimus',
    sv: 'statistik och forskning',
    en: 'data given for statistics or research',
  },
  'julkl-24-1-17': {
    fi: 'julkisyhteisön liikesalaisuudet',
    sv: 'offentliga samfunds affärshemligheter',
    en: 'business secrets of public bodies',
  },
  'julkl-24-1-18': {
    fi: 'neuvotteluasemat',
    sv: 'förhandlingspositioner',
    en: 'negotiating positions of the state or a municipality',
  },
  'julkl-24-1-19': {
    fi: 'oikeudenkäynti',
    sv: 'rättegång',
    en: 'litigation documents of an authority that is a party',
  },
  'julkl-24-1-20': {
    fi: 'yksityinen liike- tai ammattisalaisuus',
    sv: 'enskild affärs- eller yrkeshemlighet',
    en: 'private business or professional secrets',
  },
  'julkl-24-1-21': {
    fi: 'tutkimussuunnitelmat ja opinnäytteet',
    sv: 'forskningsplaner och lärdomsprov',
    en: 'research plans, theses and development work',
  },
  'julkl-24-1-22': { fi: 'koe- ja testikysymykset', sv: 'prov- och testfrågor', en: 'examination and test questions' },
  'julkl-24-1-23': {
    fi: 'tulot, varallisuus ja etuudet',
    sv: 'inkomster, förmögenhet och förmåner',
    en: "a person's income, assets and benefits",
  },
  'julkl-24-1-24': {
    fi: 'pakolaiset ja turvapaikanhakijat',
    sv: 'flyktingar och asylsökande',
    en: 'refugees and asylum applicants',
  },
  'julkl-24-1-25': { fi: 'sosiaalihuollon asiakkaat', sv: 'socialvårdens klienter', en: 'social-welfare clients' },
  'julkl-24-1-26': {
    fi: 'vangit ja rangaistusajan suunnitelmat',
    sv: 'fångar och strafftidsplaner',
    en: 'prisoners and sentence plans',
  },
  'julkl-24-1-27': {
    fi: 'todistajien ja uhrien suojelu',
    sv: 'skydd av vittnen och offer',
    en: 'witness and victim protection',
  },
  'julkl-24-1-28': {
    fi: 'psykologiset testit ja soveltuvuuskokeet',
    sv: 'psykologiska test och lämplighetsprov',
    en: 'psychological and aptitude tests',
  },
  'julkl-24-1-29': {
    fi: 'ylioppilastutkinto ja oppilasarviointi',
    sv: 'studentexamen och elevbedömning',
    en: 'matriculation examination and pupil assessment',
  },
  'julkl-24-1-30': {
    fi: 'oppilas- ja opiskelijahuolto',
    sv: 'elev- och studerandevård',
    en: 'pupil and student welfare',
  },
  'julkl-24-1-31': {
    fi: 'taloudellinen ja perheasema',
    sv: 'ekonomisk ställning och familjeförhållanden',
    en: "a person's economic or family circumstances",
  },
  'julkl-24-1-32': { fi: 'yksityiselämä', sv: 'privatliv', en: 'private life' },
};
/** The JulkL 24 § 1 mom. point (kohta) of a secrecy ground. */
export function secrecyGroundPoint(ground: SecrecyGround): number {
  return Number(ground.slice('julkl-24-1-'.length));
}
/** The citation string of a secrecy ground, e.g. `JulkL 24 § 1 mom. 25 k` (security rules §5.1). */
export function secrecyGroundCitation(ground: SecrecyGround): string {
  return `JulkL 24 § 1 mom. ${secrecyGroundPoint(ground)} k`;
}
/** Points 24–32 protect private life: secrecy lasts 50 years after death (JulkL 31 § [unverified]). */
export function isPrivateLifeGround(ground: SecrecyGround): boolean {
  return secrecyGroundPoint(ground) >= 24;
}

/** Kinds of appeal instruction attached to a decision (KL 134–136 §, KL 141 §, HL 46–47 §). */
export const appealKinds = ['oikaisuvaatimus', 'kunnallisvalitus', 'hallintovalitus', 'muutoksenhakukielto'] as const;
/** A kind of appeal instruction. */
export type AppealKind = (typeof appealKinds)[number];
/** Labels of {@link AppealKind}. */
export const appealKindLabels: Readonly<Record<AppealKind, CodeLabel>> = {
  oikaisuvaatimus: {
    fi: 'oikaisuvaatimusohje',
    sv: 'anvisning om hur man begär omprövning',
    en: 'instructions for a claim for rectification',
  },
  kunnallisvalitus: {
    fi: 'valitusosoitus, kunnallisvalitus',
    sv: 'besvärsanvisning, kommunalbesvär',
    en: 'appeal instructions, municipal appeal',
  },
  hallintovalitus: {
    fi: 'valitusosoitus, hallintovalitus',
    sv: 'besvärsanvisning, förvaltningsbesvär',
    en: 'appeal instructions, administrative appeal',
  },
  muutoksenhakukielto: { fi: 'muutoksenhakukielto', sv: 'besvärsförbud', en: 'prohibition of appeal' },
};

/** Ways of holding a meeting (KL 98–100 §). */
export const meetingModes = ['lasnaolo', 'sahkoinen', 'hybridi', 'sahkoinen-paatoksentekomenettely'] as const;
/** A meeting mode. */
export type MeetingMode = (typeof meetingModes)[number];
/** Labels of {@link MeetingMode}. */
export const meetingModeLabels: Readonly<Record<MeetingMode, CodeLabel>> = {
  lasnaolo: { fi: 'kokous kokouspaikalla', sv: 'sammanträde på mötesplatsen', en: 'in-person meeting' },
  sahkoinen: { fi: 'sähköinen kokous', sv: 'elektroniskt sammanträde', en: 'electronic meeting' },
  hybridi: { fi: 'hybridikokous', sv: 'hybridsammanträde', en: 'hybrid meeting' },
  'sahkoinen-paatoksentekomenettely': {
    fi: 'sähköinen päätöksentekomenettely',
    sv: 'elektroniskt beslutsförfarande',
    en: 'electronic decision-making procedure',
  },
};

/** Lifecycle states of a meeting. */
export const meetingStates = [
  'suunniteltu',
  'kutsuttu',
  'esityslista-julkaistu',
  'kaynnissa',
  'paattynyt',
  'poytakirja-tarkastettu',
  'poytakirja-julkaistu',
  'peruttu',
] as const;
/** A meeting lifecycle state. */
export type MeetingState = (typeof meetingStates)[number];
/** Labels of {@link MeetingState}. */
export const meetingStateLabels: Readonly<Record<MeetingState, CodeLabel>> = {
  suunniteltu: { fi: 'suunniteltu', sv: 'planerat', en: 'planned' },
  kutsuttu: { fi: 'kokouskutsu lähetetty', sv: 'kallelse skickad', en: 'invited' },
  'esityslista-julkaistu': { fi: 'esityslista julkaistu', sv: 'föredragningslista publicerad', en: 'agenda published' },
  kaynnissa: { fi: 'kokous käynnissä', sv: 'sammanträdet pågår', en: 'in session' },
  paattynyt: { fi: 'kokous päättynyt', sv: 'sammanträdet avslutat', en: 'closed' },
  'poytakirja-tarkastettu': { fi: 'pöytäkirja tarkastettu', sv: 'protokollet justerat', en: 'minutes checked' },
  'poytakirja-julkaistu': { fi: 'pöytäkirja julkaistu', sv: 'protokollet publicerat', en: 'minutes published' },
  peruttu: { fi: 'peruttu', sv: 'inställt', en: 'cancelled' },
};

/** Publicity states of a document or part (JulkL 1 §, 6 §, 24 §). */
export const publicityStatuses = [
  'julkinen',
  'salassa-pidettava',
  'osittain-salassa-pidettava',
  'ei-viela-julkinen',
] as const;
/** A publicity state. */
export type PublicityStatus = (typeof publicityStatuses)[number];
/** Labels of {@link PublicityStatus}. */
export const publicityStatusLabels: Readonly<Record<PublicityStatus, CodeLabel>> = {
  julkinen: { fi: 'julkinen', sv: 'offentlig', en: 'public' },
  'salassa-pidettava': { fi: 'salassa pidettävä', sv: 'sekretessbelagd', en: 'confidential' },
  'osittain-salassa-pidettava': {
    fi: 'osittain salassa pidettävä',
    sv: 'delvis sekretessbelagd',
    en: 'partly confidential',
  },
  'ei-viela-julkinen': { fi: 'ei vielä julkinen', sv: 'ännu inte offentlig', en: 'not yet public' },
};

/** How a participant attends (KL 99 §: on site, or remotely with video and audio connection). */
export const attendanceModes = ['paikan-paalla', 'etana'] as const;
/** An attendance mode. */
export type AttendanceMode = (typeof attendanceModes)[number];
/** Labels of {@link AttendanceMode}. */
export const attendanceModeLabels: Readonly<Record<AttendanceMode, CodeLabel>> = {
  'paikan-paalla': { fi: 'paikan päällä', sv: 'på plats', en: 'on site' },
  etana: { fi: 'etäyhteydellä', sv: 'på distans', en: 'remote' },
};

/** Kinds of speech in the speaker queue. */
export const speechKinds = [
  'puheenvuoro',
  'vastauspuheenvuoro',
  'tyojarjestyspuheenvuoro',
  'esittelypuheenvuoro',
] as const;
/** A kind of speech. */
export type SpeechKind = (typeof speechKinds)[number];
/** Labels of {@link SpeechKind}. */
export const speechKindLabels: Readonly<Record<SpeechKind, CodeLabel>> = {
  puheenvuoro: { fi: 'puheenvuoro', sv: 'anförande', en: 'speech' },
  vastauspuheenvuoro: { fi: 'vastauspuheenvuoro', sv: 'replik', en: 'reply' },
  tyojarjestyspuheenvuoro: { fi: 'työjärjestyspuheenvuoro', sv: 'ordningsfråga', en: 'point of order' },
  esittelypuheenvuoro: { fi: 'esittelypuheenvuoro', sv: 'presentationsanförande', en: 'presentation' },
};

/** Who may record dissent (KL 106 §): a counter-proposer, one who voted against, or the presenting official. */
export const dissentBases = ['vastaehdotuksen-tekija', 'vastaan-aanestanyt', 'esittelija'] as const;
/** A basis of the right to dissent. */
export type DissentBasis = (typeof dissentBases)[number];
/** Labels of {@link DissentBasis}. */
export const dissentBasisLabels: Readonly<Record<DissentBasis, CodeLabel>> = {
  'vastaehdotuksen-tekija': {
    fi: 'vastaehdotuksen tekijä',
    sv: 'den som gjort ett motförslag',
    en: 'made a counter-proposal',
  },
  'vastaan-aanestanyt': {
    fi: 'äänesti päätöstä vastaan',
    sv: 'röstade emot beslutet',
    en: 'voted against the decision',
  },
  esittelija: { fi: 'esittelijä', sv: 'föredragande', en: 'presenting official' },
};

/** Signature roles in minutes (pöytäkirjan allekirjoitus ja tarkastus, KL 107 §). */
export const signatureRoles = ['puheenjohtaja', 'sihteeri', 'poytakirjantarkastaja', 'esittelija'] as const;
/** A signature role. */
export type SignatureRole = (typeof signatureRoles)[number];
/** Labels of {@link SignatureRole}. */
export const signatureRoleLabels: Readonly<Record<SignatureRole, CodeLabel>> = {
  puheenjohtaja: { fi: 'puheenjohtaja', sv: 'ordförande', en: 'chair' },
  sihteeri: { fi: 'pöytäkirjanpitäjä', sv: 'protokollförare', en: 'minute-taker' },
  poytakirjantarkastaja: { fi: 'pöytäkirjantarkastaja', sv: 'protokolljusterare', en: 'minutes checker' },
  esittelija: { fi: 'esittelijä', sv: 'föredragande', en: 'presenting official' },
};

/** Every event type of the meeting log, in the order they typically occur. */
export const meetingEventTypes = [
  'meeting-opened',
  'attendance-changed',
  'legality-and-quorum-stated',
  'minutes-checkers-chosen',
  'agenda-approved',
  'item-opened',
  'disqualification-declared',
  'speaker-requested',
  'speaker-granted',
  'speaker-ended',
  'proposal-made',
  'proposal-seconded',
  'proposal-withdrawn',
  'discussion-closed',
  'voting-order-approved',
  'vote-opened',
  'ballot-cast',
  'vote-closed',
  'election-held',
  'lot-drawn',
  'decision-recorded',
  'dissent-recorded',
  'break-started',
  'break-ended',
  'item-closed',
  'meeting-closed',
] as const;
/** A meeting-log event type. */
export type MeetingEventType = (typeof meetingEventTypes)[number];
/** Labels of {@link MeetingEventType}. */
export const meetingEventTypeLabels: Readonly<Record<MeetingEventType, CodeLabel>> = {
  'meeting-opened': { fi: 'kokous avattiin', sv: 'sammanträdet öppnades', en: 'meeting opened' },
  'attendance-changed': { fi: 'läsnäolo muuttui', sv: 'närvaron ändrades', en: 'attendance changed' },
  'legality-and-quorum-stated': {
    fi: 'laillisuus ja päätösvaltaisuus todettiin',
    sv: 'laglighet och beslutförhet konstaterades',
    en: 'legality and quorum stated',
  },
  'minutes-checkers-chosen': {
    fi: 'pöytäkirjantarkastajat valittiin',
    sv: 'protokolljusterare valdes',
    en: 'minutes checkers chosen',
  },
  'agenda-approved': { fi: 'työjärjestys hyväksyttiin', sv: 'föredragningslistan godkändes', en: 'agenda approved' },
  'item-opened': { fi: 'asian käsittely alkoi', sv: 'behandlingen av ärendet började', en: 'item opened' },
  'disqualification-declared': { fi: 'esteellisyys ilmoitettiin', sv: 'jäv anmäldes', en: 'disqualification declared' },
  'speaker-requested': { fi: 'puheenvuoroa pyydettiin', sv: 'ordet begärdes', en: 'speaker requested' },
  'speaker-granted': { fi: 'puheenvuoro myönnettiin', sv: 'ordet gavs', en: 'speaker granted' },
  'speaker-ended': { fi: 'puheenvuoro päättyi', sv: 'anförandet avslutades', en: 'speaker ended' },
  'proposal-made': { fi: 'ehdotus tehtiin', sv: 'förslag framställdes', en: 'proposal made' },
  'proposal-seconded': { fi: 'ehdotusta kannatettiin', sv: 'förslaget understöddes', en: 'proposal seconded' },
  'proposal-withdrawn': { fi: 'ehdotus peruttiin', sv: 'förslaget återtogs', en: 'proposal withdrawn' },
  'discussion-closed': { fi: 'keskustelu päättyi', sv: 'diskussionen avslutades', en: 'discussion closed' },
  'voting-order-approved': {
    fi: 'äänestysjärjestys hyväksyttiin',
    sv: 'omröstningsordningen godkändes',
    en: 'voting order approved',
  },
  'vote-opened': { fi: 'äänestys alkoi', sv: 'omröstningen började', en: 'vote opened' },
  'ballot-cast': { fi: 'ääni annettiin', sv: 'röst avgavs', en: 'ballot cast' },
  'vote-closed': { fi: 'äänestys päättyi', sv: 'omröstningen avslutades', en: 'vote closed' },
  'election-held': { fi: 'vaali toimitettiin', sv: 'valet förrättades', en: 'election held' },
  'lot-drawn': { fi: 'arpa nostettiin', sv: 'lott drogs', en: 'lot drawn' },
  'decision-recorded': { fi: 'päätös kirjattiin', sv: 'beslutet antecknades', en: 'decision recorded' },
  'dissent-recorded': { fi: 'eriävä mielipide kirjattiin', sv: 'avvikande mening antecknades', en: 'dissent recorded' },
  'break-started': { fi: 'tauko alkoi', sv: 'paus började', en: 'break started' },
  'break-ended': { fi: 'tauko päättyi', sv: 'pausen slutade', en: 'break ended' },
  'item-closed': { fi: 'asian käsittely päättyi', sv: 'behandlingen av ärendet avslutades', en: 'item closed' },
  'meeting-closed': { fi: 'kokous päättyi', sv: 'sammanträdet avslutades', en: 'meeting closed' },
};

/** Media types accepted for attachments (an allow-list; PDF/A is served as application/pdf). */
export const attachmentMediaTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain',
  'text/csv',
  'image/png',
  'image/jpeg',
  'image/svg+xml',
  'application/geo+json',
  'application/json',
  'application/xml',
  'audio/mpeg',
  'video/mp4',
] as const;
/** An accepted attachment media type. */
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];
