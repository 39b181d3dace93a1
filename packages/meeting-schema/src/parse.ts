import { z } from 'zod';
import { compiled } from './compiled.js';
import { MeetingEventSchema, MeetingLogSchema, type MeetingLog } from './events.js';
import { MinutesItemSchema, MinutesSchema, type Minutes } from './minutes.js';
import { schemas, type SchemaName, type SchemaOutput } from './registry.js';

/** A bilingual message. */
export interface LocalizedMessage {
  fi: string;
  en: string;
}

/**
 * One validation error. `path` is a JSON Pointer (RFC 6901) into the input, e.g. `/events/3/at`
 * (the empty string is the document itself). `code` is a stable machine code (see README).
 */
export interface ParseError {
  path: string;
  code: string;
  message: LocalizedMessage;
}

/** The result of a parse function: never thrown, always returned. */
export type ParseResult<T> = { success: true; data: T } | { success: false; errors: ParseError[] };

/** Limits applied before schema validation, so hostile input is rejected cheaply. */
export interface ParseLimits {
  /** Maximum nesting depth of arrays/objects (default 64). */
  maxDepth: number;
  /** Maximum number of values in the document (default 5,000,000). */
  maxNodes: number;
  /** Maximum length of one string (default 1,000,000 UTF-16 units). */
  maxStringLength: number;
  /** Maximum length of JSON text when a string is given (default 64 MiB). */
  maxTextLength: number;
  /** Maximum number of errors reported (default 100). */
  maxErrors: number;
}

/** Default limits. */
export const defaultParseLimits: Readonly<ParseLimits> = {
  maxDepth: 64,
  maxNodes: 5_000_000,
  maxStringLength: 1_000_000,
  maxTextLength: 64 * 1024 * 1024,
  maxErrors: 100,
};

/** Keys that could pollute prototypes if some consumer merged the data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Escapes one JSON Pointer reference token (RFC 6901 §3). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Builds a JSON Pointer from path segments. */
export function toPointer(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += '/' + escapePointerToken(typeof p === 'symbol' ? p.toString() : p);
  return s;
}

function err(path: readonly PropertyKey[], code: string, fi: string, en: string): ParseError {
  return { path: toPointer(path), code, message: { fi, en } };
}

/**
 * Walks the input and rejects what zod should never see: too deep, too many values, too long
 * strings, forbidden keys, accessors, non-plain objects. Hand-written because it must run before
 * any library touches the data (a getter or a cycle could otherwise bite). Recursion is bounded by
 * `maxDepth`; the path is one shared stack, materialised only when an error is reported.
 */
function preflight(input: unknown, limits: ParseLimits, fromJsonText: boolean): ParseError[] {
  if (fromJsonText && quickCheck(input, limits)) return [];
  const errors: ParseError[] = [];
  const path: PropertyKey[] = [];
  let nodes = 0;
  const report = (code: string, fi: string, en: string): void => {
    errors.push(err(path, code, fi, en));
  };
  const visit = (v: unknown): void => {
    if (errors.length >= limits.maxErrors) return;
    if (++nodes > limits.maxNodes) {
      if (nodes === limits.maxNodes + 1)
        errors.push(err([], 'too_many_values', 'Asiakirjassa on liikaa arvoja.', 'The document has too many values.'));
      return;
    }
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength)
        report('string_too_long', 'Merkkijono on liian pitkä.', 'The string is too long.');
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (path.length >= limits.maxDepth) {
      report('too_deep', 'Asiakirja on sisäkkäin liian syvä.', 'The document is nested too deeply.');
      return;
    }
    if (Array.isArray(v)) {
      const n = v.length;
      for (let i = 0; i < n; i++) {
        path.push(i);
        // JSON.parse output has only plain data properties: skip the descriptor checks for it.
        if (fromJsonText) {
          visit(v[i]);
          path.pop();
          if (errors.length >= limits.maxErrors || nodes > limits.maxNodes) return;
          continue;
        }
        const d = Object.getOwnPropertyDescriptor(v, i);
        if (d && !('value' in d))
          report('accessor_property', 'Ominaisuus ei ole data-arvo.', 'The property is not a data value.');
        else visit(d?.value);
        path.pop();
        if (errors.length >= limits.maxErrors || nodes > limits.maxNodes) return;
      }
      return;
    }
    const proto: unknown = fromJsonText ? null : Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      report('not_plain_object', 'Arvo ei ole tavallinen JSON-objekti.', 'The value is not a plain JSON object.');
      return;
    }
    for (const key of Object.keys(v)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key))
        report('forbidden_key', `Avain ${key} ei ole sallittu.`, `The key ${key} is not allowed.`);
      else if (fromJsonText) visit((v as Record<string, unknown>)[key]);
      else {
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (d && !('value' in d))
          report('accessor_property', 'Ominaisuus ei ole data-arvo.', 'The property is not a data value.');
        else visit(d?.value);
      }
      path.pop();
      if (errors.length >= limits.maxErrors || nodes > limits.maxNodes) return;
    }
  };
  visit(input);
  return errors;
}

