import type { SpeechKind as SchemaSpeechKind, VoteOption } from '@digikokous/meeting-schema/codes';
import type { LocalizedRichText } from '@digikokous/meeting-schema';

/**
 * View-model types the components take as properties. They are structural, so that the documents of
 * `@digikokous/meeting-schema` (whose text fields are `{ fi, sv?, en? }`) can be passed as they are or
 * mapped with a few lines; no runtime import of the schema (and so of zod) reaches the browser.
 */

/** Text in the kit's languages; Finnish is always present (Kielilaki 423/2003). */
export interface LocalisedText {
  fi: string;
  sv?: string;
  en?: string;
  se?: string;
}

/** A plain string (already in the reader's language) or localised text. */
export type Text = string | LocalisedText;

/** A block of structured rich text: a paragraph or a list. No raw HTML is ever rendered. */
export type Block = { type: 'p'; text: Text } | { type: 'ul' | 'ol'; items: Text[] };

/**
 * Rich text: plain or localised text (paragraphs separated by blank lines), the kit's simple blocks, or the
 * meeting-schema's `LocalizedRichText` as it is.
 */
export type RichText = Text | Block[] | LocalizedRichText;

/** The legal ground and scope of confidential content (JulkL 621/1999 24 §, 25 §). */
export interface ConfidentialityMark {
  /** The legal ground, e.g. "JulkL 24 § 1 mom. 25 k". */
  basis: string;
  /** Which part is confidential, e.g. "Selostus" or "Liite 2". Defaults to the part it marks. */
  part?: Text;
}

/** A ballot option: jaa, ei or tyhjä (KL 104 §); the meeting-schema code. */
export type BallotOption = VoteOption;

/**
 * The kind of a speech (meeting-schema code): puheenvuoro, vastauspuheenvuoro, työjärjestyspuheenvuoro (goes
 * first) or esittelypuheenvuoro (the presenting official's presentation).
 */
export type SpeechKind = SchemaSpeechKind;
