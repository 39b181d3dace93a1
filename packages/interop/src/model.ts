/**
 * The document the importers produce and the exporters read.
 *
 * It follows the meeting-schema issue (bodies, people, meetings, agenda items with sections,
 * proposals with seconders, votes, decisions, disqualifications, dissents, attendance with times).
 * It is the exporters' input and keeps every section verbatim; every record carries `provenance`.
 * The same import as meeting-schema records is the `MeetingDataset` each importer returns in
 * `dataset` (see `dataset.ts`).
 */

/** Localised text; `fi` is always present because every source system publishes Finnish. */
export interface LocalizedText {
  fi: string;
  sv?: string;
  en?: string;
  se?: string;
}

export type SourceSystem = 'dynasty' | 'tweb' | 'casem';

/**
 * The origin named in a record's provenance: a source system, or `meeting-schema` for a record read
 * by `fromMeetingDataset` from a dataset that gave it no provenance (`sourceId` is then its dataset id).
 */
export type ProvenanceSystem = SourceSystem | 'meeting-schema';

/** Where a record came from: the system, the file it was read from and the id or URL it had there. */
export interface Provenance {
  system: ProvenanceSystem;
  file: string;
  sourceId?: string;
  url?: string;
}

/** A bilingual message, as every error and warning of the kit. */
export interface Message {
  fi: string;
  en: string;
}

/** Text or a file that could not be placed: kept with its location, never dropped. */
export interface ImportWarning {
  code:
    | 'unrecognised-file'
    | 'unparsed-file'
    | 'unplaced-text'
    | 'unresolved-name'
    | 'missing-linked-file'
    | 'invalid-json'
    | 'invalid-value'
    /** Text or data with no field on the other side of a conversion (dataset ↔ interop view). */
    | 'unmapped-text'
    /** Text extracted garbled (a broken font map in a PDF): kept as extracted. */
    | 'garbled-text'
    /** The encoding the bytes declare differs from the one they are valid in. */
    | 'encoding-mismatch';
  file: string;
  /** Where in the file: a section, a property name or a JSON path. */
  location: string;
  message: Message;
  /** The text that could not be placed, whole. */
  text?: string;
  /** Size in bytes of an unparsed file. */
  size?: number;
}

export type BodyKind =
  | 'valtuusto'
  | 'hallitus'
  | 'lautakunta'
  | 'jaosto'
  | 'johtokunta'
  | 'tarkastuslautakunta'
  | 'toimikunta'
  | 'viranhaltija'
  | 'muu';

/** A toimielin (KL 30 §). */
export interface Body {
  id: string;
  name: LocalizedText;
  kind: BodyKind;
  provenance: Provenance[];
}

export interface Person {
  id: string;
  name: string;
  /** Titles seen in the sources (e.g. "kaupunginjohtaja"); not an identity. */
  titles: string[];
}

/** Roles as written in meeting-schema's membership code list (fi). */
export type AttendanceRole =
  'puheenjohtaja' | 'varapuheenjohtaja' | 'jäsen' | 'varajäsen' | 'esittelijä' | 'sihteeri' | 'asiantuntija' | 'muu';

/** Attendance of one person (pöytäkirjan läsnäolotiedot; minutes, KL 107 §); times are ISO instants. */
export interface Attendance {
  personId: string;
  name: string;
  role: AttendanceRole;
  /** The role or title as written in the source. */
  roleText?: string;
  /** `member`: a voting member of the body; `other`: present without a vote (officials, experts). */
  group: 'member' | 'other';
  arrivedAt?: string;
  leftAt?: string;
  /** The item (§) during which the person arrived or left, as written. */
  note?: string;
}

export type SectionKind =
  | 'preparers'
  | 'summary'
  | 'background'
  | 'draftDecision'
  | 'proceedings'
  | 'decision'
  | 'attachments'
  | 'supplementary'
  | 'appeal'
  | 'implementation'
  | 'inform'
  | 'history'
  | 'disqualification'
  | 'dissent'
  | 'votings'
  | 'notes';

/** One titled part of an item, as published (Valmistelijat, Päätösehdotus, Käsittely …). */
export interface Section {
  kind: SectionKind;
  /** The heading as the source wrote it. */
  title: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
}

export type ProposalKind = 'base' | 'amendment' | 'addition' | 'counter' | 'rejection' | 'tabling' | 'referral';
export type ProposalStatus = 'seconded' | 'unseconded' | 'approved' | 'rejected' | 'withdrawn' | 'lapsed';

/** A proposal made in the proceedings (recorded in the minutes, KL 107 §; put to a vote under KL 104 §). */
export interface Proposal {
  id: string;
  kind: ProposalKind;
  /** The label used in the minutes, e.g. "muutosehdotus nro 2". */
  label?: string;
  proposer?: string;
  seconders: string[];
  text?: string;
  status?: ProposalStatus;
}

/** Counts of an open vote; `jaa`/`ei` as the minutes give them. */
export interface VoteCounts {
  jaa: number;
  ei: number;
  tyhjä?: number;
  poissa?: number;
}

