import type {
  AttendanceChange,
  AttendanceRole,
  Meeting,
  Decision,
  DecisionKind,
  Disqualification,
  Dissent,
  Proposal,
  SectionKind,
  Vote,
} from './model.js';
import type { NameResolver } from './names.js';

/** Section headings of Finnish minutes, as Dynasty, KTweb and CaseM print them. */
const HEADINGS: [RegExp, SectionKind][] = [
  [/^valmistelij/i, 'preparers'],
  [/^lisätiedot/i, 'preparers'],
  [/^tiivistelmä/i, 'summary'],
  [/^(selostus|esittelyteksti|asian\s+selostus)/i, 'background'],
  [/^(päätösehdotus|päätösesitys|esitys|ehdotus)$|\s(päätösehdotus|päätösesitys)$/iu, 'draftDecision'],
  [/^(käsittely|\p{L}+\s+käsittely)$/iu, 'proceedings'],
  [/^päätös$/i, 'decision'],
  [/^(liite|liitteet)$/i, 'attachments'],
  [/^oheismateriaali/i, 'supplementary'],
  [/^muutoksenhaku/i, 'appeal'],
  [/^täytäntöönpano/i, 'implementation'],
  [/^dno$/i, 'notes'],
  [/^tiedoksi/i, 'inform'],
  [/^päätöshistoria/i, 'history'],
  [/^esteellisyy/i, 'disqualification'],
  [/^eriävä/i, 'dissent'],
  [/^esittelijä$/i, 'draftDecision'],
];

/** The section a heading opens, or undefined for other bold text. */
export function sectionKindOf(heading: string): SectionKind | undefined {
  const h = heading.replace(/[:\s]+$/u, '').trim();
  if (h.length > 60) return undefined;
  for (const [re, kind] of HEADINGS) if (re.test(h)) return kind;
  return undefined;
}

/**
 * The decision kind from the decision text and the recovered proceedings (the result categories
 * of meeting-schema; OpenAhjo's PASSED_* values).
 */
export function decisionKind(text: string, proposals: readonly Proposal[], votes: readonly Vote[]): DecisionKind {
  const t = text.toLowerCase();
  const sv = swedishKind(t);
  if (sv) return sv;
  // A rejected tabling or referral motion is mentioned in the text, but the matter went on.
  const motionRejected = proposals.some(
    (p) => (p.kind === 'tabling' || p.kind === 'referral') && p.status === 'rejected',
  );
  if (!motionRejected && /pöydälle/.test(t)) return 'tabled';
  if (!motionRejected && /palaut(ti|ettiin|etaan)|uudelleen valmisteltavaksi/.test(t)) return 'returned';
  if (/poist(i|ettiin) .*(listalta|esityslistalta)/.test(t)) return 'removed';
  if (/hylkäsi|hylättiin/.test(t) && !/muutosehdotu/.test(t)) return 'rejected';
  const amended = proposals.some((p) => p.kind !== 'base' && p.kind !== 'tabling' && p.status === 'approved');
  if (amended) return 'approved-as-amended';
  if (votes.length > 0) return 'approved-after-vote';
  if (/^\s*valitsi|valittiin|\bvalitsi\b/.test(t)) return 'election';
  if (/merkit(si|tiin)\b.*tiedoksi|merkitsi tietoonsa|merkittiin tiedoksi|tiedoksi saatetuksi/.test(t)) return 'noted';
  if (/hyväksyi|hyväksyttiin|päätti|päätösesitys hyväksyttiin|ehdotuksen mukaisesti|yksimielisesti/.test(t))
    return 'approved-as-proposed';
  return 'unknown';
}

/** The decision kind of a Swedish decision text (Nykarleby's Tweb minutes), or undefined when none is recognised. */
function swedishKind(t: string): DecisionKind | undefined {
  if (/\bbordla(des|gs)\b/u.test(t)) return 'tabled';
  if (/återremitter/u.test(t)) return 'returned';
  if (/\b(förkastades|avslogs)\b/u.test(t)) return 'rejected';
  if (/\b(valdes|utsågs|utses)\b/u.test(t)) return 'election';
  if (/antecknades|antecknas|för kännedom|till kännedom|\bkonstaterades\b/u.test(t)) return 'noted';
  if (/\b(godkändes|godkänns|godkände|godkänner|beslöt|beslutade)\b|enligt förslaget|i enlighet med/u.test(t))
    return 'approved-as-proposed';
  return undefined;
}

export function makeDecision(text: string, proposals: readonly Proposal[], votes: readonly Vote[]): Decision {
  return { kind: decisionKind(text, proposals, votes), text };
}

