/**
 * Rendering of a minutes document (meeting-schema `Minutes`) as Markdown and as accessible HTML. Both are written
 * from one view (`minutesView`), so the two never differ in content: the front page, attendance, legality and
 * quorum once, each § (base proposal, proceedings, decision, dissents, a reference to its appeal instruction),
 * signatures, the checking, the availability online (KL 140 §) and the appendix of appeal instructions (KL 141 §).
 */
import type { AttendanceRecord, LocalizedRichText, Minutes, MinutesItem } from '@digikokous/meeting-schema';
import {
  dissentBasisLabels,
  meetingModeLabels,
  remedyKindLabels,
  signatureRoleLabels,
} from '@digikokous/meeting-schema/codes';
import { helsinkiDate } from '../calendar.js';
import {
  baseProposalSource,
  capitalise,
  fmtTime,
  phrasesFor,
  plainText,
  roleWord,
  type MinutesPerson,
} from '../minutes.js';
import type { MinutesLanguage, MinutesPhrases } from './phrases.js';

export interface RenderMinutesOptions {
  /** The language to render; defaults to the minutes' own `language`, then Finnish. */
  lang?: MinutesLanguage;
  /** People for titles (e.g. "kunnanjohtaja") and family-name order; the records' names are used otherwise. */
  people?: readonly MinutesPerson[];
  /** How an attendee without a seat is described, e.g. the council chair attending the executive. */
  attendeeRoles?: Readonly<Record<string, { fi: string; sv?: string }>>;
  /**
   * `public` (default): what the municipality publishes; a confidential § shows its public title, the secrecy
   * ground and the closed-session note only (KL 140 § 1 mom, JulkL 22 §). `internal`: the whole signed record.
   */
  audience?: 'public' | 'internal';
}

/** A run of text; `lang` is set only when it differs from the document's language (WCAG 3.1.2). */
interface Span {
  text: string;
  lang?: MinutesLanguage;
}
type VBlock =
  | { t: 'p'; s: Span[]; strong?: boolean }
  | { t: 'h3'; s: Span[]; id?: string }
  | { t: 'ul'; items: Span[][] }
  | { t: 'dl'; rows: [string, Span[]][] }
  | { t: 'table'; caption: string; head: [string, string]; rows: [string, Span[]][] }
  | { t: 'ref'; before: string; link: string; href: string; after: string };
interface VSection {
  id: string;
  heading: Span[];
  blocks: VBlock[];
}
interface View {
  lang: MinutesLanguage;
  title: string;
  header: VBlock[];
  sections: VSection[];
}

