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

const l = (fi: string, sv: string, en: string): CodeLabel => ({ fi, sv, en });

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
  valtuusto: l('valtuusto', 'fullmäktige', 'council'),
  hallitus: l('kunnanhallitus', 'kommunstyrelse', 'municipal executive'),
  lautakunta: l('lautakunta', 'nämnd', 'committee'),
  valiokunta: l('valiokunta', 'utskott', 'council committee'),
  jaosto: l('jaosto', 'sektion', 'section'),
  johtokunta: l('johtokunta', 'direktion', 'board of management'),
  tarkastuslautakunta: l('tarkastuslautakunta', 'revisionsnämnd', 'audit committee'),
  toimikunta: l('toimikunta', 'kommitté', 'task force'),
  viranhaltija: l('viranhaltija', 'tjänsteinnehavare', 'office holder'),
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
  puheenjohtaja: l('puheenjohtaja', 'ordförande', 'chair'),
  varapuheenjohtaja: l('varapuheenjohtaja', 'vice ordförande', 'vice-chair'),
  jasen: l('jäsen', 'ledamot', 'member'),
  varajasen: l('varajäsen', 'ersättare', 'deputy member'),
  esittelija: l('esittelijä', 'föredragande', 'presenting official'),
  sihteeri: l('sihteeri', 'sekreterare', 'secretary'),
  poytakirjanpitaja: l('pöytäkirjanpitäjä', 'protokollförare', 'minute-taker'),
  asiantuntija: l('asiantuntija', 'sakkunnig', 'expert'),
  kunnanjohtaja: l('kunnanjohtaja', 'kommundirektör', 'municipal manager'),
  pormestari: l('pormestari', 'borgmästare', 'mayor'),
  'kunnanhallituksen-edustaja': l(
    'kunnanhallituksen edustaja',
    'kommunstyrelsens representant',
    'representative of the municipal executive',
  ),
  'nuorisovaltuuston-edustaja': l(
    'nuorisovaltuuston edustaja',
    'ungdomsfullmäktiges representant',
    'youth council representative',
  ),
  'vanhusneuvoston-edustaja': l(
    'vanhusneuvoston edustaja',
    'äldrerådets representant',
    "older people's council representative",
  ),
  'vammaisneuvoston-edustaja': l(
    'vammaisneuvoston edustaja',
    'rådet för personer med funktionsnedsättnings representant',
    'disability council representative',
  ),
  'muu-lasnaolija': l('muu läsnäolija', 'annan närvarande', 'other attendee'),
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
  pohjaehdotus: l('pohjaehdotus', 'grundförslag', 'base proposal'),
  vastaehdotus: l('vastaehdotus', 'motförslag', 'counter-proposal'),
  muutosehdotus: l('muutosehdotus', 'ändringsförslag', 'amendment'),
  hylkaysehdotus: l('hylkäysehdotus', 'förkastningsförslag', 'proposal to reject'),
  poydallepano: l('pöydällepanoehdotus', 'förslag om bordläggning', 'proposal to table'),
  palautus: l('palautusehdotus', 'förslag om återremiss', 'proposal to refer back'),
  toivomusponsi: l('toivomusponsi', 'hemställningskläm', 'wish clause'),
};

/** Ballot options of a vote on a matter (jaa = proposal A, ei = proposal B, tyhjä = blank; KL 104 §). */
export const voteOptions = ['jaa', 'ei', 'tyhja'] as const;
/** A ballot option. */
export type VoteOption = (typeof voteOptions)[number];
/** Labels of {@link VoteOption}. */
export const voteOptionLabels: Readonly<Record<VoteOption, CodeLabel>> = {
  jaa: l('jaa', 'ja', 'yes'),
  ei: l('ei', 'nej', 'no'),
  tyhja: l('tyhjä', 'blank', 'blank'),
};

