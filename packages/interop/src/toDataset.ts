import {
  attachmentMediaTypes,
  bodyKinds,
  HttpsUrlSchema,
  IsoDateSchema,
  type AttendanceRecord,
  type BodyKind as MsBodyKind,
  type Decision as MsDecision,
  type Person as MsPerson,
  type Proposal as MsProposal,
} from '@digikokous/meeting-schema';
import type {
  DatasetAgendaItem,
  DatasetAttachment,
  DatasetBody,
  DatasetCase,
  DatasetCollection,
  DatasetDisqualification,
  DatasetDissent,
  DatasetMeeting,
  DatasetMembership,
  DatasetProvenance,
  DatasetVote,
  DatasetWarning,
  MeetingDataset,
} from './dataset.js';
import { MEETING_DATASET_FORMAT } from './dataset.js';
import { hostile, slug } from './input.js';
import { DECISION_KIND, idOf, PROPOSAL_KIND, richText, ROLE } from './meetingSchema.js';
import type { AgendaItem, InteropDocument, Meeting, Provenance, Section, SourceSystem } from './model.js';

/** Sections that have a meeting-schema field; every other section is kept as an `unmapped-text` warning. */
const MAPPED_SECTIONS = new Set<Section['kind']>(['background', 'draftDecision', 'decision']);
const MEMBER_ROLES = new Set(['puheenjohtaja', 'varapuheenjohtaja', 'jasen', 'varajasen']);
const TASK_CLASS = /^\d{2}(\.\d{2}){0,3}$/;
const REGISTER_NUMBER = /^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö./:_ -]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * Project an interop document onto the meeting-schema dataset. Nothing is invented: a fact the
 * source does not publish is left out (the relaxed fields of {@link MeetingDataset}), and text with
 * no meeting-schema field is kept as an `unmapped-text` warning with its location.
 */
