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
 * Secrecy grounds of Julkisuuslaki 621/1999 (JulkL) 24 § 1 mom.: points 1–32 and the inserted
 * points 31 a and 31 b, in the order of the Act. The code is `julkl-24-1-N` (`julkl-24-1-31a`
 * for point 31 a); {@link secrecyGroundPointLabel} gives the point as printed (`'31 a'`) and
 * {@link secrecyGroundCitation} the citation (`JulkL 24 § 1 mom. 31 a k`). This is the kit's one list:
 * `@digikokous/security` derives `JULKL_24_GROUNDS` from it.
 *
 * The labels are short paraphrases written for this kit (2–6 words), not the text of the Act. Each
 * label says what kind of information the point protects; the harm-test clause and the exceptions are
 * left out. The comment on each point says where it was checked:
 * - [source] the point was compared with the statute text or the government bill, using:
 *   - Finlex open data as mirrored in the Ansvar-Systems/Finnish-law-mcp repository
 *     (`data/seed/385_2007.json`, `713_2007.json`, `91_2015.json`, `19_2016.json`; statute pages
 *     https://opendata.finlex.fi/finlex/avoindata/v1/akn/fi/act/statute/2016/19/fin@ and likewise);
 *   - the HE 30/1998 detailed reasoning and statute text as quoted by the Jyväskylä university
 *     portal https://koppa.jyu.fi/avoimet/viesti/julkisuuslaki/ (points 2, 20, 25);
 *   - KHO:2021:38 https://www.kho.fi/fi/index/paatokset/vuosikirjapaatokset/1617118593012.html (point 3),
 *     KHO 5423/2016 and KHO 625/2016 on kho.fi (points 7, 17);
 *   - https://avointiede.fi/julkisuuslaki (points 16, 21);
 *   - HE 273/2022 https://www.edilex.fi/he/20220273 and the Oikeustoimittajat statement
 *     https://www.oikeustoimittajat.fi/ (5.12.2019) (point 26);
 *   - https://wiki.jyu.fi/display/julkisuusratkaisut/ (points 1 and 32);
 * - [reference] tagged [source] in the team reference (security rules §5.1, wiki.tut.fi) and not
 *   re-checked here;
 * - [unverified] no source was found; the label is a working paraphrase.
 * Confirm against the consolidated text on Finlex (https://www.finlex.fi/fi/laki/ajantasa/1999/19990621,
 * Swedish https://www.finlex.fi/sv/laki/ajantasa/1999/19990621) before showing a label as legal text.
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
  'julkl-24-1-31a',
  'julkl-24-1-31b',
  'julkl-24-1-32',
] as const;
/** A JulkL 24 § 1 mom. secrecy ground. */
export type SecrecyGround = (typeof secrecyGrounds)[number];
/** Labels of {@link SecrecyGround} (see {@link secrecyGrounds} for what each one rests on). */
export const secrecyGroundLabels: Readonly<Record<SecrecyGround, CodeLabel>> = {
  // [source] wiki.jyu.fi: the core of foreign policy (traditional diplomatic secrecy); point 2 covers the rest.
  'julkl-24-1-1': {
    fi: 'ulkopolitiikan ydinasiakirjat',
    sv: 'utrikespolitikens kärnhandlingar',
    en: 'core foreign-policy documents',
  },
  // [source] koppa.jyu.fi (HE 30/1998): relations and cooperation outside point 1, with a harm test.
  'julkl-24-1-2': {
    fi: 'muut kansainväliset suhteet',
    sv: 'övriga internationella förbindelser',
    en: 'other international relations',
  },
  // [source] KHO:2021:38: crime reports, pre-trial investigation and prosecution material.
  'julkl-24-1-3': {
    fi: 'rikosilmoitukset ja esitutkinta',
    sv: 'brottsanmälningar och förundersökning',
    en: 'crime reports, pre-trial investigation and prosecution',
  },
  // [unverified]
  'julkl-24-1-4': {
    fi: 'rikosten estäminen ja selvittäminen',
    sv: 'förebyggande och utredning av brott',
    en: 'crime prevention and detection',
  },
  // [reference]
  'julkl-24-1-5': {
    fi: 'taktiset ja tekniset suunnitelmat',
    sv: 'taktiska och tekniska planer',
    en: 'tactical and technical plans of authorities',
  },
  // [unverified] (the earlier security list had "complaints before decision" here; neither is sourced)
  'julkl-24-1-6': {
    fi: 'vankiloiden turvallisuus',
    sv: 'säkerheten i fängelser',
    en: 'security of prisons and custody',
  },
  // [source] KHO 5423/2016 (security of the Parliament's premises rests on point 7).
  'julkl-24-1-7': {
    fi: 'henkilöiden ja tilojen turvallisuusjärjestelyt',
    sv: 'säkerhetsarrangemang för personer och lokaler',
    en: 'security arrangements for persons and premises',
  },
  // [reference]
  'julkl-24-1-8': {
    fi: 'valmiussuunnittelu ja väestönsuojelu',
    sv: 'beredskap och befolkningsskydd',
    en: 'emergency preparedness and civil defence',
  },
  // [reference]
  'julkl-24-1-9': { fi: 'valtion turvallisuus', sv: 'statens säkerhet', en: 'state security' },
  // [reference]
  'julkl-24-1-10': {
    fi: 'maanpuolustus ja puolustusvoimat',
    sv: 'försvaret och Försvarsmakten',
    en: 'national defence and the Defence Forces',
  },
  // [reference] the preparation of monetary, currency, fiscal and incomes policy.
  'julkl-24-1-11': {
    fi: 'raha-, finanssi- ja tulopolitiikka',
    sv: 'penning-, finans- och inkomstpolitik',
    en: 'monetary, fiscal and incomes policy',
  },
  // [unverified]
  'julkl-24-1-12': {
    fi: 'rahoitusmarkkinoiden valvonta',
    sv: 'tillsyn över finansmarknaden',
    en: 'supervision of financial markets',
  },
  // [unverified]
  'julkl-24-1-13': {
    fi: 'julkistalouden edut',
    sv: 'den offentliga ekonomins intressen',
    en: 'public-economy interests',
  },
  // [unverified]
  'julkl-24-1-14': {
    fi: 'uhanalaiset lajit ja luontotyypit',
    sv: 'hotade arter och naturtyper',
    en: 'endangered species and habitats',
  },
  // [unverified]
  'julkl-24-1-15': {
    fi: 'tarkastukset ja valvonta',
    sv: 'inspektioner och tillsyn',
    en: 'inspections and supervision',
  },
  // [source] avointiede.fi: data given to an authority for statistics or research.
  'julkl-24-1-16': {
    fi: 'tilastointia ja tutkimusta varten annetut tiedot',
    sv: 'uppgifter lämnade för statistik och forskning',
    en: 'data given for statistics or research',
  },
  // [source] KHO 625/2016: a public body's business secrets (public economic interest); amended by 638/2021.
  'julkl-24-1-17': {
    fi: 'julkisyhteisön liikesalaisuudet',
    sv: 'offentliga samfunds affärshemligheter',
    en: 'business secrets of public bodies',
  },
  // [unverified] (a public body's own position; amended by 638/2021)
  'julkl-24-1-18': {
    fi: 'julkisyhteisön neuvotteluasema',
    sv: 'offentliga samfunds förhandlingsposition',
    en: 'negotiating position of a public body',
  },
  // [unverified]
  'julkl-24-1-19': {
    fi: 'viranomaisen oikeudenkäyntiasiakirjat',
    sv: 'myndighetens rättegångshandlingar',
    en: 'litigation documents of a party authority',
  },
  // [source] koppa.jyu.fi (statute text of point 20).
  'julkl-24-1-20': {
    fi: 'yksityinen liike- tai ammattisalaisuus',
    sv: 'enskild affärs- eller yrkeshemlighet',
    en: 'private business or professional secrets',
  },
  // [source] avointiede.fi (statute text of point 21).
  'julkl-24-1-21': {
    fi: 'tutkimussuunnitelmat ja opinnäytteet',
    sv: 'forskningsplaner och lärdomsprov',
    en: 'research plans, theses and development work',
  },
  // [unverified]
  'julkl-24-1-22': { fi: 'koe- ja testikysymykset', sv: 'prov- och testfrågor', en: 'examination and test questions' },
  // [source] 713/2007: a person's income, wealth and economic position, and enforcement (ulosotto) data.
  'julkl-24-1-23': {
    fi: 'henkilön tulot ja taloudellinen asema',
    sv: 'enskilds inkomster och ekonomiska ställning',
    en: "a person's income and financial position",
  },
  // [unverified] (the private-life range 24–32 is [source], see isPrivateLifeGround)
  'julkl-24-1-24': {
    fi: 'pakolaiset ja turvapaikanhakijat',
    sv: 'flyktingar och asylsökande',
    en: 'refugees and asylum applicants',
  },
  // [source] koppa.jyu.fi (HE 30/1998): social-welfare clients, health, disability, sexual orientation.
  'julkl-24-1-25': {
    fi: 'sosiaalihuolto, terveys ja vammaisuus',
    sv: 'socialvård, hälsa och funktionsnedsättning',
    en: 'social welfare, health and disability',
  },
  // [source] HE 273/2022, Oikeustoimittajat 2019: sensitive private-life data in criminal matters.
  'julkl-24-1-26': {
    fi: 'rikosasioiden arkaluonteiset yksityiselämän tiedot',
    sv: 'känsliga privatlivsuppgifter i brottmål',
    en: 'sensitive private-life data in criminal cases',
  },
  // [source] 385/2007: forensic psychiatric examinations, personal investigations, sentence and release plans.
  'julkl-24-1-27': {
    fi: 'mielentilatutkimukset ja rangaistusajan suunnitelmat',
    sv: 'sinnesundersökningar och planer för strafftiden',
    en: 'mental-state examinations and sentence plans',
  },
  // [source] 91/2015: convicted or detained persons; criminal, fines and witness-protection registers.
  'julkl-24-1-28': {
    fi: 'tuomitut ja vapautensa menettäneet',
    sv: 'dömda och frihetsberövade',
    en: 'convicted or detained persons, criminal records',
  },
  // [unverified] (consistent with the executive-meeting fixture, which masks applicants' aptitude assessments)
  'julkl-24-1-29': {
    fi: 'soveltuvuuskokeet ja henkilöstövalinnat',
    sv: 'lämplighetsprov och personalval',
    en: 'aptitude tests and staff selection',
  },
  // [unverified]
  'julkl-24-1-30': {
    fi: 'oppilas- ja opiskelijahuolto',
    sv: 'elev- och studerandevård',
    en: 'pupil and student welfare',
  },
  // [source] 19/2016 refers to "what point 31 provides on keeping contact details secret"; the safety
  // condition is [unverified].
  'julkl-24-1-31': {
    fi: 'turvallisuussyistä salatut yhteystiedot',
    sv: 'kontaktuppgifter hemliga av säkerhetsskäl',
    en: 'contact details kept secret for safety',
  },
  // Point 31 a: its existence follows from 19/2016, which inserted 31 b after it; the act that added
  // it and its content are [unverified] (label carried over from the earlier security list).
  'julkl-24-1-31a': {
    fi: 'anonyymin todistajan tiedot',
    sv: 'uppgifter om anonymt vittne',
    en: 'anonymous-witness data',
  },
  // [source] added by 19/2016 (HE 66/2015, victims' directive), in force 1.3.2016: a victim's request to
  // be told of a prisoner's release (esitutkintalaki 4 luku 19 §) and the related contact details.
  'julkl-24-1-31b': {
    fi: 'uhrin pyyntö vapautumisilmoituksesta',
    sv: 'målsägandes begäran om frigivningsanmälan',
    en: "victim's request for release notice",
  },
  // A point 31 c is not in the list: no source we could read confirms it (an earlier paraphrase named one),
  // and a code list must not offer a ground that may not exist. A citation `… 31 c k` still parses in security.
  // [source] wiki.jyu.fi describes this private-life ground (convictions, lifestyle, opinions, hobbies,
  // family life); that it is point 32 follows the team reference.
  'julkl-24-1-32': {
    fi: 'vakaumus, elintavat ja perhe-elämä',
    sv: 'övertygelse, levnadsvanor och familjeliv',
    en: 'convictions, lifestyle and family life',
  },
};
const secrecyGroundCode = /^julkl-24-1-(\d+)([a-c]?)$/;
/**
 * The numeric part of the JulkL 24 § 1 mom. point (kohta) of a secrecy ground: `25` for
 * `julkl-24-1-25`, and `31` for both `julkl-24-1-31a` and `-31b`. Use
 * {@link secrecyGroundPointLabel} for the point as printed.
 */
export function secrecyGroundPoint(ground: SecrecyGround): number {
  return Number(secrecyGroundCode.exec(ground)?.[1]);
}
/** The point as printed in the Act: `'25'` for `julkl-24-1-25`, `'31 a'` for `julkl-24-1-31a`. */
export function secrecyGroundPointLabel(ground: SecrecyGround): string {
  const m = secrecyGroundCode.exec(ground);
  return m?.[2] ? `${m[1]} ${m[2]}` : (m?.[1] ?? '');
}
/** The citation string of a secrecy ground, e.g. `JulkL 24 § 1 mom. 31 a k` (security rules §5.1). */
export function secrecyGroundCitation(ground: SecrecyGround): string {
  return `JulkL 24 § 1 mom. ${secrecyGroundPointLabel(ground)} k`;
}
/**
 * Whether the ground protects private life: points 24–32, which include 31 a and 31 b. For these the
 * secrecy lasts 50 years after the person's death, or 100 years when the death is not known
 * (JulkL 31 §; the range is [source] julkisuuslaki.net per security rules §5.1, the section number
 * [unverified]).
 */
export function isPrivateLifeGround(ground: SecrecyGround): boolean {
  const point = secrecyGroundPoint(ground);
  return point >= 24 && point <= 32;
}

export { appealKinds, appealKindLabels, type AppealKind } from './codes-appeal.js';
export { remedyKinds, remedyKindLabels, type RemedyKind } from './codes-remedy.js';

/**
 * Why a decision has no remedy (muutoksenhakukielto, KL 141 §: the notice names the provision). KL 136 §: a decision
 * that only concerns preparation or execution; HL 29 § 3 mom: no separate appeal against a decision on
 * disqualification; `muu-laki`: another law, whose provision the decision names.
 */
export const appealProhibitionGrounds = ['valmistelu', 'taytantoonpano', 'esteellisyys', 'muu-laki'] as const;
/** A ground of a prohibition of appeal. */
export type AppealProhibitionGround = (typeof appealProhibitionGrounds)[number];
/** Labels of {@link AppealProhibitionGround}: the reason as the notice states it. */
export const appealProhibitionGroundLabels: Readonly<Record<AppealProhibitionGround, CodeLabel>> = {
  valmistelu: {
    fi: 'päätös koskee vain asian valmistelua',
    sv: 'beslutet gäller endast beredning',
    en: 'the decision only concerns preparation',
  },
  taytantoonpano: {
    fi: 'päätös koskee vain täytäntöönpanoa',
    sv: 'beslutet gäller endast verkställighet',
    en: 'the decision only concerns execution',
  },
  esteellisyys: {
    fi: 'esteellisyyttä koskevaan päätökseen ei saa hakea erikseen muutosta',
    sv: 'ändring i ett beslut om jäv får inte sökas särskilt',
    en: 'a decision on disqualification cannot be appealed separately',
  },
  'muu-laki': {
    fi: 'muutoksenhaku on kielletty laissa',
    sv: 'ändringssökande är förbjudet i lag',
    en: 'appeal is prohibited by law',
  },
};
/** The provision each {@link AppealProhibitionGround} rests on (`muu-laki`: the decision names it). */
export const appealProhibitionGroundCitations: Readonly<Record<Exclude<AppealProhibitionGround, 'muu-laki'>, string>> =
  {
    valmistelu: 'KL 136 §',
    taytantoonpano: 'KL 136 §',
    esteellisyys: 'HL 29 § 3 mom',
  };

/**
 * Where the base proposal of an item comes from (pohjaehdotus, hallintosääntö [unverified]): in the council the
 * executive's proposal (KL 93 §: the executive prepares the council's matters, there is no presenting official),
 * elsewhere the presenting official's, in a body without one the chair's.
 */
export const baseProposalSources = ['kunnanhallitus', 'esittelija', 'puheenjohtaja'] as const;
/** A source of the base proposal. */
export type BaseProposalSource = (typeof baseProposalSources)[number];
/** Labels of {@link BaseProposalSource}, as the minutes name the proposal. */
export const baseProposalSourceLabels: Readonly<Record<BaseProposalSource, CodeLabel>> = {
  kunnanhallitus: {
    fi: 'kunnanhallituksen ehdotus',
    sv: 'kommunstyrelsens förslag',
    en: "the municipal executive's proposal",
  },
  esittelija: { fi: 'esittelijän ehdotus', sv: 'föredragandens förslag', en: "the presenting official's proposal" },
  puheenjohtaja: { fi: 'puheenjohtajan ehdotus', sv: 'ordförandens förslag', en: "the chair's proposal" },
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
