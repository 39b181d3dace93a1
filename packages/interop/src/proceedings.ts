import type { Proposal, ProposalKind, Vote } from './model.js';
import { inflectionScore, type NameResolver } from './names.js';

/**
 * Read proposals, seconders and vote results from the proceedings prose (käsittely) of Finnish
 * minutes. The procedure it reads is KL 104 § (votes) as recorded in the minutes (KL 107 §)
 * and the usual standing-order rule that an unseconded proposal lapses (hallintosääntö; KL 90 §
 * delegates it there).
 */

const NUMBER_WORDS: Record<string, number> = {
  yksi: 1,
  yhdellä: 1,
  yhden: 1,
  yhtä: 1,
  kaksi: 2,
  kahdella: 2,
  kahden: 2,
  kahta: 2,
  kolme: 3,
  kolmella: 3,
  kolmen: 3,
  kolmea: 3,
  neljä: 4,
  neljällä: 4,
  neljän: 4,
  neljää: 4,
  viisi: 5,
  viidellä: 5,
  viiden: 5,
  viittä: 5,
  kuusi: 6,
  kuudella: 6,
  kuuden: 6,
  kuutta: 6,
  seitsemän: 7,
  seitsemällä: 7,
  kahdeksan: 8,
  kahdeksalla: 8,
  yhdeksän: 9,
  yhdeksällä: 9,
  kymmenen: 10,
  kymmenellä: 10,
};

function readCount(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

const KIND_STEMS: [RegExp, ProposalKind][] = [
  [/^muutosehdotu/i, 'amendment'],
  [/^lisäysehdotu/i, 'addition'],
  [/^vastaehdotu/i, 'counter'],
  [/^hylkäysehdotu/i, 'rejection'],
  [/^hylkäävä/i, 'rejection'],
  [/^pöydällepanoehdotu/i, 'tabling'],
  [/^palautusehdotu/i, 'referral'],
  [/^ponsiehdotu/i, 'addition'],
];

function kindOf(word: string): ProposalKind | undefined {
  for (const [re, kind] of KIND_STEMS) if (re.test(word)) return kind;
  return undefined;
}

// A surname, or a first name (with an initial) and a surname; the optional parts are lazy so that
// "Elo Hyrkön ym. kannattamana" reads as proposer Elo, seconder Hyrkkö.
const NAME = "[A-ZÅÄÖ][\\p{L}'’-]+(?:\\s+[A-ZÅÄÖ]\\.)??(?:\\s+[A-ZÅÄÖ][\\p{L}'’-]+)??";
const SECONDED_FIRST = new RegExp(
  `^(${NAME})\\s+(.{1,200}?)\\s+kannattamana\\s+(teki|ehdotti|esitti)\\b\\s*(.*)$`,
  'u',
);
const SECONDED_AFTER = new RegExp(
  `^(${NAME})\\s+(teki|ehdotti|esitti)\\s+(.{1,200}?)\\s+kannattamana\\b\\s*(.*)$`,
  'u',
);
const UNSECONDED = new RegExp(`^(${NAME})\\s+(teki|ehdotti|esitti)\\b\\s*(.*)$`, 'u');
const NUMBERED =
  /^(muutosehdotus|lisäysehdotus|vastaehdotus|ponsiehdotus)(?:\s+(?:nro|n:o|numero)\s*(\d+))?\s*:?\s*$/iu;
const VOTE =
  /(\d{1,3}|[a-zäö]+)\s+äänellä\s+(\d{1,3}|[a-zäö]+)\s+ääntä\s+vastaan(?:\s+(?:ja|,)\s+(\d{1,3}|[a-zäö]+)\s+(?:äänestäessä|äänestäneen)\s+tyhjää)?\s+(hylänneen|hyväksyneen)\s+([^.]*)/iu;
const VOTE_SHORT = /äänin\s+(\d{1,3})\s*[–-]\s*(\d{1,3})(?:\s*\(?\s*(\d{1,3})\s+tyhjää\)?)?/iu;
/** "annettiin 11 kyllä ääntä (A, B …) ja 4 ei ääntä (C, D)": kyllä = JAA, ei = EI. */
const VOTE_NAMED =
  /(\d{1,3})\s+(?:kyllä|jaa)[- ]ääntä\s*(?:\(([^)]*)\))?\s*(?:,|ja)\s+(\d{1,3})\s+ei[- ]ääntä\s*(?:\(([^)]*)\))?/iu;