export function toMeetingDataset(doc: InteropDocument): MeetingDataset {
  const system = doc.system;
  const warnings: DatasetWarning[] = doc.warnings.map((w) => ({ ...w }));
  const provenance: DatasetProvenance[] = [];
  const files = new Set<string>();
  const prov = (collection: DatasetCollection, id: string, p: Provenance): void => {
    // A record that came from a dataset without provenance (fromMeetingDataset) gets none back.
    if (p.system === 'meeting-schema') return;
    files.add(p.file);
    provenance.push({
      collection,
      id,
      system: p.system,
      file: p.file,
      ...(p.sourceId ? { sourceId: p.sourceId } : {}),
      ...(p.url ? { url: p.url } : {}),
    });
  };
  const unmapped = (p: Provenance, location: string, text: string, fi: string, en: string): void => {
    if (text.trim()) warnings.push({ code: 'unmapped-text', file: p.file, location, message: { fi, en }, text });
  };
  /** One line of meeting-schema short text; a longer original is kept whole in a warning. */
  const short = (text: string, p: Provenance, location: string): string => {
    const line = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
    if (line.length <= 1000) return line;
    unmapped(p, location, text, 'Teksti lyhennettiin 1 000 merkkiin.', 'The text was shortened to 1,000 characters.');
    return line.slice(0, 999) + '…';
  };

  // People: the import's persons, plus anyone named in the proceedings who is not on a list.
  const people = new Map<string, MsPerson>();
  const idByName = new Map<string, string>();
  const personProv = new Map<string, Provenance>();
  const addPerson = (id: string, name: string, title?: string): string => {
    const pid = idOf(id);
    if (!people.has(pid)) {
      const clean = name.replace(CONTROL, ' ').replace(/\s+/g, ' ').slice(0, 1000).trim() || pid;
      const words = clean.split(' ');
      const person: MsPerson = {
        id: pid,
        givenName: words.slice(0, -1).join(' ') || clean,
        familyName: words[words.length - 1] ?? clean,
      };
      const t = title?.replace(CONTROL, ' ').trim().slice(0, 1000);
      if (t) person.title = { fi: t };
      people.set(pid, person);
    }
    idByName.set(name, pid);
    return pid;
  };
  for (const p of doc.persons) addPerson(p.id, p.name, p.titles[0]);
  const personOf = (name: string | undefined, p: Provenance): string | undefined => {
    const n = name?.trim();
    if (!n) return undefined;
    const id = idByName.get(n) ?? addPerson(`person-${slug(n)}`, n);
    if (!personProv.has(id)) personProv.set(id, p);
    return id;
  };

  const bodies: DatasetBody[] = doc.bodies.map((b) => {
    const id = idOf(b.id);
    // A body listed without a name is known by its id only.
    const body: DatasetBody = { id, name: { fi: short(b.name.fi, b.provenance[0] ?? fallback(system), b.id) || id } };
    const sv = b.name.sv ? short(b.name.sv, b.provenance[0] ?? fallback(system), b.id) : '';
    if (sv) body.name.sv = sv;
    if ((bodyKinds as readonly string[]).includes(b.kind)) body.kind = b.kind as MsBodyKind;
    for (const p of b.provenance) prov('bodies', body.id, p);
    return body;
  });
  const bodyIds = new Set(bodies.map((b) => b.id));

  const meetings: DatasetMeeting[] = [];
  const attendance: MeetingDataset['attendance'] = [];
  const memberships = new Map<string, DatasetMembership>();
  const cases = new Map<string, DatasetCase>();
  const proposals: MsProposal[] = [];
  const votes: DatasetVote[] = [];
  const decisions: MsDecision[] = [];
  const disqualifications: DatasetDisqualification[] = [];
  const dissents: DatasetDissent[] = [];

  for (const m of doc.meetings) {
    const meetingId = idOf(m.id);
    const bodyId = idOf(m.bodyId);
    if (!bodyIds.has(bodyId)) {
      // The meeting names a body the body list did not publish: the body is known by its id only.
      bodies.push({ id: bodyId, name: { fi: bodyId } });
      bodyIds.add(bodyId);
      prov('bodies', bodyId, m.provenance);
    }
    const meeting: DatasetMeeting = {
      id: meetingId,
      bodyId,
      // Read from the public minutes or agenda: that document has been published.
      state: m.document === 'minutes' ? 'poytakirja-julkaistu' : 'esityslista-julkaistu',
      items: [],
    };
    if (IsoDateSchema.safeParse(m.date).success) meeting.year = Number(m.date.slice(0, 4));
    const num = /^(\d{1,3})(?:\/\d{4})?$/.exec(m.number?.trim() ?? '');
    if (num && Number(num[1]) >= 1) meeting.number = Number(num[1]);
    else if (m.number)
      unmapped(
        m.provenance,
        `${m.id} › number`,
        m.number,
        'Kokouksen numero ei ole kokonaisluku.',
        'The meeting number is not an integer.',
      );
    if (m.name.trim()) meeting.title = { fi: short(m.name, m.provenance, `${m.id} › name`) };
    if (m.start) meeting.startsAt = m.start;
    if (m.start && m.end && Date.parse(m.end) >= Date.parse(m.start)) meeting.endsAt = m.end;
    else if (m.end)
      unmapped(
        m.provenance,
        `${m.id} › end`,
        m.end,
        'Kokouksen päättymisaika ilman alkua.',
        'The end of a meeting without its start.',
      );
    if (m.location?.trim()) meeting.location = { name: { fi: short(m.location, m.provenance, `${m.id} › location`) } };
    // Facts of the minutes with no meeting-schema field in a dataset: kept, with their location.
    const facts: [string, unknown, string, string][] = [
      [
        'absent',
        m.absent,
        'Läsnäololistan merkitsemättömät (poissa).',
        'Entries of the attendance list not marked present (absent).',
      ],
      ['signatures', m.signatures, 'Pöytäkirjan allekirjoitukset.', 'The signatures of the minutes.'],
      ['checkers', m.checkers, 'Pöytäkirjan tarkastajat.', 'The checkers of the minutes.'],
      ['publishedOn', m.publishedOn, 'Pöytäkirjan julkaisupäivä.', 'The day the minutes go online.'],
      ['certifiedBy', m.certifiedBy, 'Otteen oikeaksi todistaja.', 'Who certified the copy.'],
      ['appeal', m.appeal, 'Kokouksen muutoksenhakuohjeet.', 'The appeal instructions of the meeting.'],
    ];
    for (const [key, value, fi, en] of facts)
      if (value !== undefined && !(Array.isArray(value) && value.length === 0))
        unmapped(m.provenance, `${m.id} › ${key}`, typeof value === 'string' ? value : JSON.stringify(value), fi, en);
    prov('meetings', meetingId, m.provenance);

    if (m.attendance.length > 0) {
      const records: AttendanceRecord[] = m.attendance.map((a) => {
        const personId = personOf(a.name, m.provenance) ?? idOf(a.personId);
        const r: AttendanceRecord = {
          personId,
          name: short(a.name, m.provenance, `${m.id} › attendance`) || personId,
          role: ROLE[a.role],
          votingRight: a.group === 'member' && a.role !== 'sihteeri',
          status: 'lasna',
          absentDuringItemIds: [],
        };
        if (a.arrivedAt) r.arrivedAt = a.arrivedAt;
        if (a.leftAt) r.leftAt = a.leftAt;
        if (a.note)
          unmapped(
            m.provenance,
            `${m.id} › attendance › ${a.name}`,
            a.note,
            'Läsnäolon huomautus.',
            'Attendance note.',
          );
        if (a.group === 'member' && MEMBER_ROLES.has(r.role)) {
          const id = idOf(`${bodyId}-${personId}-${r.role}`);
          if (!memberships.has(id)) {
            memberships.set(id, { id, personId, bodyId, role: r.role, votingRight: true });
            prov('memberships', id, m.provenance);
          }
        }
        return r;
      });
      attendance.push({ meetingId, records });
      prov('attendance', meetingId, m.provenance);
    }
    m.files.forEach((f, i) =>
      unmapped(
        f.provenance,
        `${m.id} › files[${i}]`,
        [f.name, f.url].filter(Boolean).join('\n'),
        'Kokouksen asiakirjalle ei ole kenttää.',
        'A whole-meeting document has no field.',
      ),
    );

    const sectionsSeen = new Set<number>();
    for (const it of m.items) meeting.items.push(item(m, it, meetingId, bodyId, sectionsSeen));
    meetings.push(meeting);
  }

  function item(
    m: Meeting,
    it: AgendaItem,
    meetingId: string,
    bodyId: string,
    sectionsSeen: Set<number>,
  ): DatasetAgendaItem {
    const p = it.provenance;
    const itemId = idOf(it.id);
    const where = (s: string): string => `${it.id} › ${s}`;
    const out: DatasetAgendaItem = {
      id: itemId,
      order: it.order + 1,
      title: { fi: short(it.title.fi, p, where('title')) || '–' },
      preparerIds: [],
      attachments: [],
      additional: it.additional === true,
    };
    const sv = it.title.sv ? short(it.title.sv, p, where('title')) : '';
    if (sv) out.title.sv = sv;
    const sec = /^\d{1,4}$/.test(it.number?.trim() ?? '') ? Number(it.number) : undefined;
    if (sec !== undefined && sec >= 1 && !sectionsSeen.has(sec)) {
      out.sectionNumber = sec;
      sectionsSeen.add(sec);
    } else if (it.number)
      unmapped(
        p,
        where('number'),
        it.number,
        'Pykälänumero ei ole yksikäsitteinen kokonaisluku.',
        'The § number is not a unique integer.',
      );
    const registerNumber = it.caseRef ? short(it.caseRef, p, where('caseRef')) : '';
    if (registerNumber) out.registerNumber = registerNumber;
    // The presenter is often written with a title ("Kaupunginjohtaja Jukka Mäkelä"): only a known
    // person's name at the end of the line is taken as the person; otherwise the line is kept as text.
    const presenter = it.presenter?.trim();
    if (presenter) {
      const known = [...idByName].find(([n]) => presenter === n || presenter.endsWith(` ${n}`));
      if (known) out.presenterId = known[1];
      else
        unmapped(
          p,
          where('presenter'),
          presenter,
          'Esittelijä ei ole tunnettu henkilö.',
          'The presenter is not a known person.',
        );
    }
    for (const name of it.preparers) {
      const id = idByName.get(name.trim());
      if (id) out.preparerIds.push(id);
      else
        unmapped(
          p,
          where('preparers'),
          name,
          'Valmistelija ei ole tunnettu henkilö.',
          'The preparer is not a known person.',
        );
    }
    const bg = it.sections
      .filter((s) => s.kind === 'background')
      .map((s) => s.text)
      .join('\n\n');
    if (bg.trim()) out.background = richText(bg);
    const draft = it.sections
      .filter((s) => s.kind === 'draftDecision')
      .map((s) => s.text)
      .join('\n\n');
    if (draft.trim()) out.draftDecision = richText(draft);
    // A decision section is kept only through the decision record; one whose text the record does not hold (a
    // second Päätös section, e.g. of an earlier handling in Tweb) comes back as a warning instead of vanishing.
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    const decided = it.decision && it.decision.kind !== 'unknown' ? squash(it.decision.text) : undefined;
    for (const s of it.sections)
      if (
        !MAPPED_SECTIONS.has(s.kind) ||
        (s.kind === 'decision' && (decided === undefined || !decided.includes(squash(s.text))))
      )
        unmapped(
          p,
          where(s.title || s.kind),
          s.text,
          `Osiolle "${s.title}" ei ole meeting-schema-kenttää.`,
          `The section "${s.title}" has no meeting-schema field.`,
        );
    it.attachments.forEach((a, i) => {
      const att: DatasetAttachment = {
        id: idOf(`${itemId}-a${i + 1}`),
        name: { fi: short(a.name, a.provenance, where('attachments')) || '–' },
      };
      const mt = a.mediaType?.toLowerCase();
      if (mt && (attachmentMediaTypes as readonly string[]).includes(mt))
        att.mediaType = mt as DatasetAttachment['mediaType'];
      if (a.url && HttpsUrlSchema.safeParse(a.url).success) att.url = a.url;
      else if (a.url)
        unmapped(
          a.provenance,
          where(`attachments › ${a.name}`),
          a.url,
          'Liitteen osoite ei ole https-osoite.',
          'The attachment link is not an https URL.',
        );
      out.attachments.push(att);
      prov('agendaItems', att.id, a.provenance);
    });
    prov('agendaItems', itemId, p);
    if (it.caseRef && REGISTER_NUMBER.test(it.caseRef) && it.caseRef.length >= 3 && it.caseRef.length <= 64) {
      const caseId = idOf(`case-${slug(it.caseRef)}`);
      let c = cases.get(caseId);
      if (!c) {
        c = { id: caseId, registerNumber: it.caseRef, title: out.title, handlings: [] };
        if (it.classification && TASK_CLASS.test(it.classification)) c.taskClassification = it.classification;
        cases.set(caseId, c);
        prov('cases', caseId, p);
      }
      if (IsoDateSchema.safeParse(m.date).success)
        c.handlings.push({
          meetingId,
          itemId,
          bodyId,
          date: m.date,
          ...(out.sectionNumber ? { sectionNumber: out.sectionNumber } : {}),
        });
      out.caseId = caseId;
    }

    // Proposals: the päätösehdotus is the base proposal (pohjaehdotus), then those of the proceedings.
    const baseId = idOf(`${itemId}-base`);
    const proposalIdOf = new Map<string, string>();
    if (draft.trim()) {
      proposals.push({
        id: baseId,
        itemId,
        kind: 'pohjaehdotus',
        seconderIds: [],
        text: { fi: draft.slice(0, 100_000) },
      });
      prov('proposals', baseId, p);
    }
    for (const pr of it.proposals) {
      const text = (pr.text ?? pr.label ?? '').trim();
      const proposerId = personOf(pr.proposer, p);
      if (!proposerId || !text) {
        unmapped(
          p,
          where(pr.label ?? pr.id),
          [pr.proposer, pr.label, pr.text].filter(Boolean).join(': '),
          'Ehdotukselta puuttuu tekijä tai teksti.',
          'The proposal has no proposer or no text.',
        );
        continue;
      }
      const seconderIds = [
        ...new Set(pr.seconders.map((s) => personOf(s, p)).filter((s): s is string => !!s && s !== proposerId)),
      ];
      const id = idOf(pr.id);
      proposalIdOf.set(pr.id, id);
      proposals.push({
        id,
        itemId,
        kind: PROPOSAL_KIND[pr.kind],
        proposerId,
        seconderIds,
        text: { fi: text.slice(0, 100_000) },
        ...(pr.status === 'withdrawn' ? { withdrawn: true } : {}),
      });
      prov('proposals', id, p);
    }

    const voteIds: string[] = [];
    for (const v of it.votes) {
      const id = idOf(v.id);
      const tie = v.counts.jaa === v.counts.ei;
      const vote: DatasetVote = {
        id,
        itemId,
        ballots: [],
        counts: { jaa: v.counts.jaa, ei: v.counts.ei },
      };
      if (v.counts.tyhjä !== undefined) vote.counts.tyhja = v.counts.tyhjä;
      if (v.counts.poissa !== undefined) vote.counts.poissa = v.counts.poissa;
      // KL 104 §: without a tie the side with more votes won; on a tie only the minutes can tell.
      if (!tie) {
        vote.result = v.counts.jaa > v.counts.ei ? 'jaa' : 'ei';
        vote.castingVote = false;
      } else if (v.castingVote === 'chair') vote.castingVote = true;
      const voted = v.proposalId ? proposalIdOf.get(v.proposalId) : undefined;
      if (voted)
        vote.winningProposalId =
          v.result === 'approved' ? voted : proposals.some((x) => x.id === baseId) ? baseId : undefined;
      if (vote.winningProposalId === undefined) delete vote.winningProposalId;
      if (v.ballots?.length) {
        const absent: string[] = [];
        for (const b of v.ballots) {
          const personId = personOf(b.name, p);
          if (!personId) continue;
          if (b.option === 'poissa') absent.push(personId);
          else if (!vote.ballots.some((x) => x.personId === personId))
            vote.ballots.push({ personId, option: b.option === 'tyhjä' ? 'tyhja' : b.option });
        }
        vote.absentIds = absent;
      }
      unmapped(
        p,
        where(`vote ${v.id}`),
        [v.question, v.text].filter(Boolean).join('\n'),
        'Äänestyksen sanamuoto (kumpi ehdotus oli jaa) ei ole tunnisteina.',
        'The wording of the vote (which proposal was jaa) is not given as ids.',
      );
      votes.push(vote);
      voteIds.push(id);
      prov('votes', id, p);
    }

    if (it.decision && it.decision.kind !== 'unknown' && it.decision.text.trim()) {
      const id = idOf(`${itemId}-decision`);
      decisions.push({
        id,
        itemId,
        kind: DECISION_KIND[it.decision.kind],
        text: richText(it.decision.text),
        ...(voteIds.length ? { voteIds } : {}),
      });
      prov('decisions', id, p);
    } else if (it.decision?.text.trim() && !it.sections.some((s) => s.kind === 'decision'))
      unmapped(
        p,
        where('decision'),
        it.decision.text,
        'Päätöksen lajia ei tunnistettu.',
        'The kind of decision was not recognised.',
      );

    it.disqualifications.forEach((d, i) => {
      const personId = personOf(d.name, p);
      if (!personId)
        return unmapped(
          p,
          where('disqualification'),
          d.text,
          'Esteellisyys ilman nimeä.',
          'A disqualification without a name.',
        );
      const id = idOf(`${itemId}-disq${i + 1}`);
      const rec: DatasetDisqualification = { id, itemId, personId };
      if (d.text.trim()) rec.reason = { fi: short(d.text, p, where('disqualification')) };
      disqualifications.push(rec);
      prov('disqualifications', id, p);
    });
    it.dissents.forEach((d, i) => {
      const personId = personOf(d.name, p);
      if (!personId)
        return unmapped(p, where('dissent'), d.text, 'Eriävä mielipide ilman nimeä.', 'A dissent without a name.');
      const id = idOf(`${itemId}-dissent${i + 1}`);
      const rec: DatasetDissent = { id, itemId, personId };
      if (d.text.trim()) rec.writtenReasons = { fi: d.text.slice(0, 100_000) };
      dissents.push(rec);
      prov('dissents', id, p);
    });
    it.history.forEach((h, i) =>
      unmapped(
        p,
        where(`history[${i}]`),
        [h.text, ...h.sections.map((s) => s.text)].join('\n\n'),
        'Aiempi käsittely.',
        'An earlier handling.',
      ),
    );
    return out;
  }

  for (const [id, p] of personProv) prov('people', id, p);
  for (const person of people.values())
    if (!personProv.has(person.id)) {
      const first = doc.meetings.find((m) => m.attendance.some((a) => idOf(a.personId) === person.id));
      if (first) prov('people', person.id, first.provenance);
    }

  return fitLimits({
    format: MEETING_DATASET_FORMAT,
    schemaVersion: '1.0',
    source: { system, importer: '@digikokous/interop', files: [...files].sort() },
    bodies,
    people: [...people.values()],
    memberships: [...memberships.values()],
    cases: [...cases.values()],
    meetings,
    attendance,
    proposals,
    votes,
    decisions,
    disqualifications,
    dissents,
    provenance,
    warnings,
  });
}