/** Voting methods (äänestystapa); the method is decided by the chair under the hallintosääntö [unverified]. */
export const voteMethods = ['kasiennostus', 'sahkoinen', 'nimenhuuto', 'nousemalla'] as const;
/** A voting method. */
export type VoteMethod = (typeof voteMethods)[number];
/** Labels of {@link VoteMethod}. */
export const voteMethodLabels: Readonly<Record<VoteMethod, CodeLabel>> = {
  kasiennostus: l('avoin kädennostoäänestys', 'öppen omröstning med handuppräckning', 'open show of hands'),
  sahkoinen: l('sähköinen äänestys', 'elektronisk omröstning', 'electronic vote'),
  nimenhuuto: l('nimenhuutoäänestys', 'omröstning med namnupprop', 'roll-call vote'),
  nousemalla: l('nousemalla äänestäminen', 'omröstning genom att resa sig', 'vote by standing'),
};

/** Kinds of election of persons (vaali, KL 105 §). */
export const electionKinds = ['enemmistovaali', 'suhteellinen-vaali'] as const;
/** A kind of election. */
export type ElectionKind = (typeof electionKinds)[number];
/** Labels of {@link ElectionKind}. */
export const electionKindLabels: Readonly<Record<ElectionKind, CodeLabel>> = {
  enemmistovaali: l('enemmistövaali', 'majoritetsval', 'majority election'),
  'suhteellinen-vaali': l('suhteellinen vaali', 'proportionellt val', 'proportional election'),
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
  'hyvaksytty-ehdotuksen-mukaisesti': l(
    'hyväksyttiin ehdotuksen mukaisesti',
    'godkändes enligt förslaget',
    'approved as proposed',
  ),
  'hyvaksytty-aanestyksen-jalkeen': l(
    'hyväksyttiin äänestyksen jälkeen',
    'godkändes efter omröstning',
    'approved after a vote',
  ),
  'hyvaksytty-muutettuna': l('hyväksyttiin muutettuna', 'godkändes med ändringar', 'approved as amended'),
  hylatty: l('hylättiin', 'förkastades', 'rejected'),
  'palautettu-valmisteltavaksi': l('palautettiin valmisteltavaksi', 'återremitterades', 'returned for preparation'),
  poydalle: l('pantiin pöydälle', 'bordlades', 'tabled'),
  'merkitty-tiedoksi': l('merkittiin tiedoksi', 'antecknades för kännedom', 'noted'),
  poistettu: l('poistettiin esityslistalta', 'ströks från föredragningslistan', 'removed from the agenda'),
  vaali: l('vaali toimitettiin', 'valet förrättades', 'election held'),
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
  asianosainen: l('asianosaisjäävi', 'partsjäv', 'party to the matter (self or close person)'),
  'avustaja-tai-edustaja': l('avustaja- tai edustajajäävi', 'ombudsjäv', 'assists or represents a party'),
  'hyoty-tai-haitta': l('intressijäävi', 'intressejäv', 'special benefit or harm'),
  palvelussuhde: l('palvelussuhdejäävi', 'anställningsjäv', 'employment or commission relationship'),
  johtoasema: l('yhteisöjäävi', 'samfundsjäv', 'board or management position in an entity'),
  'viraston-hallitus': l('ohjaus- ja valvontajäävi', 'tillsynsjäv', 'board of an agency steering or supervising'),
  'muu-erityinen-syy': l('yleislausekejäävi', 'jäv på grund av annan särskild orsak', 'other special reason'),
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
const sg: [string, string, string][] = [
  ['ulkosuhteet', 'utrikesrelationer', 'foreign and international relations'],
  ['kansainväliset suhteet', 'internationella relationer', 'international relations (other)'],
  [
    'rikosilmoitukset ja esitutkinta',
    'brottsanmälningar och förundersökning',
    'crime reports, pre-trial investigation and prosecution',
  ],
  ['rikosten estäminen ja selvittäminen', 'förebyggande och utredning av brott', 'crime prevention and detection'],
  [
    'taktiset ja tekniset suunnitelmat',
    'taktiska och tekniska planer',
    'tactical and technical plans of the authorities',
  ],
  ['vankiloiden turvallisuus', 'säkerheten i fängelser', 'security of prisons and custody'],
  ['turvallisuusjärjestelyt', 'säkerhetsarrangemang', 'security arrangements of persons, buildings and systems'],
  [
    'valmiussuunnittelu ja väestönsuojelu',
    'beredskap och befolkningsskydd',
    'emergency preparedness and civil defence',
  ],
  ['valtion turvallisuus', 'statens säkerhet', 'state security'],
  ['maanpuolustus', 'försvaret', 'national defence'],
  [
    'raha-, valuutta- ja finanssipolitiikka',
    'penning-, valuta- och finanspolitik',
    'monetary, currency and fiscal policy',
  ],
  ['rahoitusmarkkinoiden valvonta', 'tillsyn över finansmarknaden', 'supervision of financial markets'],
  ['julkistalouden edut', 'den offentliga ekonomins intressen', 'public-economy interests'],
  ['uhanalaiset lajit ja luontotyypit', 'hotade arter och naturtyper', 'endangered species and habitats'],
  ['tarkastukset ja valvonta', 'inspektioner och tillsyn', 'inspections and supervision'],
  ['tilastot ja tutkimus', 'statistik och forskning', 'data given for statistics or research'],
  ['julkisyhteisön liikesalaisuudet', 'offentliga samfunds affärshemligheter', 'business secrets of public bodies'],
  ['neuvotteluasemat', 'förhandlingspositioner', 'negotiating positions of the state or a municipality'],
  ['oikeudenkäynti', 'rättegång', 'litigation documents of an authority that is a party'],
  [
    'yksityinen liike- tai ammattisalaisuus',
    'enskild affärs- eller yrkeshemlighet',
    'private business or professional secrets',
  ],
  [
    'tutkimussuunnitelmat ja opinnäytteet',
    'forskningsplaner och lärdomsprov',
    'research plans, theses and development work',
  ],
  ['koe- ja testikysymykset', 'prov- och testfrågor', 'examination and test questions'],
  ['tulot, varallisuus ja etuudet', 'inkomster, förmögenhet och förmåner', "a person's income, assets and benefits"],
  ['pakolaiset ja turvapaikanhakijat', 'flyktingar och asylsökande', 'refugees and asylum applicants'],
  ['sosiaalihuollon asiakkaat', 'socialvårdens klienter', 'social-welfare clients'],
  ['vangit ja rangaistusajan suunnitelmat', 'fångar och strafftidsplaner', 'prisoners and sentence plans'],
  ['todistajien ja uhrien suojelu', 'skydd av vittnen och offer', 'witness and victim protection'],
  [
    'psykologiset testit ja soveltuvuuskokeet',
    'psykologiska test och lämplighetsprov',
    'psychological and aptitude tests',
  ],
  [
    'ylioppilastutkinto ja oppilasarviointi',
    'studentexamen och elevbedömning',
    'matriculation examination and pupil assessment',
  ],
  ['oppilas- ja opiskelijahuolto', 'elev- och studerandevård', 'pupil and student welfare'],
  [
    'taloudellinen ja perheasema',
    'ekonomisk ställning och familjeförhållanden',
    "a person's economic or family circumstances",
  ],
  ['yksityiselämä', 'privatliv', 'private life'],
];
/** Labels of {@link SecrecyGround}. */
export const secrecyGroundLabels: Readonly<Record<SecrecyGround, CodeLabel>> = Object.fromEntries(
  secrecyGrounds.map((code, i) => {
    const [fi, sv, en] = sg[i] as [string, string, string];
    return [code, l(fi, sv, en)];
  }),
) as Record<SecrecyGround, CodeLabel>;
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
  oikaisuvaatimus: l(
    'oikaisuvaatimusohje',
    'anvisning om hur man begär omprövning',
    'instructions for a claim for rectification',
  ),
  kunnallisvalitus: l(
    'valitusosoitus, kunnallisvalitus',
    'besvärsanvisning, kommunalbesvär',
    'appeal instructions, municipal appeal',
  ),
  hallintovalitus: l(
    'valitusosoitus, hallintovalitus',
    'besvärsanvisning, förvaltningsbesvär',
    'appeal instructions, administrative appeal',
  ),
  muutoksenhakukielto: l('muutoksenhakukielto', 'besvärsförbud', 'prohibition of appeal'),
};