/** A guess at the nominative of an unresolved genitive surname: Tikkasen → Tikkanen, Strandmanin → Strandman. */
export function nominativeGuess(token: string): string {
  if (/\p{L}+sen$/u.test(token)) return token.replace(/sen$/u, 'nen');
  if (/[^aeiouyäö]in$/u.test(token) && token.length > 4) return token.slice(0, -2);
  return token;
}
const UNANIMOUS = /voidaanko\s+(.+?)\s+yksimielisesti\s+hyväksyä/iu;
const LAPSED = /totesi\s+(.+?)\s+(?:muutosehdotu\p{L}*|ehdotu\p{L}*|lisäysehdotu\p{L}*)\s+raukeavan/iu;
const STOP =
  /^(puheenjohtaja|keskustelun|asia käsiteltiin|merkittiin|todettiin|julistettuaan|äänestysesitys|äänestyksessä|hyväksyttiin)\b/iu;

/** "Marita Hokkanen kannatti Strandmanin esitystä." */
const SECONDS = new RegExp(
  `^(${NAME})\\s+kannatti\\s+(${NAME})\\s+(?:esitystä|ehdotusta|muutosehdotusta|vastaehdotusta|palautusehdotusta)`,
  'u',
);
/** Scene-setting words that open a sentence before the actor ("Asiasta käydyn keskustelun aikana"). */
const LEAD_IN = /^(?:asiasta\s+käydyn\s+)?(?:keskustelun|kesksutelun)\s+aikana\s+/iu;

/** Split prose into sentences at ". " before a capital letter (CaseM writes several acts in one paragraph). */
export function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
}

export interface ProceedingsResult {
  proposals: Proposal[];
  votes: Vote[];
  /** Names that could not be matched to the attendance list, as written. */
  unresolved: string[];
}