/** The dataset's limits on file names, ids in provenance, locations and messages (see dataset.ts). */
const NAME_LIMIT = 2_000;
const MESSAGE_LIMIT = 10_000;

/**
 * Make the dataset fit the limits `parseMeetingDataset` checks, so that every file `import` writes
 * is accepted by `export`: a longer file name, source id, URL, location or message is shortened in
 * place (its start and end kept, joined by "…") and kept whole in an `unmapped-text` warning.
 */
function fitLimits(ds: MeetingDataset): MeetingDataset {
  const kept = new Set<string>();
  const extra: DatasetWarning[] = [];
  const fit = (value: string, max: number, what: string): string => {
    if (value.length <= max) return value;
    const cut = `${value.slice(0, Math.floor(max / 2) - 1)}…${value.slice(value.length - Math.floor(max / 2) + 1)}`;
    if (!kept.has(value)) {
      kept.add(value);
      extra.push({
        code: 'unmapped-text',
        file: fit(value.slice(0, max), max, what),
        location: what,
        message: {
          fi: `Liian pitkä arvo (${value.length} merkkiä) lyhennettiin; koko arvo on tässä.`,
          en: `A value too long (${value.length} characters) was shortened; the whole value is here.`,
        },
        text: value,
      });
    }
    return cut;
  };
  ds.source.files = [...new Set(ds.source.files.map((f) => fit(f, NAME_LIMIT, 'source › files')))];
  for (const p of ds.provenance) {
    p.file = fit(p.file, NAME_LIMIT, 'provenance › file');
    if (p.sourceId !== undefined) p.sourceId = fit(p.sourceId, NAME_LIMIT, 'provenance › sourceId');
    if (p.url !== undefined) p.url = fit(p.url, NAME_LIMIT, 'provenance › url');
  }
  for (const w of ds.warnings) {
    w.file = fit(w.file, NAME_LIMIT, 'warning › file');
    w.location = fit(w.location, NAME_LIMIT, 'warning › location');
    w.message = {
      fi: fit(w.message.fi, MESSAGE_LIMIT, 'warning › message'),
      en: fit(w.message.en, MESSAGE_LIMIT, 'warning › message'),
    };
  }
  ds.warnings.push(...extra);
  return ds;
}