function minutesView(m: Minutes, options: RenderMinutesOptions): View {
  const lang: MinutesLanguage = options.lang ?? m.language ?? 'fi';
  const P: MinutesPhrases = phrasesFor(lang);
  const publicOnly = (options.audience ?? 'public') === 'public';
  const council = m.meeting.bodyKind === 'valtuusto';
  const people = new Map((options.people ?? []).map((p) => [p.id, p]));
  const records = new Map(m.attendance.map((a) => [a.personId, a]));
  const other = (has: boolean): MinutesLanguage | undefined => (lang === 'sv' && !has ? 'fi' : undefined);
  const span = (text: string, l?: MinutesLanguage): Span => (l ? { text, lang: l } : { text });
  const locSpan = (x: { fi: string; sv?: string } | undefined): Span =>
    x ? (lang === 'sv' ? span(x.sv ?? x.fi, other(x.sv !== undefined)) : span(x.fi)) : span('');
  const locRich = (x: LocalizedRichText | undefined, finnish: readonly number[] = []): Span[] => {
    if (!x) return [];
    if (lang === 'sv' && x.sv) return plainText(x.sv).map((t, i) => span(t, finnish.includes(i) ? 'fi' : undefined));
    return plainText(x.fi).map((t) => span(t, other(lang !== 'sv')));
  };
  const name = (id: string): string => {
    const p = people.get(id);
    return records.get(id)?.name ?? signatureNames.get(id) ?? (p ? `${p.givenName} ${p.familyName}` : id);
  };
  const roleOf = (id: string): string => {
    const a = records.get(id);
    const opts: Parameters<typeof roleWord>[3] = { isChair: id === m.chairId };
    const title = people.get(id)?.title;
    if (title) opts.title = title;
    const override = options.attendeeRoles?.[id];
    if (override) opts.override = override;
    return roleWord(P, council, a?.role, opts);
  };
  const sectionNumbers = new Map(m.items.map((i) => [i.itemId, i.sectionNumber]));
  const sectionOf = (itemId: string | undefined) => (itemId === undefined ? undefined : sectionNumbers.get(itemId));
  const signatureNames = new Map(m.signatures.map((s) => [s.personId, s.name]));
  const disqualifiedIn = new Map(
    m.items.map((i) => [i.itemId, new Set(i.disqualifications.filter((d) => d.disqualified).map((d) => d.personId))]),
  );
  const day = (instant: string) => P.date(helsinkiDate(instant));

  // ---- front page --------------------------------------------------------------------------------------------------
  const title = `${locSpan(m.meeting.bodyName).text.toUpperCase()} – ${P.h.minutes} ${m.meeting.number}/${m.meeting.year}`;
  const header: VBlock[] = [];
  if (m.municipalityName) header.push({ t: 'p', s: [locSpan(m.municipalityName)] });
  const facts: [string, Span[]][] = [
    [
      P.h.time,
      [span(`${day(m.meeting.startedAt)} ${P.h.at} ${fmtTime(m.meeting.startedAt)}–${fmtTime(m.meeting.endedAt)}`)],
    ],
  ];
  if (m.meeting.location) facts.push([P.h.place, [locSpan(m.meeting.location.name)]]);
  facts.push([P.h.mode, [span(meetingModeLabels[m.meeting.mode][lang])]]);
  if (m.chairId) facts.push([P.h.chair, [span(name(m.chairId))]]);
  if (m.secretaryId) facts.push([P.h.secretary, [span(name(m.secretaryId))]]);
  if (m.minutesCheckerIds.length) facts.push([P.h.checkers, [span(P.list(m.minutesCheckerIds.map(name)))]]);
  header.push({ t: 'dl', rows: facts });
  if (lang === 'sv' && m.translation && m.language === 'sv')
    header.push({ t: 'p', s: [span(P.translationNote(m.translation.complete))] });
  const hidden = (it: MinutesItem) => publicOnly && it.publicity.status === 'salassa-pidettava';
  const itemTitle = (it: MinutesItem): Span => locSpan(hidden(it) && it.publicTitle ? it.publicTitle : it.title);
  header.push({
    t: 'table',
    caption: P.h.items,
    head: [P.h.sectionColumn, P.h.titleColumn],
    rows: m.items.map((it) => [`§ ${it.sectionNumber}`, [itemTitle(it)]]),
  });

  // ---- attendance --------------------------------------------------------------------------------------------------
  const openedAt = Date.parse(m.legalityAndQuorum.statedAt ?? m.meeting.startedAt);
  const row = (a: AttendanceRecord): Span[] => {
    const notes: string[] = [];
    if (a.mode === 'etana') notes.push(P.h.remote);
    if (a.substituteFor !== undefined) notes.push(P.substituteFor(name(a.substituteFor), council));
    if (a.arrivedAt !== undefined && Date.parse(a.arrivedAt) > openedAt)
      notes.push(P.arrived(fmtTime(a.arrivedAt), sectionOf(a.arrivedDuringItemId)));
    if (a.votingRight && a.absentDuringItemIds.length > 0) {
      // Away for whole §§ between arriving and leaving, other than for a disqualification (minuted in the §): the
      // absences before a late arrival and after a departure are already said by "saapui" / "poistui".
      const absent = new Set(a.absentDuringItemIds);
      let lo = 0;
      let hi = m.items.length;
      if (a.arrivedAt !== undefined && Date.parse(a.arrivedAt) > openedAt)
        while (lo < hi && absent.has(m.items[lo]!.itemId)) lo++;
      if (a.leftAt !== undefined) while (hi > lo && absent.has(m.items[hi - 1]!.itemId)) hi--;
      const away = m.items
        .slice(lo, hi)
        .filter((i) => absent.has(i.itemId) && !disqualifiedIn.get(i.itemId)?.has(a.personId))
        .map((i) => i.sectionNumber);
      if (away.length > 0) notes.push(P.awayDuring(away));
    }
    if (a.leftAt !== undefined)
      notes.push(
        (a.leftCause === 'connection-lost' ? P.connectionLost : P.left)(
          fmtTime(a.leftAt),
          sectionOf(a.leftDuringItemId),
        ),
      );
    return [span(`${a.name}, ${roleOf(a.personId)}${notes.length ? ` (${notes.join(', ')})` : ''}`)];
  };
  const collator = new Intl.Collator(lang);
  const rank = (a: AttendanceRecord) =>
    a.personId === m.chairId || a.role === 'puheenjohtaja'
      ? 0
      : a.role === 'varapuheenjohtaja'
        ? 1
        : a.role === 'varajasen'
          ? 3
          : 2;
  const family = (a: AttendanceRecord) => {
    const p = people.get(a.personId);
    return p ? `${p.familyName} ${p.givenName}` : (a.name.split(' ').at(-1) ?? a.name);
  };
  const present = m.attendance
    .filter((a) => a.status === 'lasna' && a.votingRight)
    .sort((x, y) => rank(x) - rank(y) || collator.compare(family(x), family(y)));
  const absent = m.attendance.filter((a) => a.status === 'poissa');
  const others = m.attendance.filter((a) => a.status === 'lasna' && !a.votingRight);
  const sections: VSection[] = [];
  sections.push({ id: 'lasna', heading: [span(P.h.present)], blocks: [{ t: 'ul', items: present.map(row) }] });
  if (absent.length)
    sections.push({
      id: 'poissa',
      heading: [span(P.h.absent)],
      blocks: [{ t: 'ul', items: absent.map((a) => [span(`${a.name}, ${roleOf(a.personId)}`)]) }],
    });
  if (others.length)
    sections.push({ id: 'muut', heading: [span(P.h.others)], blocks: [{ t: 'ul', items: others.map(row) }] });
  const legality = locRich(m.legalityAndQuorum.text).map((s): VBlock => ({ t: 'p', s: [s] }));
  const legalityItem = m.legalityAndQuorum.itemId;
  if (legality.length && (legalityItem === undefined || !m.items.some((i) => i.itemId === legalityItem)))
    sections.push({ id: 'laillisuus', heading: [span(P.h.legality)], blocks: legality });

  // ---- the sections ------------------------------------------------------------------------------------------------
  const appendix = m.appealInstructions ?? [];
  const appendixIndex = new Map(appendix.map((a, i) => [a.id, i]));
  for (const it of m.items) {
    const blocks: VBlock[] = [];
    const p = it.publicity;
    if (p.status === 'salassa-pidettava' || p.status === 'osittain-salassa-pidettava')
      blocks.push({
        t: 'p',
        strong: true,
        s: [span(P.cite(p.marking ?? `SALASSA PIDETTÄVÄ ${p.bases.map((b) => b.citation).join(', ')}`))],
      });
    if (it.registerNumber) blocks.push({ t: 'p', s: [span(`${P.h.register} ${it.registerNumber}`)] });
    if (it.presenterId && !council) {
      const t = it.presenterId === m.chairId ? undefined : people.get(it.presenterId)?.title;
      const what = t ? locSpan(t).text : roleOf(it.presenterId);
      blocks.push({ t: 'p', s: [span(`${P.h.presenter}: ${name(it.presenterId)}, ${what}`)] });
    }
    if (it.closedSession) blocks.push({ t: 'p', s: [span(P.closedSession)] });
    if (hidden(it)) {
      const citations = p.status === 'salassa-pidettava' ? p.bases.map((b) => b.citation).join(', ') : '';
      blocks.push({ t: 'p', s: [span(P.confidentialMention(citations))] });
    } else {
      if (legalityItem === it.itemId) blocks.push(...legality);
      if (it.draftDecision) {
        blocks.push({ t: 'h3', s: [span(P.h.baseProposal(baseProposalSource(council, it.presenterId, m.chairId)))] });
        for (const s of locRich(it.draftDecision)) blocks.push({ t: 'p', s: [s] });
      }
      const proceedings = locRich(it.proceedings, it.proceedingsInOriginalLanguage ?? []);
      if (proceedings.length) {
        blocks.push({ t: 'h3', s: [span(P.h.proceedings)] });
        for (const s of proceedings) blocks.push({ t: 'p', s: [s] });
      }
      blocks.push({ t: 'h3', s: [span(P.h.decision)] });
      for (const s of locRich(it.decision.text)) blocks.push({ t: 'p', s: [s] });
      if (it.dissents.length) {
        blocks.push({ t: 'h3', s: [span(P.h.dissents)] });
        for (const d of it.dissents) {
          const reason = d.writtenReasons ? locSpan(d.writtenReasons) : undefined;
          const head = P.dissent(
            `${capitalise(roleOf(d.personId))} ${name(d.personId)}`.trim(),
            dissentBasisLabels[d.basis][lang],
          );
          blocks.push({
            t: 'p',
            s: reason ? [span(`${head} ${lang === 'fi' ? 'Perustelut' : 'Motivering'}: `), reason] : [span(head)],
          });
        }
      }
    }
    const ai = it.appealInstructionId === undefined ? -1 : (appendixIndex.get(it.appealInstructionId) ?? -1);
    if (ai >= 0) {
      const a = appendix[ai]!;
      const ref = P.appealRef(ai + 1, remedyKindLabels[a.kind][lang].toUpperCase());
      const heading = remedyKindLabels[a.kind][lang].toUpperCase();
      const at = ref.indexOf(heading);
      blocks.push({
        t: 'ref',
        before: ref.slice(0, at),
        link: heading,
        href: `#${a.id}`,
        after: ref.slice(at + heading.length),
      });
    }
    sections.push({
      id: `pykala-${it.sectionNumber}`,
      heading: [span(`§ ${it.sectionNumber} `), itemTitle(it)],
      blocks,
    });
  }

  // ---- signatures, checking, publication ---------------------------------------------------------------------------
  const roleLabel = (role: 'puheenjohtaja' | 'sihteeri' | 'poytakirjantarkastaja') =>
    capitalise(signatureRoleLabels[role][lang]);
  const signedRows = (role: 'puheenjohtaja' | 'sihteeri' | 'poytakirjantarkastaja', fallback: string[]) => {
    const sigs = m.signatures.filter((s) => s.role === role);
    if (sigs.length === 0)
      return fallback.length ? [[roleLabel(role), [span(P.list(fallback.map(name)))]] as [string, Span[]]] : [];
    return sigs.map((sig): [string, Span[]] => {
      const note =
        sig.method === 'sahkoinen'
          ? ` (${P.signedElectronically(sig.signedAt ? helsinkiDate(sig.signedAt) : undefined)})`
          : '';
      return [roleLabel(role), [span(`${sig.name}${note}`)]];
    });
  };
  const sigRows = [
    ...signedRows('puheenjohtaja', m.chairId ? [m.chairId] : []),
    ...signedRows('sihteeri', m.secretaryId ? [m.secretaryId] : []),
  ];
  if (sigRows.length)
    sections.push({ id: 'allekirjoitukset', heading: [span(P.h.signatures)], blocks: [{ t: 'dl', rows: sigRows }] });
  const checkerRows = signedRows('poytakirjantarkastaja', m.minutesCheckerIds);
  if (m.checkedOn || checkerRows.length) {
    const blocks: VBlock[] = [];
    if (m.checkedOn) {
      const place = m.checkedAt ? locSpan(m.checkedAt).text : undefined;
      blocks.push({ t: 'p', s: [span(P.checked(place, m.checkedOn))] }, { t: 'p', s: [span(P.checkersApproval)] });
    }
    if (checkerRows.length) blocks.push({ t: 'dl', rows: checkerRows });
    sections.push({ id: 'tarkastus', heading: [span(P.h.checking)], blocks });
  }
  if (m.publication) {
    const on = helsinkiDate(m.publication.publishedAt);
    sections.push({
      id: 'nahtavana',
      heading: [span(P.h.publication)],
      blocks: [
        { t: 'p', s: [span(P.published(on))] },
        { t: 'p', s: [span(P.personalDataRemoved(m.publication.personalDataUntil))] },
      ],
    });
  }

  // ---- appendix: appeal instructions -------------------------------------------------------------------------------
  if (appendix.length) {
    const blocks: VBlock[] = [];
    appendix.forEach((a, i) => {
      blocks.push({ t: 'h3', id: a.id, s: [span(`${i + 1}. ${remedyKindLabels[a.kind][lang].toUpperCase()}`)] });
      blocks.push({ t: 'p', s: [span(P.appendixCovers(a.sectionNumbers))] });
      for (const s of locRich(a.text)) blocks.push({ t: 'p', s: [s] });
    });
    sections.push({ id: 'liite-muutoksenhaku', heading: [span(P.h.appendix)], blocks });
  }
  return { lang, title, header, sections };
}