/** Ways of holding a meeting (KL 98–100 §). */
export const meetingModes = ['lasnaolo', 'sahkoinen', 'hybridi', 'sahkoinen-paatoksentekomenettely'] as const;
/** A meeting mode. */
export type MeetingMode = (typeof meetingModes)[number];
/** Labels of {@link MeetingMode}. */
export const meetingModeLabels: Readonly<Record<MeetingMode, CodeLabel>> = {
  lasnaolo: l('kokous kokouspaikalla', 'sammanträde på mötesplatsen', 'in-person meeting'),
  sahkoinen: l('sähköinen kokous', 'elektroniskt sammanträde', 'electronic meeting'),
  hybridi: l('hybridikokous', 'hybridsammanträde', 'hybrid meeting'),
  'sahkoinen-paatoksentekomenettely': l(
    'sähköinen päätöksentekomenettely',
    'elektroniskt beslutsförfarande',
    'electronic decision-making procedure',
  ),
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
  suunniteltu: l('suunniteltu', 'planerat', 'planned'),
  kutsuttu: l('kokouskutsu lähetetty', 'kallelse skickad', 'invited'),
  'esityslista-julkaistu': l('esityslista julkaistu', 'föredragningslista publicerad', 'agenda published'),
  kaynnissa: l('kokous käynnissä', 'sammanträdet pågår', 'in session'),
  paattynyt: l('kokous päättynyt', 'sammanträdet avslutat', 'closed'),
  'poytakirja-tarkastettu': l('pöytäkirja tarkastettu', 'protokollet justerat', 'minutes checked'),
  'poytakirja-julkaistu': l('pöytäkirja julkaistu', 'protokollet publicerat', 'minutes published'),
  peruttu: l('peruttu', 'inställt', 'cancelled'),
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
  julkinen: l('julkinen', 'offentlig', 'public'),
  'salassa-pidettava': l('salassa pidettävä', 'sekretessbelagd', 'confidential'),
  'osittain-salassa-pidettava': l('osittain salassa pidettävä', 'delvis sekretessbelagd', 'partly confidential'),
  'ei-viela-julkinen': l('ei vielä julkinen', 'ännu inte offentlig', 'not yet public'),
};