function splitNames(list: string): string[] {
  return list
    .replace(/\bym\.?$/u, '')
    .replace(/\s+ym\.?\s*/gu, ' ')
    .split(/\s*,\s*|\s+ja\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function kindFromRest(rest: string): ProposalKind {
  const m =
    /(muutosehdotu\p{L}*|lisäysehdotu\p{L}*|vastaehdotu\p{L}*|hylkäysehdotu\p{L}*|palautusehdotu\p{L}*|pöydällepanoehdotu\p{L}*|ponsiehdotu\p{L}*)/iu.exec(
      rest,
    );
  if (m?.[1]) return kindOf(m[1]) ?? 'counter';
  if (/pöydälle/iu.test(rest)) return 'tabling';
  if (/palaute(taan|ttaisiin)|uuteen valmisteluun|palautetaan/iu.test(rest)) return 'referral';
  if (/hylätään|hylättäisiin/iu.test(rest)) return 'rejection';
  return 'counter';
}

/** Parse the paragraphs of a käsittely section. */
export function parseProceedings(
  paragraphs: readonly string[],
  names: NameResolver,
  idPrefix: string,
  options: { sentences?: boolean } = {},
): ProceedingsResult {
  const proposals: Proposal[] = [];
  const votes: Vote[] = [];
  const unresolved = new Set<string>();
  const person = (token: string): string => {
    const full = names.resolve(token);
    if (full) return full;
    unresolved.add(token);
    return nominativeGuess(token);
  };
  const newProposal = (kind: ProposalKind, proposer: string, seconders: string[], label?: string): Proposal => {
    const p: Proposal = { id: `${idPrefix}-p${proposals.length + 1}`, kind, proposer, seconders };
    if (label) p.label = label;
    p.status = seconders.length > 0 ? 'seconded' : 'unseconded';
    proposals.push(p);
    return p;
  };

  // Proposals declared by one sentence, and the numbered texts that follow it.
  let current:
    { proposer: string; seconders: string[]; kind: ProposalKind; pending?: Proposal; multi: boolean } | undefined;
  let textTarget: Proposal | undefined;
  const appendText = (p: Proposal, t: string): void => {
    const clean = t.replace(/^[”"“'’]+|[”"“'’]+$/gu, '').trim();
    if (clean) p.text = p.text ? `${p.text}\n\n${clean}` : clean;
  };

  const units = options.sentences ? paragraphs.flatMap(splitSentences) : paragraphs;
  for (const raw of units) {
    const para = raw.trim().replace(LEAD_IN, '');
    if (!para) continue;
    const seconds = SECONDS.exec(para);
    if (seconds) {
      const seconder = person(seconds[1] as string);
      const token = seconds[2] as string;
      const target = [...proposals]
        .reverse()
        .find(
          (p) => p.proposer === names.resolve(token) || inflectionScore(token, p.proposer?.split(' ').pop() ?? '') > 0,
        );
      if (target) {
        if (!target.seconders.includes(seconder)) target.seconders.push(seconder);
        target.status = 'seconded';
      }
      textTarget = undefined;
      current = undefined;
      continue;
    }
    let m: RegExpExecArray | null;
    const first = SECONDED_FIRST.exec(para);
    const after = first ? null : SECONDED_AFTER.exec(para);
    if (first || after) {
      const proposer = person(((first ?? after) as RegExpExecArray)[1] as string);
      const secList = first ? (first[2] as string) : ((after as RegExpExecArray)[3] as string);
      const rest = (first ? first[4] : (after as RegExpExecArray)[4]) ?? '';
      const seconders = splitNames(secList).map(person);
      const kind = kindFromRest(rest);
      const multi = /seuraavat\b/iu.test(rest);
      current = { proposer, seconders, kind, multi };
      textTarget = undefined;
      if (!multi) {
        const p = newProposal(kind, proposer, seconders);
        const inline = /,?\s*että\s+(.+)$/u.exec(rest);
        // A proposal stated in its own sentence ("…, että asia jätetään pöydälle.") is complete.
        if (inline?.[1]) appendText(p, inline[1]);
        textTarget = inline?.[1] ? undefined : p;
      }
      continue;
    }
    if ((m = UNSECONDED.exec(para)) && /ehdotu|että/iu.test(m[3] ?? '') && !STOP.test(para)) {
      const proposer = person(m[1] as string);
      const rest = m[3] ?? '';
      const kind = kindFromRest(rest);
      const multi = /seuraavat\b/iu.test(rest);
      current = { proposer, seconders: [], kind, multi };
      textTarget = undefined;
      if (!multi) {
        const p = newProposal(kind, proposer, []);
        const inline = /,?\s*että\s+(.+)$/u.exec(rest);
        // A proposal stated in its own sentence ("…, että asia jätetään pöydälle.") is complete.
        if (inline?.[1]) appendText(p, inline[1]);
        textTarget = inline?.[1] ? undefined : p;
      }
      continue;
    }
    if ((m = NUMBERED.exec(para)) && current) {
      const kind = kindOf(m[1] as string) ?? current.kind;
      const label = m[2] ? `${(m[1] as string).toLowerCase()} nro ${m[2]}` : (m[1] as string).toLowerCase();
      textTarget = newProposal(kind, current.proposer, current.seconders, label);
      continue;
    }
    const unanimous = UNANIMOUS.exec(para);
    if (unanimous) {
      const target = findProposal(proposals, unanimous[1] as string, names);
      if (target && /ei\s+vastustettu|hyväksyneen/iu.test(para)) target.status = 'approved';
      textTarget = undefined;
      current = undefined;
      continue;
    }
    const lapsed = LAPSED.exec(para);
    if (lapsed) {
      for (const token of splitNames(lapsed[1] as string)) {
        const full = names.resolve(token) ?? token;
        for (const p of proposals) if (p.proposer === full && p.seconders.length === 0) p.status = 'lapsed';
      }
      textTarget = undefined;
      current = undefined;
      continue;
    }
    const vote = VOTE.exec(para);
    if (vote) {
      const major = readCount(vote[1]);
      const minor = readCount(vote[2]);
      const blank = readCount(vote[3]);
      if (major !== undefined && minor !== undefined) {
        const approved = /hyväksyneen/iu.test(vote[4] as string);
        const target = findProposal(proposals, vote[5] as string, names);
        // Convention of Finnish votes: JAA = the base proposal, EI = the proposal put against it.
        const counts = approved ? { jaa: minor, ei: major } : { jaa: major, ei: minor };
        const v: Vote = {
          id: `${idPrefix}-v${votes.length + 1}`,
          counts: blank !== undefined ? { ...counts, tyhjä: blank } : counts,
          result: approved ? 'approved' : 'rejected',
          text: para,
        };
        if (target) {
          v.proposalId = target.id;
          target.status = approved ? 'approved' : 'rejected';
        }
        votes.push(v);
      }
      textTarget = undefined;
      current = undefined;
      continue;
    }
    const named = VOTE_NAMED.exec(para);
    if (named) {
      const jaa = Number(named[1]);
      const ei = Number(named[3]);
      const ballots: NonNullable<Vote['ballots']> = [
        ...splitNames(named[2] ?? '').map((n) => ({ name: person(n), option: 'jaa' as const })),
        ...splitNames(named[4] ?? '').map((n) => ({ name: person(n), option: 'ei' as const })),
      ] as NonNullable<Vote['ballots']>;
      const absent = /poissa\s+(\d{1,3})\s*(?:\(([^)]*)\))?/iu.exec(para);
      for (const n of splitNames(absent?.[2] ?? '')) ballots.push({ name: person(n), option: 'poissa' });
      const v: Vote = {
        id: `${idPrefix}-v${votes.length + 1}`,
        counts: absent ? { jaa, ei, poissa: Number(absent[1]) } : { jaa, ei },
        result: ei > jaa ? 'approved' : 'rejected',
        text: para,
      };
      // A tie is decided by the chair's vote (KL 104 §); the minutes then say whose proposal won.
      if (jaa === ei) {
        const later = units.slice(units.indexOf(raw) + 1).join(' ');
        if (/puheenjohtajan\s+äänen\s+ratkaist/iu.test(later)) {
          v.castingVote = 'chair';
          v.result = /esittelijän\s+(?:esityksen|ehdotuksen)\s+tulleen\s+hyväksytyksi/iu.test(later)
            ? 'rejected'
            : 'approved';
        }
      }
      if (ballots.length) v.ballots = ballots;
      const open = [...proposals].reverse().find((p) => p.status === 'seconded');
      if (open) {
        v.proposalId = open.id;
        open.status = v.result;
      }
      votes.push(v);
      textTarget = undefined;
      current = undefined;
      continue;
    }
    const short = VOTE_SHORT.exec(para);
    if (short) {
      const a = Number(short[1]);
      const b = Number(short[2]);
      const v: Vote = {
        id: `${idPrefix}-v${votes.length + 1}`,
        counts: short[3] !== undefined ? { jaa: a, ei: b, tyhjä: Number(short[3]) } : { jaa: a, ei: b },
        result: 'rejected',
        text: para,
      };
      // "äänin 9–6" gives JAA–EI; the proposal put against the base (EI) is rejected unless EI won.
      const open = [...proposals].reverse().find((p) => p.status === 'seconded');
      if (open) {
        v.proposalId = open.id;
        v.result = b > a ? 'approved' : 'rejected';
        open.status = v.result;
      } else v.result = a >= b ? 'approved' : 'rejected';
      votes.push(v);
      textTarget = undefined;
      current = undefined;
      continue;
    }
    if (STOP.test(para)) {
      textTarget = undefined;
      current = undefined;
      continue;
    }
    if (textTarget) appendText(textTarget, para);
  }
  return { proposals, votes, unresolved: [...unresolved] };
}

/** Find the proposal a sentence refers to: "Elon muutosehdotuksen nro 2", "Lahtisen muutosehdotuksen". */
function findProposal(proposals: Proposal[], ref: string, names: NameResolver): Proposal | undefined {
  const m = /^(\S+)\s+(\p{L}+)(?:\s+(?:nro|n:o|numero)\s*(\d+))?/u.exec(ref.trim());
  if (!m) return undefined;
  const proposer = names.resolve(m[1] as string) ?? m[1];
  const kind = kindOf(m[2] as string);
  const num = m[3];
  const candidates = proposals.filter(
    (p) =>
      p.proposer === proposer &&
      (kind === undefined || p.kind === kind || (kind === 'counter' && p.kind === 'amendment')),
  );
  if (num !== undefined) return candidates.find((p) => p.label?.endsWith(` nro ${num}`));
  return candidates.length === 1 ? candidates[0] : candidates.find((p) => !p.label?.includes('nro'));
}