/**
 * The common case of JSON text that breaks no limit: one allocation-free pass with no path
 * bookkeeping (JSON.parse output has only plain data properties). On any doubt it returns false
 * and the detailed walk above finds and locates the problems.
 */
function quickCheck(input: unknown, limits: ParseLimits): boolean {
  let nodes = 0;
  const maxString = limits.maxStringLength;
  const visit = (v: unknown, depth: number): boolean => {
    if (++nodes > limits.maxNodes) return false;
    if (typeof v === 'string') return v.length <= maxString;
    if (typeof v !== 'object' || v === null) return true;
    if (depth >= limits.maxDepth) return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!visit(v[i], depth + 1)) return false;
      return true;
    }
    for (const key in v) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
      if (!visit((v as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return true;
  };
  return visit(input, 0);
}

const typeNames: Record<string, [string, string]> = {
  string: ['merkkijono', 'a string'],
  number: ['luku', 'a number'],
  int: ['kokonaisluku', 'an integer'],
  boolean: ['totuusarvo', 'a boolean'],
  object: ['objekti', 'an object'],
  array: ['taulukko', 'an array'],
  null: ['null', 'null'],
  undefined: ['puuttuva arvo', 'nothing'],
};

const formatNames: Record<string, [string, string]> = {
  datetime: [
    'ISO-aikaleima aikavyöhykkeineen (esim. 2026-06-15T18:00:00+03:00)',
    'an ISO instant with offset (e.g. 2026-06-15T18:00:00+03:00)',
  ],
  date: ['päivämäärä muodossa VVVV-KK-PP', 'a date YYYY-MM-DD'],
  url: ['https-osoite', 'an https URL'],
  regex: ['sallittu muoto', 'the allowed pattern'],
};

function describeType(t: string): [string, string] {
  return typeNames[t] ?? [t, t];
}

type Issue = z.core.$ZodIssue;

/** Converts zod issues to the kit's errors with bilingual messages. */
export function issuesToErrors(
  issues: readonly Issue[],
  base: readonly PropertyKey[] = [],
  root?: unknown,
): ParseError[] {
  const out: ParseError[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    switch (issue.code) {
      case 'invalid_type': {
        const [fi, en] = describeType(issue.expected);
        const missing = isMissing(root, path);
        out.push(
          missing
            ? err(
                path,
                'required',
                `Pakollinen kenttä puuttuu (odotettiin: ${fi}).`,
                `Required field is missing (expected ${en}).`,
              )
            : err(path, 'invalid_type', `Väärä tyyppi: odotettiin ${fi}.`, `Wrong type: expected ${en}.`),
        );
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push(err([...path, key], 'unknown_key', `Tuntematon kenttä ${key}.`, `Unknown field ${key}.`));
        break;
      case 'too_big':
        out.push(
          err(
            path,
            'too_big',
            `Arvo on liian suuri tai pitkä (enintään ${String(issue.maximum)}).`,
            `The value is too large or long (at most ${String(issue.maximum)}).`,
          ),
        );
        break;
      case 'too_small':
        out.push(
          err(
            path,
            'too_small',
            `Arvo on liian pieni tai lyhyt (vähintään ${String(issue.minimum)}).`,
            `The value is too small or short (at least ${String(issue.minimum)}).`,
          ),
        );
        break;
      case 'invalid_format': {
        const [fi, en] = formatNames[issue.format] ?? ['sallittu muoto', 'the allowed format'];
        const detail =
          issue.format === 'regex' && !issue.message.startsWith('Invalid string') ? ` (${issue.message})` : '';
        out.push(
          err(path, 'invalid_format', `Väärä muoto: odotettiin ${fi}.`, `Invalid format: expected ${en}${detail}.`),
        );
        break;
      }
      case 'invalid_value': {
        if (isMissing(root, path)) {
          out.push(err(path, 'required', 'Pakollinen kenttä puuttuu.', 'Required field is missing.'));
          break;
        }
        const allowed = issue.values
          .slice(0, 20)
          .map((v) => JSON.stringify(v))
          .join(', ');
        out.push(
          err(
            path,
            'invalid_value',
            `Arvo ei ole sallittu. Sallitut: ${allowed}.`,
            `Value not allowed. Allowed: ${allowed}.`,
          ),
        );
        break;
      }
      case 'invalid_union': {
        // Discriminated unions report a missing/unknown discriminator with no branch errors;
        // plain unions carry each branch's issues: report the branch that got furthest.
        if (issue.errors.length === 0) {
          // zod puts the discriminator key at the end of the path already.
          out.push(
            err(
              path,
              'invalid_discriminator',
              'Tuntematon tai puuttuva tyyppi.',
              'Unknown or missing type discriminator.',
            ),
          );
        } else {
          const best = [...issue.errors].sort((a, b) => score(b) - score(a) || a.length - b.length)[0] ?? [];
          out.push(...issuesToErrors(best, path, root));
        }
        break;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as { code?: string; fi?: string };
        out.push(err(path, params.code ?? 'custom', params.fi ?? issue.message, issue.message));
        break;
      }
      default:
        out.push(err(path, issue.code, `Virheellinen arvo (${issue.code}).`, issue.message));
    }
  }
  return out;
}

/** True when the value at `path` is absent (its parent has no own property of that name). */
function isMissing(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return root === undefined;
  let v: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof v !== 'object' || v === null) return false;
    v = (v as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
  }
  return (
    typeof v === 'object' &&
    v !== null &&
    !Object.prototype.hasOwnProperty.call(v, path[path.length - 1] as PropertyKey)
  );
}

/** How far a union branch got: the longest issue path wins. */
function score(branch: readonly Issue[]): number {
  let max = 0;
  for (const i of branch) max = Math.max(max, i.path.length);
  return max;
}

/**
 * Validates `input` with `schema` and returns a result; never throws. Strings are treated as
 * JSON text; everything else as already-parsed data.
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  limits: Partial<ParseLimits> = {},
): ParseResult<z.output<S>> {
  const lim: ParseLimits = { ...defaultParseLimits, ...limits };
  try {
    let data = input;
    const fromJsonText = typeof input === 'string';
    if (typeof input === 'string') {
      if (input.length > lim.maxTextLength)
        return fail([err([], 'text_too_long', 'JSON-teksti on liian pitkä.', 'The JSON text is too long.')]);
      try {
        data = JSON.parse(input) as unknown;
      } catch {
        return fail([err([], 'invalid_json', 'Teksti ei ole kelvollista JSONia.', 'The text is not valid JSON.')]);
      }
    }
    const pre = preflight(data, lim, fromJsonText);
    if (pre.length > 0) return fail(pre.slice(0, lim.maxErrors));
    const r = schema.safeParse(data);
    if (r.success) return { success: true, data: r.data };
    return fail(issuesToErrors(r.error.issues, [], data).slice(0, lim.maxErrors));
  } catch (e) {
    return fail([
      err(
        [],
        'internal_error',
        'Asiakirjaa ei voitu käsitellä.',
        `The document could not be processed${e instanceof RangeError ? ' (too complex)' : ''}.`,
      ),
    ]);
  }
}

function fail(errors: ParseError[]): { success: false; errors: ParseError[] } {
  return { success: false, errors };
}

/**
 * What `parseMeetingLog` runs: {@link MeetingLogSchema} with its log rules (`safeExtend` keeps the
 * refinement), but each event option replaced by its compiled clone (see `compiled.ts`). Same shape,
 * rules, errors and paths; built here so that the exported schemas and the generated JSON Schema
 * stay exactly as written. Built on first use, not at import: compiling costs tens of milliseconds
 * that a program which never parses a log (a CLI printing its usage) should not pay.
 */
let meetingLogParseSchema: typeof MeetingLogSchema | undefined;
function meetingLogParser(): typeof MeetingLogSchema {
  meetingLogParseSchema ??= MeetingLogSchema.safeExtend({
    events: z
      .array(
        z.discriminatedUnion(
          'type',
          MeetingEventSchema.options.map((o) => compiled(o)) as unknown as typeof MeetingEventSchema.options,
        ),
      )
      .max(1_000_000),
  }) as unknown as typeof MeetingLogSchema;
  return meetingLogParseSchema;
}

/**
 * The object schema with every field schema replaced by its compiled clone where zod can compile
 * it (fields holding the recursive rich text stay on the runtime parser). Strictness and
 * refinements of `schema` are kept by `safeExtend`.
 */
function withCompiledFields<S extends z.ZodObject>(schema: S): S {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) shape[key] = compiled(field);
  return schema.safeExtend(shape) as unknown as S;
}