/** How a participant attends (KL 99 §: on site, or remotely with video and audio connection). */
export const attendanceModes = ['paikan-paalla', 'etana'] as const;
/** An attendance mode. */
export type AttendanceMode = (typeof attendanceModes)[number];
/** Labels of {@link AttendanceMode}. */
export const attendanceModeLabels: Readonly<Record<AttendanceMode, CodeLabel>> = {
  'paikan-paalla': l('paikan päällä', 'på plats', 'on site'),
  etana: l('etäyhteydellä', 'på distans', 'remote'),
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
  puheenvuoro: l('puheenvuoro', 'anförande', 'speech'),
  vastauspuheenvuoro: l('vastauspuheenvuoro', 'replik', 'reply'),
  tyojarjestyspuheenvuoro: l('työjärjestyspuheenvuoro', 'ordningsfråga', 'point of order'),
  esittelypuheenvuoro: l('esittelypuheenvuoro', 'presentationsanförande', 'presentation'),
};

/** Who may record dissent (KL 106 §): a counter-proposer, one who voted against, or the presenting official. */
export const dissentBases = ['vastaehdotuksen-tekija', 'vastaan-aanestanyt', 'esittelija'] as const;
/** A basis of the right to dissent. */
export type DissentBasis = (typeof dissentBases)[number];
/** Labels of {@link DissentBasis}. */
export const dissentBasisLabels: Readonly<Record<DissentBasis, CodeLabel>> = {
  'vastaehdotuksen-tekija': l('vastaehdotuksen tekijä', 'den som gjort ett motförslag', 'made a counter-proposal'),
  'vastaan-aanestanyt': l('äänesti päätöstä vastaan', 'röstade emot beslutet', 'voted against the decision'),
  esittelija: l('esittelijä', 'föredragande', 'presenting official'),
};