// ---- Markdown ------------------------------------------------------------------------------------------------------

/**
 * Renders a minutes document as Markdown for review, printing or conversion. Passages kept in Finnish in Swedish
 * minutes are followed by "_(endast på finska)_" (Markdown has no language attribute).
 */
export function renderMinutes(m: Minutes, options: RenderMinutesOptions = {}): string {
  const v = minutesView(m, options);
  const P = phrasesFor(v.lang);
  const md = (spans: readonly Span[]) =>
    spans.map((s) => (s.lang && s.lang !== v.lang ? `${s.text} _(${P.h.untranslatedMark})_` : s.text)).join('');
  const out: string[] = [];
  const block = (b: VBlock) => {
    switch (b.t) {
      case 'p': {
        const text = md(b.s);
        if (text) out.push(b.strong ? `**${text}**` : text, '');
        break;
      }
      case 'h3':
        out.push(`### ${md(b.s)}`, '');
        break;
      case 'ul':
        out.push(...b.items.map((i) => `- ${md(i)}`), '');
        break;
      case 'dl':
        out.push(...b.rows.map(([k, val], i) => `**${k}:** ${md(val)}${i < b.rows.length - 1 ? '  ' : ''}`), '');
        break;
      case 'table':
        out.push(`**${b.caption}**`, '', `| ${b.head[0]} | ${b.head[1]} |`, '| --- | --- |');
        out.push(...b.rows.map(([k, val]) => `| ${k} | ${md(val).replace(/\|/g, '\\|')} |`), '');
        break;
      case 'ref':
        out.push(`${b.before}[${b.link}](${b.href})${b.after}`, '');
        break;
    }
  };
  out.push(`# ${v.title}`, '');
  v.header.forEach(block);
  for (const s of v.sections) {
    out.push(`## ${md(s.heading)}`, '');
    s.blocks.forEach(block);
  }
  // Blocks never push empty lines of their own, so no blank-line collapsing pass over the whole text is needed.
  return `${out.join('\n').trimEnd()}\n`;
}

