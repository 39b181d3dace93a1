import type { MinutesPhrases } from './phrases.js';
import { elative, section } from './numerals.js';

/** d.m.yyyy, as Finnish and Swedish minutes write dates. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

const join = (names: readonly string[], and: string): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

const WORDS = ['nolla', 'yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän'];

/** The Finnish minutes. */
export const fi: MinutesPhrases = {
  lang: 'fi',
  cite: (c) => c,
  h: {
    minutes: 'PÖYTÄKIRJA',
    time: 'Aika',
    place: 'Paikka',
    mode: 'Kokousmuoto',
    present: 'Läsnä',
    absent: 'Poissa',
    others: 'Muut läsnäolijat',
    legality: 'Kokouksen laillisuus ja päätösvaltaisuus',
    checkers: 'Pöytäkirjantarkastajat',
    chair: 'Puheenjohtaja',
    secretary: 'Pöytäkirjanpitäjä',
    items: 'Käsitellyt asiat',
    proceedings: 'Käsittely',
    decision: 'Päätös',
    dissents: 'Eriävät mielipiteet',
    presenter: 'Esittelijä',
    register: 'Dnro',
    baseProposal: (source) =>
      source === 'kunnanhallitus'
        ? 'Kunnanhallituksen ehdotus'
        : source === 'esittelija'
          ? 'Päätösehdotus'
          : 'Puheenjohtajan ehdotus',
    signatures: 'Allekirjoitukset',
    checking: 'Pöytäkirjan tarkastus',
    publication: 'Pöytäkirjan nähtävänä pito',
    appendix: 'Liite: Oikaisuvaatimusohjeet ja valitusosoitus',
    at: 'klo',
    remote: 'etäyhteydellä',
    untranslatedMark: '',
    councillor: 'valtuutettu',
    member: 'jäsen',
    deputy: 'varajäsen',
    deputyCouncillor: 'varavaltuutettu',
    sectionColumn: 'Pykälä',
    titleColumn: 'Asia',
    page: 'Pöytäkirja',
  },
  date: dmy,
  list: (names) => join(names, 'ja'),
  substituteFor: (name, council) => `varsinainen ${council ? 'valtuutettu' : 'jäsen'}: ${name}`,
  arrived: (time, s) => `saapui klo ${time}${s === undefined ? '' : ` ${section.genitive(s)} aikana`}`,
  awayDuring: (ss) =>
    `poissa ${ss.length === 1 ? 'asian' : 'asioiden'} ${join(
      ss.map((n) => `§ ${n}`),
      'ja',
    )} käsittelyn ajan`,
  left: (time, s) => `poistui klo ${time}${s === undefined ? '' : ` ${section.genitive(s)} aikana`}`,
  connectionLost: (time, s) =>
    `etäyhteys katkesi klo ${time}${s === undefined ? '' : ` ${section.genitive(s)} aikana`}`,
  legalityStated: (lawful, quorate) =>
    `Puheenjohtaja totesi kokouksen ${lawful ? 'laillisesti koolle kutsutuksi' : 'ei laillisesti koolle kutsutuksi'} ja ${quorate ? 'päätösvaltaiseksi' : 'ei päätösvaltaiseksi'}.`,
  presentCount: (present, seats, council, required, rule) =>
    `Läsnä oli ${present} ${council ? 'valtuutettua' : 'jäsentä'} ${elative(seats)}; päätösvaltaisuuteen tarvitaan ${required} (${rule}).`,
  invitation: (sent, latest, basis, inTime) =>
    `Kokouskutsu lähetettiin ${dmy(sent)}; se oli lähetettävä viimeistään ${dmy(latest)} (${basis})${inTime ? '' : ', joten kutsu myöhästyi'}.`,
  disqualified: (who, ground, citation, reason) =>
    `${who} ilmoitti olevansa esteellinen (${ground}, ${citation}) eikä osallistunut asian käsittelyyn, vaan poistui kokouksesta asian käsittelyn ajaksi (HL 27 §).${reason ? ` Esteellisyyden peruste: ${reason}` : ''}`,
  notDisqualified: (who, reason) =>
    `Toimielin totesi, ettei ${who} ole esteellinen (HL 29 §).${reason ? ` Esteellisyyden peruste: ${reason}` : ''}`,
  speakers: (names) => `Keskusteluun osallistui${names.length > 1 ? 'vat' : ''} ${join(names, 'ja')}.`,
  proposal: (who, label, text) => `${who} teki seuraavan ehdotuksen (${label}): ”${text}”`,
  proposalWithdrawn: 'Ehdotus peruttiin.',
  seconded: (names) => `Ehdotusta kannatti ${join(names, 'ja')}.`,
  lapsed: 'Ehdotus raukesi kannattamattomana.',
  mustVote: (n) =>
    `Puheenjohtaja totesi keskustelun päättyneeksi ja että asiassa on tehty ${WORDS[n] ?? String(n)} kannatettu${n === 1 ? '' : 'a'} ehdotus${n === 1 ? '' : 'ta'}, joten asiasta on äänestettävä (KL 104 §).`,
  votingOrderIntro: (body) => `Puheenjohtaja esitti seuraavan äänestysjärjestyksen, jonka ${body} hyväksyi:`,
  votingOrderStep: (n, jaa, ei) => `${n}. äänestys: jaa = ${jaa}, ei = ${ei}.`,
  winnerOfVote: (n) => `${n}. äänestyksen voittaja`,
  vote: (n, method, jaa, ei) =>
    `${n === undefined ? 'Äänestys' : `${n}. äänestys`} (${method}): jaa = ${jaa}, ei = ${ei}.`,
  voteOpen: 'Äänestys on kesken.',
  voteCounts: (c) => `Äänestyksessä annettiin jaa ${c.jaa}, ei ${c.ei}, tyhjä ${c.tyhja}; poissa ${c.poissa}.`,
  ballotRow: (option, names) =>
    `${option === 'jaa' ? 'Jaa' : option === 'ei' ? 'Ei' : 'Tyhjä'} (${names.length}): ${names.join(', ')}.`,
  castingVote: (presiding) =>
    presiding
      ? `Äänet menivät tasan, jolloin puheenjohtajana toimineen ${presiding.as === 'vice' ? 'varapuheenjohtajan' : presiding.as === 'councillor' ? 'valtuutetun' : 'jäsenen'} (${presiding.name}) ääni ratkaisi (KL 104 § 2 mom).`
      : 'Äänet menivät tasan, jolloin puheenjohtajan ääni ratkaisi (KL 104 § 2 mom).',
  presidingChanged: (who, reason) =>
    reason === 'puheenjohtaja-palaa'
      ? `${who} palasi puheenjohtajaksi (KL 102 §).`
      : `${who} toimi puheenjohtajana${reason === 'puheenjohtaja-esteellinen' ? ' asian käsittelyn ajan, koska puheenjohtaja oli esteellinen' : reason === 'puheenjohtaja-poissa' ? ' puheenjohtajan poissa ollessa' : ' tilapaisena puheenjohtajana'} (KL 102 §).`,
  voteWinner: (winner, a, b) => `Puheenjohtaja totesi, että äänestyksen voitti ${winner} äänin ${a}–${b}.`,
  matterOutcome: (o, a, b) => `Puheenjohtaja totesi äänestyksen tuloksena, että ${o} (äänin ${a}–${b}).`,
  presidingViceChair: 'varapuheenjohtaja, kokouksen puheenjohtaja',
  continueHandling: 'asian käsittelyä jatketaan',
  tableMatter: 'asia jätetään pöydälle',
  returnMatter: 'asia palautetaan uudelleen valmisteltavaksi',
  election: (title, secret, kind, candidates) =>
    `Vaali (${title}) toimitettiin ${secret ? 'suljetuin lipuin' : 'avoimesti'} (${kind}, KL 105 §). Ehdokkaina olivat ${join(candidates, 'ja')}.`,
  electionTallies: (tallies, blank) => `Annetut äänet: ${tallies.join(', ')}${blank > 0 ? `; tyhjiä ${blank}` : ''}.`,
  comparisonNumbers: (values) => `Vertausluvut: ${values.join(', ')}.`,
  lot: (reason, physical, random, winners) =>
    `${reason ? `${reason} ` : ''}Valinta ratkaistiin arvalla (KL 105 § 4 mom). Arpa suoritettiin ${physical ? 'fyysisenä arvontana' : 'satunnaislukugeneraattorilla'}${random ? ` (satunnaisluku ${random})` : ''}, ja arvonnan voitti ${join(winners, 'ja')}.`,
  elected: (names) => `Valituksi tuli ${join(names, 'ja')}.`,
  tabledByDemand: (n, present) =>
    `Pöydällepanoa vaati ${n} läsnä olevista ${present} valtuutetusta, joten asia jätettiin pöydälle äänestyksettä (hallintosääntö: vähemmistön oikeus).`,
  wishAdopted: 'toivomusponsi hyväksytään',
  wishRejected: 'toivomusponsi hylätään',
  pair: (member, deputy) => `${member} (henkilökohtainen varajäsen ${deputy})`,
  genderQuotaNotMet:
    'Valituista jäsenistä tai varajäsenistä kumpaakin sukupuolta ei ole vähintään 40 prosenttia (tasa-arvolaki 609/1986 4 a §); poikkeaminen edellyttää erityistä syytä.',
  unanimous: (base) =>
    `Koska kannatettuja vastaehdotuksia ei tehty, puheenjohtaja totesi, että ${base} hyväksyttiin yksimielisesti (KL 104 § 1 mom).`,
  dissent: (who, basis, reasons) =>
    `${who} ilmoitti eriävän mielipiteen (${basis}).${reasons ? ` Perustelut: ${reasons}` : ''}`,
  closedSession:
    'Asian käsittelyn ajaksi kokous muuttui suljetuksi: yleisö poistui ja yleisölähetys keskeytettiin (KL 101 §). Lähetystä jatkettiin asian käsittelyn jälkeen.',
  confidentialMention: (c) =>
    `Asia on salassa pidettävä (${c}). Yleisessä tietoverkossa julkaistaan vain maininta asiasta, sen julkinen otsikko ja salassapitoperuste (KL 140 § 1 mom).`,
  translationNote: () => '',
  signedElectronically: (date) => `allekirjoitettu sähköisesti${date ? ` ${dmy(date)}` : ''}`,
  checked: (place, date) => `Pöytäkirja tarkastettu${place ? ` ${place}` : ''} ${dmy(date)}`,
  checkersApproval: 'Olemme tarkastaneet pöytäkirjan ja hyväksymme sen kokouksen kulun mukaiseksi.',
  published: (date) => `Pöytäkirja on nähtävänä yleisessä tietoverkossa ${dmy(date)} alkaen (KL 140 §).`,
  personalDataRemoved: (date) =>
    `Henkilötiedot poistetaan yleisestä tietoverkosta muutoksenhakuajan päätyttyä, ${dmy(date)} jälkeen (KL 140 § 1 mom).`,
  appealRef: (n, heading) => `Muutoksenhaku: ${heading}, liitteen kohta ${n}.`,
  appendixCovers: (sections) => `Pykälät: ${sections.map((s) => `§ ${s}`).join(', ')}.`,
  proposalKindNumbered: (label, n, proposer) => `${label}${n === undefined ? '' : ` ${n}`} (${proposer})`,
};