/** Role from the words the minutes use (KL 107 §: the minutes record who attended and in which role). */
export function roleOf(text: string | undefined, member: boolean): AttendanceRole {
  const t = (text ?? '').toLowerCase().trim();
  if (/^(puheenjohtaja|chairman|pj\.?)$/.test(t)) return 'puheenjohtaja';
  if (/^(i+\.?\s*|\d\.\s*)?(varapuheenjohtaja|vicechairman|vpj\.?)$/.test(t)) return 'varapuheenjohtaja';
  if (/^varajäsen|^varalla|^deputy/.test(t)) return 'varajäsen';
  if (/^(sihteeri|pöytäkirjanpitäjä|secretary)$|,\s*sihteeri$/.test(t)) return 'sihteeri';
  if (/^esittelijä|^presenter/.test(t)) return 'esittelijä';
  if (/^asiantuntija|^expert/.test(t)) return 'asiantuntija';
  return member ? 'jäsen' : 'muu';
}

const NAME = "[A-ZÅÄÖ][\\p{L}'’-]+(?:\\s+[A-ZÅÄÖ][\\p{L}'’-]+){0,2}";

/** Esteellisyys declared in the proceedings: "X ilmoitti olevansa esteellinen" (HL 28 §, KL 97 §). */
export function findDisqualifications(paragraphs: readonly string[], names: NameResolver): Disqualification[] {
  const out: Disqualification[] = [];
  const re = new RegExp(
    `(${NAME})\\s+(?:ilmoitti\\s+olevansa\\s+esteellinen|ilmoitti\\s+esteellisyydestään|oli\\s+esteellinen|poistui\\s+[^.]*esteellisenä|jääväsi)`,
    'u',
  );
  for (const p of paragraphs) {
    const m = re.exec(p);
    if (m?.[1]) out.push({ name: names.resolve(m[1]) ?? m[1], text: p });
  }
  return out;
}

/** Eriävä mielipide in the proceedings: "X jätti eriävän mielipiteen" (KL 106 §). */
export function findDissents(paragraphs: readonly string[], names: NameResolver): Dissent[] {
  const out: Dissent[] = [];
  const re = new RegExp(`(${NAME})\\s+(?:jätti|ilmoitti)\\s+[^.]*eriävän\\s+mielipiteen`, 'u');
  for (const p of paragraphs) {
    if (!/eriävä/iu.test(p)) continue;
    const m = re.exec(p);
    const d: Dissent = { text: p };
    if (m?.[1]) d.name = names.resolve(m[1]) ?? m[1];
    out.push(d);
  }
  return out;
}

const CLOCK = '(\\d{1,2})[.:](\\d{2})';

/**
 * Arrivals and departures told in the proceedings: "X saapui kokoukseen klo 10.33", "X poistui
 * kokouksesta klo 17.40", "X oli poissa kokouksesta klo 10.42–10.48", "A ja B poistuivat kokouksesta
 * tämän pykälän käsittelyn aikana" (the minutes record attendance, KL 107 §).
 */
export function findAttendanceChanges(
  paragraphs: readonly string[],
  names: NameResolver,
  date: string,
  instant: (d: string, h: number, m: number) => string | undefined,
): AttendanceChange[] {
  const out: AttendanceChange[] = [];
  const re = new RegExp(
    `((?:${NAME})(?:\\s*,\\s*${NAME})*(?:\\s+ja\\s+${NAME})?)\\s+(saapui|saapuivat|poistui|poistuivat|oli\\s+poissa|olivat\\s+poissa)\\b((?:[^.]|\\.(?=\\d))*)`,
    'gu',
  );
  for (const p of paragraphs) {
    for (const m of p.matchAll(re)) {
      const verb = m[2] as string;
      const rest = m[3] ?? '';
      const change: AttendanceChange['change'] = /^saapui/u.test(verb)
        ? 'arrived'
        : /poissa/u.test(verb)
          ? 'absent'
          : 'left';
      const times = [...rest.matchAll(new RegExp(CLOCK, 'gu'))].map((t) =>
        date ? instant(date, Number(t[1]), Number(t[2])) : undefined,
      );
      const who = (m[1] as string).replace(/^(Merkitään|Merkittiin|Todettiin),?\s+(että\s+)?/u, '');
      for (const token of who.split(/\s*,\s*|\s+ja\s+/u)) {
        const name = names.resolve(token) ?? token;
        if (!/^\p{Lu}/u.test(name) || /^(Merkitään|Merkittiin|Todettiin|Puheenjohtaja)$/u.test(name)) continue;
        const c: AttendanceChange = { name, change, text: p };
        if (times[0]) c.at = times[0];
        if (change === 'absent' && times[1]) c.until = times[1];
        out.push(c);
      }
    }
  }
  return out;
}

/** Fill arrival and departure times of the meeting's attendance from the changes told in an item. */
export function applyAttendanceChanges(meeting: Meeting, changes: readonly AttendanceChange[]): void {
  for (const c of changes) {
    const a = meeting.attendance.find((x) => x.name === c.name);
    if (!a || !c.at) continue;
    if (c.change === 'arrived' && !a.arrivedAt) a.arrivedAt = c.at;
    if (c.change === 'left' && !a.leftAt) a.leftAt = c.at;
  }
}
