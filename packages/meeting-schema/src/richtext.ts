import { z } from 'zod';
import { LIMITS, LongTextSchema } from './primitives.js';

/**
 * Structured rich text. Agenda texts are exchanged as blocks with inline marks, never as raw
 * HTML, so no vendor has to sanitise another vendor's markup (and there is nothing to inject).
 */

/** Inline marks. */
export const inlineMarks = ['bold', 'italic', 'underline', 'strike', 'code', 'sub', 'sup'] as const;

/** A run of text with optional marks. */
export const TextRunSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(LIMITS.longText),
  marks: z.array(z.enum(inlineMarks)).max(inlineMarks.length).optional(),
});
/** A link: https or mailto only. */
export const LinkSchema = z.strictObject({
  type: z.literal('link'),
  href: z
    .string()
    .max(2_000)
    .regex(/^(?:https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>"]*)?|mailto:[^\s<>"]{3,320})$/, {
      error: 'Expected an https: or mailto: link',
    }),
  content: z.array(TextRunSchema).min(1).max(100),
});
/** A hard line break. */
export const LineBreakSchema = z.strictObject({ type: z.literal('break') });
/** Inline content. */
export const InlineSchema = z.discriminatedUnion('type', [TextRunSchema, LinkSchema, LineBreakSchema]);
/** Inline content. */
export type Inline = z.infer<typeof InlineSchema>;

const inlines = z.array(InlineSchema).max(10_000);

/** A paragraph. */
export const ParagraphSchema = z.strictObject({ type: z.literal('paragraph'), content: inlines });
/** A heading inside a text (levels 2–4: the document supplies level 1). */
export const HeadingSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  content: inlines,
});
/** A table cell. */
export const TableCellSchema = z.strictObject({
  header: z.boolean().optional(),
  colspan: z.int().min(1).max(100).optional(),
  rowspan: z.int().min(1).max(1000).optional(),
  content: inlines,
});
/** A table with an optional caption; header cells are marked per cell. */
export const TableSchema = z.strictObject({
  type: z.literal('table'),
  caption: LongTextSchema.optional(),
  rows: z
    .array(z.strictObject({ cells: z.array(TableCellSchema).min(1).max(100) }))
    .min(1)
    .max(10_000),
});

/** A list; each item is a sequence of blocks (depth is bounded by the parser's depth cap). */
export const ListSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  get items(): z.ZodArray<z.ZodArray<typeof BlockSchema>> {
    return z.array(z.array(BlockSchema).max(1_000)).min(1).max(10_000);
  },
});
/** A quotation (e.g. a quoted statute). */
export const QuoteSchema = z.strictObject({
  type: z.literal('quote'),
  get content(): z.ZodArray<typeof BlockSchema> {
    return z.array(BlockSchema).min(1).max(1_000);
  },
});
/** Any block, discriminated on `type`. */
export const BlockSchema: z.ZodDiscriminatedUnion<
  [typeof ParagraphSchema, typeof HeadingSchema, typeof TableSchema, typeof ListSchema, typeof QuoteSchema]
> = z.discriminatedUnion('type', [ParagraphSchema, HeadingSchema, TableSchema, ListSchema, QuoteSchema]);
/** A text block. */
export type Block = z.infer<typeof BlockSchema>;
/** A list block. */
export type ListBlock = z.infer<typeof ListSchema>;
/** A quotation block. */
export type QuoteBlock = z.infer<typeof QuoteSchema>;

/** Rich text: a sequence of blocks. */
export const RichTextSchema = z.array(BlockSchema).max(10_000);
/** Rich text. */
export type RichText = z.infer<typeof RichTextSchema>;

/** Localised rich text; Finnish is required. */
export const LocalizedRichTextSchema = z.strictObject({
  fi: RichTextSchema,
  sv: RichTextSchema.optional(),
  en: RichTextSchema.optional(),
  se: RichTextSchema.optional(),
});
/** Localised rich text. */
export type LocalizedRichText = z.infer<typeof LocalizedRichTextSchema>;