/** Signature roles in minutes (pöytäkirjan allekirjoitus ja tarkastus, KL 107 §). */
export const signatureRoles = ['puheenjohtaja', 'sihteeri', 'poytakirjantarkastaja', 'esittelija'] as const;
/** A signature role. */
export type SignatureRole = (typeof signatureRoles)[number];
/** Labels of {@link SignatureRole}. */
export const signatureRoleLabels: Readonly<Record<SignatureRole, CodeLabel>> = {
  puheenjohtaja: l('puheenjohtaja', 'ordförande', 'chair'),
  sihteeri: l('pöytäkirjanpitäjä', 'protokollförare', 'minute-taker'),
  poytakirjantarkastaja: l('pöytäkirjantarkastaja', 'protokolljusterare', 'minutes checker'),
  esittelija: l('esittelijä', 'föredragande', 'presenting official'),
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
  'meeting-opened': l('kokous avattiin', 'sammanträdet öppnades', 'meeting opened'),
  'attendance-changed': l('läsnäolo muuttui', 'närvaron ändrades', 'attendance changed'),
  'legality-and-quorum-stated': l(
    'laillisuus ja päätösvaltaisuus todettiin',
    'laglighet och beslutförhet konstaterades',
    'legality and quorum stated',
  ),
  'minutes-checkers-chosen': l(
    'pöytäkirjantarkastajat valittiin',
    'protokolljusterare valdes',
    'minutes checkers chosen',
  ),
  'agenda-approved': l('työjärjestys hyväksyttiin', 'föredragningslistan godkändes', 'agenda approved'),
  'item-opened': l('asian käsittely alkoi', 'behandlingen av ärendet började', 'item opened'),
  'disqualification-declared': l('esteellisyys ilmoitettiin', 'jäv anmäldes', 'disqualification declared'),
  'speaker-requested': l('puheenvuoroa pyydettiin', 'ordet begärdes', 'speaker requested'),
  'speaker-granted': l('puheenvuoro myönnettiin', 'ordet gavs', 'speaker granted'),
  'speaker-ended': l('puheenvuoro päättyi', 'anförandet avslutades', 'speaker ended'),
  'proposal-made': l('ehdotus tehtiin', 'förslag framställdes', 'proposal made'),
  'proposal-seconded': l('ehdotusta kannatettiin', 'förslaget understöddes', 'proposal seconded'),
  'proposal-withdrawn': l('ehdotus peruttiin', 'förslaget återtogs', 'proposal withdrawn'),
  'discussion-closed': l('keskustelu päättyi', 'diskussionen avslutades', 'discussion closed'),
  'voting-order-approved': l(
    'äänestysjärjestys hyväksyttiin',
    'omröstningsordningen godkändes',
    'voting order approved',
  ),
  'vote-opened': l('äänestys alkoi', 'omröstningen började', 'vote opened'),
  'ballot-cast': l('ääni annettiin', 'röst avgavs', 'ballot cast'),
  'vote-closed': l('äänestys päättyi', 'omröstningen avslutades', 'vote closed'),
  'election-held': l('vaali toimitettiin', 'valet förrättades', 'election held'),
  'lot-drawn': l('arpa nostettiin', 'lott drogs', 'lot drawn'),
  'decision-recorded': l('päätös kirjattiin', 'beslutet antecknades', 'decision recorded'),
  'dissent-recorded': l('eriävä mielipide kirjattiin', 'avvikande mening antecknades', 'dissent recorded'),
  'break-started': l('tauko alkoi', 'paus började', 'break started'),
  'break-ended': l('tauko päättyi', 'pausen slutade', 'break ended'),
  'item-closed': l('asian käsittely päättyi', 'behandlingen av ärendet avslutades', 'item closed'),
  'meeting-closed': l('kokous päättyi', 'sammanträdet avslutades', 'meeting closed'),
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
