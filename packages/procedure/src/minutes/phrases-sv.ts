import type { MinutesPhrases } from './phrases.js';
import { dmy } from './phrases-fi.js';

const join = (names: readonly string[]): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;

const WORDS = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'];

/**
 * Swedish minutes cite the Local Government Act as KomL, the Administrative Procedure Act as FL and the Act on the
 * Openness of Government Activities as OffentlighetsL, with "punkten" for "kohta".
 */
function cite(c: string): string {
  return c
    .replace(/\bKL (?=\d)/g, 'KomL ')
    .replace(/\bHL (?=\d)/g, 'FL ')
    .replace(/\bJulkL\b/g, 'OffentlighetsL')
    .replace(/ k\b/g, ' punkten')
    .replace(/SALASSA PIDETTÄVÄ/g, 'SEKRETESSBELAGD');
}

/** The Swedish minutes (protokoll). */
export const sv: MinutesPhrases = {
  lang: 'sv',
  cite,
  h: {
    minutes: 'PROTOKOLL',
    time: 'Tid',
    place: 'Plats',
    mode: 'Sammanträdesform',
    present: 'Närvarande',
    absent: 'Frånvarande',
    others: 'Övriga närvarande',
    legality: 'Sammanträdets laglighet och beslutförhet',
    checkers: 'Protokolljusterare',
    chair: 'Ordförande',
    secretary: 'Protokollförare',
    items: 'Behandlade ärenden',
    proceedings: 'Behandling',
    decision: 'Beslut',
    dissents: 'Avvikande meningar',
    presenter: 'Föredragande',
    register: 'Dnr',
    baseProposal: (source) =>
      source === 'kunnanhallitus'
        ? 'Kommunstyrelsens förslag'
        : source === 'esittelija'
          ? 'Beslutsförslag'
          : 'Ordförandens förslag',
    signatures: 'Underskrifter',
    checking: 'Justering av protokollet',
    publication: 'Protokollet framlagt',
    appendix: 'Bilaga: Anvisningar för omprövning och besvär',
    at: 'kl.',
    remote: 'på distans',
    untranslatedMark: 'endast på finska',
    councillor: 'ledamot',
    member: 'ledamot',
    deputy: 'ersättare',
    deputyCouncillor: 'ersättare',
    sectionColumn: 'Paragraf',
    titleColumn: 'Ärende',
    page: 'Protokoll',
  },
  date: dmy,
  list: join,
  substituteFor: (name) => `i stället för ${name}`,
  arrived: (time, s) => `anlände kl. ${time}${s === undefined ? '' : ` under § ${s}`}`,
  awayDuring: (ss) => `frånvarande under behandlingen av ${join(ss.map((n) => `§ ${n}`))}`,
  left: (time, s) => `avlägsnade sig kl. ${time}${s === undefined ? '' : ` under § ${s}`}`,
  connectionLost: (time, s) => `distansförbindelsen bröts kl. ${time}${s === undefined ? '' : ` under § ${s}`}`,
  legalityStated: (lawful, quorate) =>
    `Ordföranden konstaterade att sammanträdet var ${lawful ? 'lagligen sammankallat' : 'inte lagligen sammankallat'} och ${quorate ? 'beslutfört' : 'inte beslutfört'}.`,
  presentCount: (present, seats, _council, required, rule) =>
    `Närvarande var ${present} av ${seats} ledamöter; för beslutförhet krävs ${required} (${cite(rule)}).`,
  invitation: (sent, latest, basis, inTime) =>
    `Kallelsen skickades ${dmy(sent)}; den skulle skickas senast ${dmy(latest)} (${cite(basis)})${inTime ? '' : ', varför kallelsen var försenad'}.`,
  disqualified: (who, ground, citation, reason) =>
    `${who} anmälde jäv (${ground}, ${cite(citation)}), deltog inte i behandlingen av ärendet och avlägsnade sig från sammanträdet under behandlingen (FL 27 §).${reason ? ` Grund för jävet: ${reason}` : ''}`,
  notDisqualified: (who, reason) =>
    `Organet konstaterade att ${who} inte är jävig (FL 29 §).${reason ? ` Grund för jävet: ${reason}` : ''}`,
  speakers: (names) => `I diskussionen deltog ${join(names)}.`,
  proposal: (who, label, text) => `${who} lade fram följande förslag (${label}): ”${text}”`,
  proposalWithdrawn: 'Förslaget återtogs.',
  seconded: (names) => `Förslaget understöddes av ${join(names)}.`,
  lapsed: 'Förslaget förföll eftersom det inte understöddes.',
  mustVote: (n) =>
    `Ordföranden konstaterade att diskussionen var avslutad och att ${WORDS[n] ?? String(n)} ${n === 1 ? 'understött' : 'understödda'} förslag hade lagts fram i ärendet, varför omröstning skulle förrättas (KomL 104 §).`,
  votingOrderIntro: (body) => `Ordföranden föreslog följande omröstningsordning, som ${body} godkände:`,
  votingOrderStep: (n, jaa, ei) => `Omröstning ${n}: ja = ${jaa}, nej = ${ei}.`,
  winnerOfVote: (n) => `vinnaren i omröstning ${n}`,
  vote: (n, method, jaa, ei) =>
    `${n === undefined ? 'Omröstning' : `Omröstning ${n}`} (${method}): ja = ${jaa}, nej = ${ei}.`,
  voteOpen: 'Omröstningen pågår.',
  voteCounts: (c) => `I omröstningen avgavs ja ${c.jaa}, nej ${c.ei}, blankt ${c.tyhja}; frånvarande ${c.poissa}.`,
  ballotRow: (option, names) =>
    `${option === 'jaa' ? 'Ja' : option === 'ei' ? 'Nej' : 'Blankt'} (${names.length}): ${names.join(', ')}.`,
  castingVote: (presiding) =>
    presiding
      ? `Rösterna föll lika, varvid rösten av ${presiding.as === 'vice' ? 'vice ordföranden' : 'ledamoten'} ${presiding.name}, som var ordförande, avgjorde (KomL 104 § 2 mom).`
      : 'Rösterna föll lika, varvid ordförandens röst avgjorde (KomL 104 § 2 mom).',
  presidingChanged: (who, reason) =>
    reason === 'puheenjohtaja-palaa'
      ? `${who} återtog ordförandeskapet (KomL 102 §).`
      : `${who} var ordförande${reason === 'puheenjohtaja-esteellinen' ? ' under behandlingen av ärendet, eftersom ordföranden var jävig' : reason === 'puheenjohtaja-poissa' ? ' i ordförandens frånvaro' : ' som tillfällig ordförande'} (KomL 102 §).`,
  voteWinner: (winner, a, b) => `Ordföranden konstaterade att ${winner} vann omröstningen med rösterna ${a}–${b}.`,
  matterOutcome: (o, a, b) => `Ordföranden konstaterade att omröstningen utföll så att ${o} (rösterna ${a}–${b}).`,
  presidingViceChair: 'vice ordförande, sammanträdets ordförande',
  continueHandling: 'behandlingen av ärendet fortsätter',
  tableMatter: 'ärendet bordläggs',
  returnMatter: 'ärendet återremitteras för ny beredning',
  election: (title, secret, kind, candidates) =>
    `Valet (${title}) förrättades ${secret ? 'med slutna sedlar' : 'öppet'} (${kind}, KomL 105 §). Kandidater var ${join(candidates)}.`,
  electionTallies: (tallies, blank) => `Avgivna röster: ${tallies.join(', ')}${blank > 0 ? `; blanka ${blank}` : ''}.`,
  comparisonNumbers: (values) => `Jämförelsetal: ${values.join(', ')}.`,
  lot: (reason, physical, random, winners) =>
    `${reason ? `${reason} ` : ''}Valet avgjordes genom lottdragning (KomL 105 § 4 mom); lotten drogs ${physical ? 'som fysisk lottdragning' : 'med slumptalsgenerator'}${random ? ` (slumptal ${random})` : ''} och föll på ${join(winners)}.`,
  elected: (names) => `Vald blev ${join(names)}.`,
  tabledByDemand: (n, present) =>
    `Bordläggning krävdes av ${n} av de ${present} närvarande fullmäktigeledamöterna, så ärendet bordlades utan omröstning (förvaltningsstadgan: minoritetens rätt).`,
  wishAdopted: 'hemställningsklämmen godkänns',
  wishRejected: 'hemställningsklämmen förkastas',
  pair: (member, deputy) => `${member} (personlig ersättare ${deputy})`,
  genderQuotaNotMet:
    'Bland de valda ledamöterna eller ersättarna utgör vardera könet inte minst 40 procent (jämställdhetslagen 609/1986 4 a §); avvikelse kräver särskilda skäl.',
  unanimous: (base) =>
    `Eftersom inga understödda motförslag hade lagts fram konstaterade ordföranden att ${base} hade godkänts enhälligt (KomL 104 § 1 mom).`,
  dissent: (who, basis, reasons) =>
    `${who} anmälde avvikande mening (${basis}).${reasons ? ` Motivering: ${reasons}` : ''}`,
  closedSession:
    'Sammanträdet var slutet under behandlingen av ärendet: allmänheten avlägsnade sig och den offentliga sändningen avbröts (KomL 101 §). Sändningen fortsatte efter behandlingen av ärendet.',
  confidentialMention: (c) =>
    `Ärendet är sekretessbelagt (${cite(c)}). I det allmänna datanätet publiceras endast ett omnämnande av ärendet, dess offentliga rubrik och sekretessgrunden (KomL 140 § 1 mom).`,
  translationNote: (complete) =>
    complete
      ? 'Detta protokoll är en översättning av det finskspråkiga protokollet.'
      : 'Detta protokoll är delvis en översättning av det finskspråkiga protokollet: avsnitt som inte har översatts återges på finska och är märkta ”endast på finska”.',
  signedElectronically: (date) => `undertecknat elektroniskt${date ? ` ${dmy(date)}` : ''}`,
  checked: (place, date) => `Protokollet justerat${place ? ` ${place}` : ''} ${dmy(date)}`,
  checkersApproval: 'Vi har justerat protokollet och godkänner det som en riktig redogörelse för sammanträdet.',
  published: (date) =>
    `Protokollet hålls tillgängligt i det allmänna datanätet från och med ${dmy(date)} (KomL 140 §).`,
  personalDataRemoved: (date) =>
    `Personuppgifterna avlägsnas från det allmänna datanätet när tiden för ändringssökande har gått ut, efter ${dmy(date)} (KomL 140 § 1 mom).`,
  appealRef: (n, heading) => `Ändringssökande: ${heading}, bilagans punkt ${n}.`,
  appendixCovers: (sections) => `Paragrafer: ${sections.map((s) => `§ ${s}`).join(', ')}.`,
  proposalKindNumbered: (label, n, proposer) => `${label}${n === undefined ? '' : ` ${n}`} (${proposer})`,
};