/** A vote (äänestys) recovered from the proceedings (KL 104 §: the majority decides). */
export interface Vote {
  id: string;
  /** The proposal voted on against the base proposal. */
  proposalId?: string;
  counts: VoteCounts;
  /** Outcome for the proposal voted on. */
  result: 'approved' | 'rejected';
  /** The sentence the counts were read from. */
  text: string;
  /** The question as published, e.g. "Jatketaan käsittelyä on kyllä, palautetaan uuteen valmisteluun on ei". */
  question?: string;
  /** Named votes, when the source publishes them (CaseM Votings). */
  ballots?: { name: string; option: 'jaa' | 'ei' | 'tyhjä' | 'poissa' }[];
  /** A tie decided by the chair's vote (KL 104 §). */
  castingVote?: 'chair';
}

export type DecisionKind =
  | 'approved-as-proposed'
  | 'approved-after-vote'
  | 'approved-as-amended'
  | 'rejected'
  | 'returned'
  | 'tabled'
  | 'noted'
  | 'removed'
  | 'election'
  | 'unknown';

export interface Decision {
  kind: DecisionKind;
  text: string;
}

/** Esteellisyys (HL 27–28 §, KL 97 §). */
export interface Disqualification {
  name: string;
  text: string;
}

/** Eriävä mielipide (KL 106 §). */
export interface Dissent {
  name?: string;
  text: string;
}

/** An arrival, departure or absence told in the proceedings (Dynasty 10, CaseM: "X saapui klo 10.33"). */
export interface AttendanceChange {
  name: string;
  change: 'arrived' | 'left' | 'absent';
  /** When it happened, if the minutes give a time. */
  at?: string;
  /** End of an absence ("oli poissa klo 10.42–10.48"). */
  until?: string;
  text: string;
}

export interface Attachment {
  name: string;
  url?: string;
  mediaType?: string;
  provenance: Provenance;
}

/** An earlier handling of the same case (päätöshistoria). */
export interface Handling {
  text: string;
  sections: Section[];
  /** The body that handled it, when given separately. */
  body?: string;
  date?: string;
  number?: string;
  proposals?: Proposal[];
  votes?: Vote[];
  decision?: Decision;
  attendanceChanges?: AttendanceChange[];
}

export interface AgendaItem {
  id: string;
  /** 0-based position on the list. */
  order: number;
  /** The § number, given when the item is handled. */
  number?: string;
  title: LocalizedText;
  /** Register number (diaarinumero). */
  caseRef?: string;
  /** Tehtäväluokitus code when published. */
  classification?: string;
  presenter?: string;
  preparers: string[];
  additional?: boolean;
  sections: Section[];
  proposals: Proposal[];
  votes: Vote[];
  decision?: Decision;
  disqualifications: Disqualification[];
  dissents: Dissent[];
  /** Arrivals, departures and absences during this item. */
  attendanceChanges?: AttendanceChange[];
  attachments: Attachment[];
  history: Handling[];
  provenance: Provenance;
}

export type DocumentKind = 'agenda' | 'minutes';

export interface Meeting {
  id: string;
  bodyId: string;
  name: string;
  /** Plain date in the Europe/Helsinki calendar. */
  date: string;
  /** ISO instant with offset, when the time is published. */
  start?: string;
  number?: string;
  document: DocumentKind;
  /** Minutes marked as checked (tarkastettu; the checked minutes go online under KL 140 §). */
  checked?: boolean;
  attendance: Attendance[];
  items: AgendaItem[];
  /** Whole-meeting documents: minutes PDF, appeal instructions. */
  files: Attachment[];
  provenance: Provenance;
  /** The language of the publication when it is not Finnish (`fi` of the texts then holds the published text). */
  language?: 'fi' | 'sv';
  /** ISO instant of the end, when published. */
  end?: string;
  /** The place as written ("Stadshuset, Topeliusesplanaden 7"). */
  location?: string;
  /** Entries of the attendance list not marked present ("[ ] Storskrubb Julia"), as written. */
  absent?: string[];
  /** Who signed the minutes (KL 107 §), with the date of an electronic signature. */
  signatures?: { name: string; role?: string; signedOn?: string }[];
  /** Who checked the minutes (pöytäkirjantarkastajat), with the date they signed. */
  checkers?: { name: string; signedOn?: string }[];
  /** The day the minutes were said to go online (KL 140 §). */
  publishedOn?: string;
  /** Who certified the copy ("Intygar: …"). */
  certifiedBy?: string;
  /** The appeal instructions of the meeting (KL 134–141 §), as text. */
  appeal?: string;
}

/** The result of an importer. */
export interface InteropDocument {
  format: 'digikokous-interop';
  version: 1;
  system: SourceSystem;
  bodies: Body[];
  persons: Person[];
  meetings: Meeting[];
  warnings: ImportWarning[];
}

/** One input file: the importers never touch the network or the file system. */
export interface InputFile {
  name: string;
  content: string | Uint8Array | unknown;
}

/** Files as a list or as a record keyed by file name. */
export type ImportInput = readonly InputFile[] | Readonly<Record<string, string | Uint8Array | unknown>>;