// ---- HTML ----------------------------------------------------------------------------------------------------------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/**
 * Renders a minutes document as the HTML a municipality publishes: a complete document (or, with `fragment`, the
 * `<article>` alone) with native semantics: one `h1`, an `h2` per part and §, `h3` inside; attendance as lists; the
 * front-page facts as a description list; the items as a table with a caption and column headers; the appeal
 * reference of each § as a link to its instruction in the appendix; `lang` on every passage in another language.
 * All text is escaped; no script, no inline event handlers.
 */
export function renderMinutesHtml(m: Minutes, options: RenderMinutesOptions & { fragment?: boolean } = {}): string {
  const v = minutesView(m, options);
  const spans = (xs: readonly Span[]) =>
    xs
      .map((s) => (s.lang && s.lang !== v.lang ? `<span lang="${s.lang}">${esc(s.text)}</span>` : esc(s.text)))
      .join('');
  const out: string[] = [];
  const block = (b: VBlock) => {
    switch (b.t) {
      case 'p':
        if (b.s.length === 1 && b.s[0]!.lang && b.s[0]!.lang !== v.lang)
          out.push(
            `<p lang="${b.s[0]!.lang}">${b.strong ? '<strong>' : ''}${esc(b.s[0]!.text)}${b.strong ? '</strong>' : ''}</p>`,
          );
        else out.push(`<p>${b.strong ? `<strong>${spans(b.s)}</strong>` : spans(b.s)}</p>`);
        break;
      case 'h3':
        out.push(`<h3${b.id ? ` id="${esc(b.id)}"` : ''}>${spans(b.s)}</h3>`);
        break;
      case 'ul':
        out.push('<ul>', ...b.items.map((i) => `<li>${spans(i)}</li>`), '</ul>');
        break;
      case 'dl':
        out.push('<dl>', ...b.rows.map(([k, val]) => `<div><dt>${esc(k)}</dt><dd>${spans(val)}</dd></div>`), '</dl>');
        break;
      case 'table':
        out.push(
          '<table>',
          `<caption>${esc(b.caption)}</caption>`,
          `<thead><tr><th scope="col">${esc(b.head[0])}</th><th scope="col">${esc(b.head[1])}</th></tr></thead>`,
          '<tbody>',
          ...b.rows.map(([k, val]) => `<tr><th scope="row">${esc(k)}</th><td>${spans(val)}</td></tr>`),
          '</tbody>',
          '</table>',
        );
        break;
      case 'ref':
        out.push(`<p>${esc(b.before)}<a href="${esc(b.href)}">${esc(b.link)}</a>${esc(b.after)}</p>`);
        break;
    }
  };
  out.push(`<article class="dk-minutes" lang="${v.lang}" aria-labelledby="poytakirja-otsikko">`, '<header>');
  out.push(`<h1 id="poytakirja-otsikko">${esc(v.title)}</h1>`);
  v.header.forEach(block);
  out.push('</header>');
  for (const s of v.sections) {
    out.push(`<section aria-labelledby="${s.id}-otsikko">`, `<h2 id="${s.id}-otsikko">${spans(s.heading)}</h2>`);
    s.blocks.forEach(block);
    out.push('</section>');
  }
  out.push('</article>');
  const article = out.join('\n');
  if (options.fragment) return `${article}\n`;
  return [
    '<!doctype html>',
    `<html lang="${v.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(v.title)}</title>`,
    '<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;color:#111;background:#fff}',
    'dl div{display:flex;gap:.5rem}dt{font-weight:600}dt::after{content:":"}dd{margin:0}',
    'table{border-collapse:collapse}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:left}a{color:#0645ad}</style>',
    '</head>',
    '<body>',
    '<main>',
    article,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