/** What `parseMinutes` runs: {@link MinutesSchema} with compiled fields, down into the items; built on first use. */
let minutesParseSchema: typeof MinutesSchema | undefined;
function minutesParser(): typeof MinutesSchema {
  minutesParseSchema ??= withCompiledFields(MinutesSchema).safeExtend({
    items: z.array(withCompiledFields(MinutesItemSchema)).max(2_000),
  }) as unknown as typeof MinutesSchema;
  return minutesParseSchema;
}

/** The compiled parser, or the exported schema if building it failed (the parse functions never throw). */
function built<S>(build: () => S, fallback: S): S {
  try {
    return build();
  } catch {
    return fallback;
  }
}

/** Whether the compiled parsers have been built yet (for tests of the start-up cost). */
export function compiledParsersBuilt(): { meetingLog: boolean; minutes: boolean } {
  return { meetingLog: meetingLogParseSchema !== undefined, minutes: minutesParseSchema !== undefined };
}

/** Parses a meeting log (object or JSON text). Never throws. */
export function parseMeetingLog(input: unknown, limits?: Partial<ParseLimits>): ParseResult<MeetingLog> {
  return safeParseWith(built(meetingLogParser, MeetingLogSchema), input, limits);
}

/** Parses minutes (object or JSON text). Never throws. */
export function parseMinutes(input: unknown, limits?: Partial<ParseLimits>): ParseResult<Minutes> {
  return safeParseWith(built(minutesParser, MinutesSchema), input, limits);
}

/** Parses any document of the kit by schema name (see {@link schemaNames}). Never throws. */
export function parseDocument<N extends SchemaName>(
  name: N,
  input: unknown,
  limits?: Partial<ParseLimits>,
): ParseResult<SchemaOutput<N>> {
  const schema = (schemas as Record<string, z.ZodType | undefined>)[name];
  if (!schema || !Object.prototype.hasOwnProperty.call(schemas, name))
    return fail([err([], 'unknown_schema', 'Tuntematon skeema.', 'Unknown schema name.')]);
  return safeParseWith(schema, input, limits) as ParseResult<SchemaOutput<N>>;
}
