import type { LocalisedMessage, ProcedureError } from './errors.js';

/** A message in all three languages of the kit. */
type Message = Required<Pick<LocalisedMessage, 'fi' | 'sv' | 'en'>>;
type Params = Record<string, string | number>;
const m = (fi: string, sv: string, en: string): Message => ({ fi, sv, en });

/**
 * The closed catalogue of the refusals of {@link decide} and {@link authorizeCommand}: code → message in Finnish,
 * Swedish and English, with its parameters. A front end shows `message[lang]`; a server logs `code` and `params`.
 */
export const refusalCatalogue = {
  // -- the command itself ------------------------------------------------------------------------------------------
  'unknown-command': () => m('Tuntematon komento.', 'Okänt kommando.', 'Unknown command.'),
  'invalid-command': () =>
    m('Komento on virheellisen muotoinen.', 'Kommandot är felaktigt.', 'The command is malformed.'),
  'invalid-rule-input': (p: { ruleCode: string; fi: string; sv: string; en: string }) =>
    m(
      `Sääntö hylkäsi komennon tiedot (${p.ruleCode}): ${p.fi}`,
      `Regeln avvisade kommandots data (${p.ruleCode}): ${p.sv}`,
      `A rule refused the command's data (${p.ruleCode}): ${p.en}`,
    ),
  'invalid-instant': () =>
    m(
      'Komennon ajanhetki puuttuu tai on virheellinen.',
      'Kommandots tidpunkt saknas eller är ogiltig.',
      'The command instant is missing or invalid.',
    ),
  'time-goes-backwards': () =>
    m(
      'Komennon aika on ennen edellistä tapahtumaa.',
      'Kommandot är tidsatt före föregående händelse.',
      'The command is timed before the previous event.',
    ),
  // -- who gives it (authorisation) --------------------------------------------------------------------------------
  'actor-missing': () =>
    m(
      'Komennon antajaa ei ole tunnistettu.',
      'Den som ger kommandot har inte identifierats.',
      'The actor of the command is missing.',
    ),
  'unknown-actor': (p: { actor: string }) =>
    m(
      `${p.actor} ei ole tämän kokouksen osallistuja.`,
      `${p.actor} deltar inte i detta sammanträde.`,
      `${p.actor} takes no part in this meeting.`,
    ),
  'not-presiding': (p: { actor: string; presidingId: string }) =>
    m(
      `Vain kokouksen puheenjohtaja (${p.presidingId}) voi antaa tämän komennon (KL 102 §).`,
      `Endast ordföranden för sammanträdet (${p.presidingId}) kan ge detta kommando (KomL 102 §).`,
      `Only the person presiding (${p.presidingId}) may give this command (KL 102 §).`,
    ),
  'presiding-unable': (p: { presidingId: string }) =>
    m(
      `Puheenjohtaja ${p.presidingId} ei ole läsnä tai on esteellinen: sihteeri kirjaa puheenjohtajan vaihdon.`,
      `Ordföranden ${p.presidingId} är inte närvarande eller är jävig: sekreteraren antecknar bytet av ordförande.`,
      `The presiding person ${p.presidingId} is absent or disqualified: the secretary records a change of chair.`,
    ),
  'not-secretary-or-presiding': () =>
    m(
      'Vain sihteeri tai puheenjohtaja voi antaa tämän komennon (hallintosääntö).',
      'Endast sekreteraren eller ordföranden kan ge detta kommando (förvaltningsstadgan).',
      'Only the secretary or the person presiding may give this command (hallintosääntö).',
    ),
  'not-self': (p: { actor: string; personId: string }) =>
    m(
      `${p.actor} ei voi toimia toisen jäsenen (${p.personId}) puolesta.`,
      `${p.actor} kan inte handla för en annan ledamot (${p.personId}).`,
      `${p.actor} cannot act for another member (${p.personId}).`,
    ),
  'on-behalf-not-allowed': () =>
    m(
      'Vain sihteeri voi kirjata jäsenen puolesta, ja vain perustellusti (onBehalfOf).',
      'Endast sekreteraren kan anteckna för en ledamot, och endast med motivering (onBehalfOf).',
      'Only the secretary may record for a member, and only with a stated reason (onBehalfOf).',
    ),
  'on-behalf-invalid': () =>
    m(
      'onBehalfOf-tiedon henkilön on oltava komennon henkilö ja syy on ilmoitettava.',
      'Personen i onBehalfOf måste vara kommandots person och skälet måste anges.',
      'onBehalfOf must name the person of the command and give a reason.',
    ),
  'not-chair-designate': (p: { actor: string; chairId: string }) =>
    m(
      `Kokouksen avaa puheenjohtaja itse (${p.chairId}), ei ${p.actor}.`,
      `Sammanträdet öppnas av ordföranden själv (${p.chairId}), inte av ${p.actor}.`,
      `The meeting is opened by the chair himself (${p.chairId}), not by ${p.actor}.`,
    ),
  'not-a-member': (p: { personId: string }) =>
    m(
      `${p.personId} ei ole toimielimen jäsen.`,
      `${p.personId} är inte ledamot i organet.`,
      `${p.personId} is not a member of the body.`,
    ),
  'not-the-proposer': () =>
    m(
      'Vain ehdotuksen tekijä voi peruuttaa ehdotuksensa.',
      'Endast förslagsställaren kan återta sitt förslag.',
      'Only the proposer may withdraw a proposal.',
    ),
  'not-the-presenter': () =>
    m(
      'Vain esittelijä (tai esittelijättömässä toimielimessä puheenjohtaja) tekee, muuttaa tai peruuttaa pohjaehdotuksen.',
      'Endast föredraganden (eller i ett organ utan föredragande ordföranden) lägger fram, ändrar eller återtar grundförslaget.',
      'Only the presenting official (or, in a body without one, the person presiding) makes, changes or withdraws the base proposal.',
    ),
  'not-requester-or-presiding': () =>
    m(
      'Puheenvuoropyynnön voi peruuttaa pyytäjä tai poistaa puheenjohtaja.',
      'Begäran om ordet kan återtas av den som begärt den eller strykas av ordföranden.',
      'A speaking request is withdrawn by the requester or removed by the person presiding.',
    ),
  'monitor-not-allowed': (p: { actor: string }) =>
    m(
      `Läsnäolon valvoja ${p.actor} voi vain kirjata etäyhteyden katkeamisen tai palautumisen (KL 99 §).`,
      `Närvaroövervakaren ${p.actor} kan endast anteckna att en distansförbindelse bröts eller återställdes (KomL 99 §).`,
      `The attendance monitor ${p.actor} may only record that a remote connection was lost or restored (KL 99 §).`,
    ),
  'attendance-cause-invalid': (p: { personId: string; cause: string }) =>
    m(
      `${p.personId}: ${p.cause === 'connection-lost' ? 'yhteyden katkeaminen merkitsee etäyhteydellä läsnä olevan poistumisen' : 'yhteyden palautuminen merkitsee yhteyden katkettua poistuneen paluun'} (KL 99 §).`,
      `${p.personId}: ${p.cause === 'connection-lost' ? 'en bruten förbindelse antecknar att en deltagare på distans avlägsnar sig' : 'en återställd förbindelse antecknar att den som föll bort återvänder'} (KomL 99 §).`,
      `${p.personId}: ${p.cause === 'connection-lost' ? 'a lost connection records the departure of a participant present remotely' : 'a restored connection records the return of one whose connection was lost'} (KL 99 §).`,
    ),
  // -- meeting -----------------------------------------------------------------------------------------------------
  'meeting-not-open': () =>
    m('Kokousta ei ole avattu.', 'Sammanträdet har inte öppnats.', 'The meeting has not been opened.'),
  'meeting-closed': () => m('Kokous on päättynyt.', 'Sammanträdet är avslutat.', 'The meeting is closed.'),
  'meeting-already-open': () =>
    m('Kokous on jo avattu.', 'Sammanträdet har redan öppnats.', 'The meeting has already been opened.'),
  'on-break': () => m('Kokous on tauolla.', 'Sammanträdet har paus.', 'The meeting is on a break.'),
  'not-on-break': () => m('Kokous ei ole tauolla.', 'Sammanträdet har ingen paus.', 'The meeting is not on a break.'),
  'presiding-same': (p: { personId: string }) =>
    m(`${p.personId} johtaa jo puhetta.`, `${p.personId} är redan ordförande.`, `${p.personId} already presides.`),
  'presiding-candidate-unable': (p: { personId: string }) =>
    m(
      `${p.personId} ei ole läsnä tai on esteellinen eikä voi johtaa puhetta.`,
      `${p.personId} är inte närvarande eller är jävig och kan inte vara ordförande.`,
      `${p.personId} is absent or disqualified and cannot preside.`,
    ),
  // -- attendance and seats ----------------------------------------------------------------------------------------
  'not-present': (p: { personId: string }) =>
    m(`${p.personId} ei ole läsnä.`, `${p.personId} är inte närvarande.`, `${p.personId} is not present.`),
  'already-present': (p: { personId: string }) =>
    m(`${p.personId} on jo läsnä.`, `${p.personId} är redan närvarande.`, `${p.personId} is already present.`),
  disqualified: (p: { personId: string }) =>
    m(
      `${p.personId} on esteellinen tässä asiassa eikä voi osallistua sen käsittelyyn (HL 27 §).`,
      `${p.personId} är jävig i detta ärende och får inte delta i behandlingen (FL 27 §).`,
      `${p.personId} is disqualified in this item and may not take part (HL 27 §).`,
    ),
  'no-voting-right': (p: { personId: string }) =>
    m(
      `${p.personId} ei hoida toimielimen paikkaa eikä siksi äänestä (KL 103 §, KL 31 §).`,
      `${p.personId} innehar ingen plats i organet och röstar därför inte (KomL 103 §, KomL 31 §).`,
      `${p.personId} holds no seat of the body and so has no vote (KL 103 §, KL 31 §).`,
    ),
  'no-seat': (p: { personId: string }) =>
    m(
      `${p.personId}:lla ei ole paikkaa toimielimessä: äänioikeus seuraa paikasta, ei ilmoituksesta.`,
      `${p.personId} har ingen plats i organet: rösträtten följer av platsen, inte av en uppgift.`,
      `${p.personId} holds no seat of the body: the voting right follows from the seat, not from a flag.`,
    ),
  'seat-taken': (p: { seat: string; holderId: string }) =>
    m(
      `Jäsenen ${p.seat} paikkaa hoitaa jo ${p.holderId}: paikalla on kerrallaan yksi hoitaja.`,
      `Ledamoten ${p.seat}s plats innehas redan av ${p.holderId}: en person i taget per plats.`,
      `The seat of ${p.seat} is already held by ${p.holderId}: one person holds a seat at a time.`,
    ),
  'not-a-deputy-for': (p: { personId: string; seat: string }) =>
    m(
      `${p.personId} ei ole jäsenen ${p.seat} varajäsen (KL 17 §, KL 31 § 3 mom).`,
      `${p.personId} är inte ersättare för ${p.seat} (KomL 17 §, KomL 31 § 3 mom).`,
      `${p.personId} is not a deputy of ${p.seat} (KL 17 §, KL 31 § 3 mom).`,
    ),
  'checker-not-present': (p: { personId: string }) =>
    m(
      `Pöytäkirjantarkastaja ${p.personId} ei ole läsnä.`,
      `Protokolljusteraren ${p.personId} är inte närvarande.`,
      `Minutes checker ${p.personId} is not present.`,
    ),
  // -- items ---------------------------------------------------------------------------------------------------
  'no-item-open': () =>
    m('Mikään asiakohta ei ole käsittelyssä.', 'Inget ärende behandlas.', 'No item is being handled.'),
  'item-open': (p: { itemId: string }) =>
    m(
      `Asiakohta ${p.itemId} on yhä käsittelyssä.`,
      `Ärendet ${p.itemId} behandlas fortfarande.`,
      `Item ${p.itemId} is still open.`,
    ),
  'item-already-handled': () =>
    m('Asiakohta on jo käsitelty.', 'Ärendet har redan behandlats.', 'The item has already been handled.'),
  'not-on-agenda': () =>
    m(
      'Asia ei ole hyväksytyssä työjärjestyksessä (KL 95 §).',
      'Ärendet finns inte på den godkända föredragningslistan (KomL 95 §).',
      'The item is not on the approved agenda (KL 95 §).',
    ),
  'duplicate-section': (p: { sectionNumber: number }) =>
    m(
      `Pykälänumero ${p.sectionNumber} on jo käytetty.`,
      `Paragrafnumret ${p.sectionNumber} används redan.`,
      `Section number ${p.sectionNumber} is already used.`,
    ),
  'no-quorum': (p: { present: number; required: number }) =>
    m(
      `Päätösvaltaisuus puuttuu: läsnä ${p.present}, tarvitaan ${p.required} (KL 103 §, HL 27 §). Kutsu varajäseniä.`,
      `Beslutförhet saknas: ${p.present} närvarande, ${p.required} behövs (KomL 103 §, FL 27 §). Kalla in ersättare.`,
      `No quorum: ${p.present} present, ${p.required} needed (KL 103 §, HL 27 §). Summon deputies.`,
    ),
  'legality-not-stated': () =>
    m(
      'Kokouksen laillisuutta ja päätösvaltaisuutta ei ole todettu (KL 103 §).',
      'Sammanträdets laglighet och beslutförhet har inte konstaterats (KomL 103 §).',
      'Legality and quorum have not been stated (KL 103 §).',
    ),
  'too-late': () =>
    m(
      'Esteellisyys on ratkaistava ennen asian päättämistä (HL 27 §).',
      'Jäv ska avgöras innan ärendet avgörs (FL 27 §).',
      'Disqualification must be decided before the matter is decided (HL 27 §).',
    ),
  // -- discussion and proposals ------------------------------------------------------------------------------------
  'discussion-closed': () =>
    m('Keskustelu on julistettu päättyneeksi.', 'Diskussionen har förklarats avslutad.', 'The discussion is closed.'),
  'discussion-open': () =>
    m('Keskustelu on vielä kesken.', 'Diskussionen pågår fortfarande.', 'The discussion is still open.'),
  'unknown-speaker': () => m('Tuntematon puheenvuoropyyntö.', 'Okänd begäran om ordet.', 'Unknown speaker entry.'),
  'already-granted': () =>
    m('Puheenvuoro on jo annettu.', 'Ordet har redan getts.', 'The floor has already been given.'),
  'someone-speaking': () =>
    m('Edellinen puheenvuoro on kesken.', 'Ett annat anförande pågår.', 'Another speech is in progress.'),
  'not-speaking': () => m('Puheenvuoro ei ole käynnissä.', 'Anförandet pågår inte.', 'The speech is not in progress.'),
  'speaker-withdrawn': () =>
    m(
      'Puheenvuoropyyntö on jo peruttu.',
      'Begäran om ordet har redan återtagits.',
      'The speaking request has already been withdrawn.',
    ),
  'base-exists': () =>
    m('Asiassa on jo pohjaehdotus.', 'Ärendet har redan ett grundförslag.', 'The item already has a base proposal.'),
  'proposer-required': () => m('Ehdotuksen tekijä puuttuu.', 'Förslagsställaren saknas.', 'The proposer is missing.'),
  'duplicate-proposal': () =>
    m('Ehdotuksen tunniste on jo käytössä.', 'Förslagets id används redan.', 'The proposal id is taken.'),
  'unknown-proposal': () =>
    m(
      'Ehdotusta ei ole tai se on peruttu.',
      'Förslaget finns inte eller har återtagits.',
      'No such proposal, or it was withdrawn.',
    ),
  'base-needs-no-seconding': () =>
    m(
      'Pohjaehdotusta ei tarvitse kannattaa.',
      'Grundförslaget behöver inte understödjas.',
      'The base proposal needs no seconding.',
    ),
  'own-proposal': () =>
    m(
      'Omaa ehdotusta ei voi kannattaa.',
      'Man kan inte understödja sitt eget förslag.',
      'A member cannot second their own proposal.',
    ),
  'already-seconded': () =>
    m(
      'Jäsen on jo kannattanut ehdotusta.',
      'Ledamoten har redan understött förslaget.',
      'The member has already seconded it.',
    ),
  // -- voting ------------------------------------------------------------------------------------------------------
  'votes-started': () =>
    m('Äänestykset ovat jo alkaneet.', 'Omröstningarna har redan börjat.', 'Voting has already started.'),
  'no-base-proposal': () =>
    m(
      'Asiassa ei ole pohjaehdotusta, joten päätös on annettava.',
      'Ärendet har inget grundförslag, så beslutet måste anges.',
      'The item has no base proposal, so the decision must be given.',
    ),
  'no-vote-needed': () =>
    m(
      'Kannatettuja vastaehdotuksia ei ole: puheenjohtaja toteaa päätöksen (KL 104 § 1 mom).',
      'Inga understödda motförslag: ordföranden konstaterar beslutet (KomL 104 § 1 mom).',
      'No seconded counter-proposal: the chair states the decision (KL 104 § 1 mom).',
    ),
  'invalid-voting-order': (p: { fi: string; sv: string; en: string }) =>
    m(
      `Äänestysjärjestys ei ole kelvollinen (KL 104 § 1 mom): ${p.fi}`,
      `Omröstningsordningen är ogiltig (KomL 104 § 1 mom): ${p.sv}`,
      `The voting order is not valid (KL 104 § 1 mom): ${p.en}`,
    ),
  'no-voting-order': () =>
    m(
      'Äänestysjärjestystä ei ole hyväksytty.',
      'Ingen omröstningsordning har godkänts.',
      'No voting order has been approved.',
    ),
  'voting-complete': () =>
    m(
      'Äänestysjärjestyksen äänestykset on pidetty.',
      'Omröstningsordningens omröstningar har hållits.',
      'All votes of the voting order have been held.',
    ),
  'invalid-question': () =>
    m(
      'Äänestysesitys ei vastaa asiassa tehtyjä ehdotuksia.',
      'Omröstningspropositionen motsvarar inte förslagen i ärendet.',
      'The question does not match the proposals of the item.',
    ),
  'not-seconded': (p: { proposalId: string }) =>
    m(
      `Ehdotusta ${p.proposalId} ei ole kannatettu, joten siitä ei äänestetä (KL 104 § 1 mom).`,
      `Förslaget ${p.proposalId} har inte understötts och tas inte upp till omröstning (KomL 104 § 1 mom).`,
      `Proposal ${p.proposalId} is not seconded, so it is not put to the vote (KL 104 § 1 mom).`,
    ),
  'out-of-order': (p: { voteId: string }) =>
    m(
      `Hyväksytyn äänestysjärjestyksen seuraava äänestys on ${p.voteId} (KL 104 § 1 mom).`,
      `Nästa omröstning i den godkända ordningen är ${p.voteId} (KomL 104 § 1 mom).`,
      `The next vote of the approved voting order is ${p.voteId} (KL 104 § 1 mom).`,
    ),
  'duplicate-vote': () =>
    m('Äänestyksen tunniste on jo käytetty.', 'Omröstningens id används redan.', 'The vote id is taken.'),
  'vote-open': () => m('Äänestys on käynnissä.', 'En omröstning pågår.', 'A vote is open.'),
  'no-open-vote': () => m('Äänestys ei ole käynnissä.', 'Ingen omröstning pågår.', 'No vote is open.'),
  'wrong-vote': (p: { voteId: string }) =>
    m(
      `Ääni on annettu äänestykseen ${p.voteId}, joka ei ole käynnissä.`,
      `Rösten gavs i omröstningen ${p.voteId}, som inte pågår.`,
      `The ballot is for vote ${p.voteId}, which is not the vote open.`,
    ),
  'second-ballot': () => m('Jäsen on jo äänestänyt.', 'Ledamoten har redan röstat.', 'The member has already voted.'),
  'seat-already-voted': (p: { seat: string }) =>
    m(
      `Jäsenen ${p.seat} paikalta on jo äänestetty: yksi paikka, yksi ääni.`,
      `Det har redan röstats från ${p.seat}s plats: en plats, en röst.`,
      `A ballot has already been cast from the seat of ${p.seat}: one seat, one vote.`,
    ),
  'invalid-option': () => m('Tuntematon vaihtoehto.', 'Okänt alternativ.', 'Unknown option.'),
  'tie-needs-revote': () =>
    m(
      'Äänet menivät tasan eikä puheenjohtajan ääni ratkaise (hän ei äänestänyt jaa tai ei): äänestys toimitetaan uudelleen (KL 104 § 2 mom, hallintosääntö).',
      'Rösterna föll lika och ordförandens röst avgör inte (ordföranden röstade varken ja eller nej): omröstningen förrättas på nytt (KomL 104 § 2 mom, förvaltningsstadgan).',
      "The votes are tied and the chair's vote cannot settle it (the chair voted neither jaa nor ei): the vote is taken again (KL 104 § 2 mom, hallintosääntö).",
    ),
  'tie-needs-side': () =>
    m(
      'Äänet menivät tasan eikä puheenjohtaja äänestänyt jaa tai ei: puheenjohtajan on ilmoitettava kantansa (KL 104 § 2 mom, hallintosääntö).',
      'Rösterna föll lika och ordföranden röstade varken ja eller nej: ordföranden ska ange sin ståndpunkt (KomL 104 § 2 mom, förvaltningsstadgan).',
      'The votes are tied and the chair voted neither jaa nor ei: the chair must state a side (KL 104 § 2 mom, hallintosääntö).',
    ),
  'majority-not-reached': (p: { required: string }) =>
    m(
      `Vaadittu määräenemmistö (${p.required}) ei täyty.`,
      `Den krävda kvalificerade majoriteten (${p.required}) uppnås inte.`,
      `The required special majority (${p.required}) is not reached.`,
    ),
  // -- elections and lots ------------------------------------------------------------------------------------------
  'wrong-item': () =>
    m('Vaali kuuluu eri asiakohtaan.', 'Valet hör till ett annat ärende.', 'The election belongs to another item.'),
  'too-many-elected': () =>
    m('Valittuja on enemmän kuin paikkoja.', 'Fler valda än platser.', 'More elected than seats.'),
  'closed-ballot-not-secure': () =>
    m(
      'Suljettua lippuäänestystä ei voi toimittaa sähköisessä kokouksessa ilman vaalisalaisuuden turvaamista (KL 105 § 5 mom).',
      'Val med slutna sedlar kan inte förrättas vid ett elektroniskt sammanträde utan tryggad valhemlighet (KomL 105 § 5 mom).',
      'A closed-ballot election cannot be held in an electronic meeting without secured ballot secrecy (KL 105 § 5 mom).',
    ),
  'election-votes-exceed-voters': (p: { votes: number; voters: number }) =>
    m(
      `Vaalissa on ${p.votes} ääntä, mutta äänioikeutettuja on läsnä ${p.voters} (KL 105 §).`,
      `Valet har ${p.votes} röster men ${p.voters} röstberättigade är närvarande (KomL 105 §).`,
      `The election has ${p.votes} votes but only ${p.voters} voters are present (KL 105 §).`,
    ),
  'election-tally-mismatch': (p: { candidateId: string }) =>
    m(
      `Ehdokkaan ${p.candidateId} äänimäärä ei vastaa vaalilippuja.`,
      `Kandidaten ${p.candidateId}s röstetal motsvarar inte valsedlarna.`,
      `The votes of candidate ${p.candidateId} do not match the ballots.`,
    ),
  'election-result-mismatch': () =>
    m(
      'Valituiksi on merkitty muut kuin eniten ääniä saaneet (KL 105 § 1 mom).',
      'Andra än de som fick flest röster har antecknats som valda (KomL 105 § 1 mom).',
      'Those recorded elected are not those with most votes (KL 105 § 1 mom).',
    ),
  'election-lot-missing': () =>
    m(
      'Äänet menivät tasan valinnan rajalla: arpa on arvottava ja kirjattava (KL 105 § 4 mom).',
      'Rösterna föll lika vid gränsen: lott ska dras och antecknas (KomL 105 § 4 mom).',
      'The votes tie across the last seat: a lot must be drawn and recorded (KL 105 § 4 mom).',
    ),
  'election-pair-incomplete': (p: { candidateId: string }) =>
    m(
      `Ehdokkaalta ${p.candidateId} puuttuu henkilökohtainen varajäsen: kun varajäsenet ovat henkilökohtaisia, jokainen ehdokas on jäsenen ja varajäsenen pari (KL 105 § 3 mom).`,
      `Kandidaten ${p.candidateId} saknar personlig ersättare: med personliga ersättare är varje kandidat ett par av ledamot och ersättare (KomL 105 § 3 mom).`,
      `Candidate ${p.candidateId} has no personal deputy: with personal deputies every candidate is a member + deputy pair (KL 105 § 3 mom).`,
    ),
  'election-pair-invalid': (p: { candidateId: string }) =>
    m(
      `Ehdokaspari ${p.candidateId} on virheellinen: henkilö ei voi olla oma varajäsenensä eikä kahdessa parissa (KL 105 § 3 mom).`,
      `Kandidatparet ${p.candidateId} är felaktigt: en person kan inte vara sin egen ersättare eller ingå i två par (KomL 105 § 3 mom).`,
      `The candidate pair ${p.candidateId} is invalid: nobody is his own deputy or in two pairs (KL 105 § 3 mom).`,
    ),
  'election-unknown-candidate': (p: { candidateId: string }) =>
    m(
      `Tuntematon ehdokas ${p.candidateId}.`,
      `Okänd kandidat ${p.candidateId}.`,
      `Unknown candidate ${p.candidateId}.`,
    ),
  'invalid-lot': () =>
    m(
      'Arvonnan voittajien on oltava arvontaan osallistuneita.',
      'Lottens vinnare måste vara bland deltagarna.',
      'Lot winners must be among the entrants.',
    ),
  // -- decisions and dissent ---------------------------------------------------------------------------------------
  'wish-clause-after-decision': () =>
    m(
      'Toivomusponnesta äänestetään vasta pääasian päätöksen jälkeen (hyväksytään / hylätään).',
      'Om en hemställningskläm röstas först efter beslutet i huvudfrågan (godkänns / förkastas).',
      'A wish clause is put to the vote only after the main decision (adopted / rejected).',
    ),
  'decision-exists': () =>
    m('Asiassa on jo päätös.', 'Ärendet har redan ett beslut.', 'The item already has a decision.'),
  'no-decision': () =>
    m(
      'Asiassa ei ole kirjattu päätöstä.',
      'Inget beslut har antecknats i ärendet.',
      'No decision has been recorded for the item.',
    ),
  'votes-missing': () =>
    m(
      'Äänestysjärjestyksen kaikkia äänestyksiä ei ole pidetty.',
      'Alla omröstningar i omröstningsordningen har inte hållits.',
      'Not all votes of the voting order have been held.',
    ),
  'not-entitled-to-dissent': () =>
    m(
      'Eriävän mielipiteen voi ilmoittaa vastaehdotuksen tehnyt, päätöstä vastaan äänestänyt tai esittelijä, jos päätös poikkeaa esityksestä (KL 106 §).',
      'Avvikande mening kan anmälas av den som gjort ett motförslag eller röstat emot, eller av föredraganden om beslutet avviker från förslaget (KomL 106 §).',
      'Only a member who made a counter-proposal or voted against, or the presenting official when the decision departs from the proposal, may dissent (KL 106 §).',
    ),
  'already-dissented': () =>
    m(
      'Eriävä mielipide on jo kirjattu.',
      'Den avvikande meningen är redan antecknad.',
      'The dissent is already recorded.',
    ),
} satisfies Record<string, (params: never) => Message>;

/** The code of a refusal: a closed union. */
export type RefusalCode = keyof typeof refusalCatalogue;
/** The parameters of a refusal code. */
export type RefusalParams<C extends RefusalCode> = Parameters<(typeof refusalCatalogue)[C]>[0];

/** A refusal of `decide` / `authorizeCommand`: a {@link ProcedureError} whose code is from the catalogue. */
export interface Refusal<C extends RefusalCode = RefusalCode> extends ProcedureError {
  readonly code: C;
  readonly message: Message;
  readonly params?: Params;
}

/** Builds the refusal `code` with its parameters. */
export function refusal<C extends RefusalCode>(
  code: C,
  ...params: RefusalParams<C> extends undefined ? [] : [RefusalParams<C>]
): Refusal<C> {
  const p = params[0] as Params | undefined;
  const message = (refusalCatalogue[code] as (p?: Params) => Message)(p);
  return p === undefined ? { code, message } : { code, message, params: { ...p } };
}

/** True when `value` is a refusal with a catalogue code. */
export function isRefusal(value: unknown): value is Refusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Object.prototype.hasOwnProperty.call(refusalCatalogue, (value as { code: string }).code)
  );
}