function fallback(system: InteropDocument['system']): Provenance {
  return { system, file: '' };
}

/** What an importer returns: the interop document the exporters read, plus its meeting-schema dataset. */
export interface InteropImport extends InteropDocument {
  /** The same import as meeting-schema records (see {@link MeetingDataset}). */
  dataset: MeetingDataset;
}

/** @internal Attach the dataset to an importer's document. */
/**
 * Run an importer so that it never throws: anything a hostile value raises (a Proxy trap, a throwing
 * getter) that the importer's own per-file guards did not contain becomes an `invalid-value` warning
 * of an otherwise empty import.
 */
export function guardImport(system: SourceSystem, run: () => InteropImport): InteropImport {
  try {
    return run();
  } catch (e) {
    return emptyImport(system, e);
  }
}

/** {@link guardImport} for the asynchronous importers. */
export async function guardImportAsync(
  system: SourceSystem,
  run: () => Promise<InteropImport>,
): Promise<InteropImport> {
  try {
    return await run();
  } catch (e) {
    return emptyImport(system, e);
  }
}

function emptyImport(system: SourceSystem, e: unknown): InteropImport {
  return withDataset({
    format: 'digikokous-interop',
    version: 1,
    system,
    bodies: [],
    persons: [],
    meetings: [],
    warnings: [hostile('', e)],
  });
}

export function withDataset(doc: InteropDocument): InteropImport {
  return Object.assign(doc, { dataset: toMeetingDataset(doc) });
}
