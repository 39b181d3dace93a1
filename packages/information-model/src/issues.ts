import type { z } from 'zod';

/** A message in Finnish and English (the kit's working languages for validation output). */
export interface LocalizedMessage {
  fi: string;
  en: string;
}

/** `error` blocks use of the document; `warning` flags a deviation from a recommendation (e.g. JHS 191 suggested values). */
export type IssueSeverity = 'error' | 'warning';

/** One finding with the JSON path of the offending value, a stable code and a bilingual message. */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  severity: IssueSeverity;
  message: LocalizedMessage;
}

/** The result of every parser and validator: never throws on bad input. */
export type ValidationResult<T> =
  { ok: true; value: T; issues: ValidationIssue[] } | { ok: false; value?: undefined; issues: ValidationIssue[] };

export function issue(
  path: (string | number)[],
  code: string,
  message: LocalizedMessage,
  severity: IssueSeverity = 'error',
): ValidationIssue {
  return { path, code, severity, message };
}

/**
 * Message catalogue for the custom zod checks: a check sets its message to one of these keys and
 * {@link fromZodIssues} turns it into a bilingual message. Keeps zod's own strings out of the output.
 */
const customMessages: Record<string, LocalizedMessage> = {
  'text.format': {
    fi: 'Tekstissä ei saa olla ohjausmerkkejä eikä alussa tai lopussa välilyöntejä.',
    en: 'Text must not contain control characters nor start or end with whitespace.',
  },
  'date.format': {
    fi: 'Päivämäärän on oltava muotoa VVVV-KK-PP ja oikea kalenteripäivä.',
    en: 'A date must be YYYY-MM-DD and a real calendar date.',
  },
  'id.format': {
    fi: 'Tunnuksen on oltava 1–128 merkkiä: kirjaimia, numeroita, piste, alaviiva, kaksoispiste tai viiva.',
    en: 'An id must be 1–128 characters: letters, digits, dot, underscore, colon or hyphen.',
  },
  'classification.format': {
    fi: 'Tehtäväluokan tunnuksen on oltava kaksinumeroisia tasoja välilyönnein tai pistein eroteltuna (esim. "00 02 00").',
    en: 'A task classification code must be two-digit levels separated by spaces or dots (e.g. "00 02 00").',
  },
  'action.recordsAndSubactions': {
    fi: 'Toimenpiteellä voi olla joko asiakirjoja tai alitoimenpiteitä, ei molempia (JHS 191 -skeeman valinta).',
    en: 'An action may have either records or sub-actions, not both (a choice in the JHS 191 schema).',
  },
  'title.empty': {
    fi: 'Nimekkeellä on oltava vähintään yksi kieliversio.',
    en: 'A title needs at least one language version.',
  },
  'url.format': {
    fi: 'Osoitteen on oltava https-URL.',
    en: 'The address must be an https URL.',
  },
};

function pathOf(p: readonly PropertyKey[]): (string | number)[] {
  return p.map((k) => (typeof k === 'symbol' ? String(k) : k));
}

/** Converts zod issues to bilingual validation issues with their JSON paths. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], base: (string | number)[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const i of issues) {
    const path = [...base, ...pathOf(i.path)];
    if (i.code === 'invalid_union') {
      // Report inside the one branch whose type matched (e.g. a title object with a bad language code).
      const typed = i.errors.filter(
        (b) => !(b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0),
      );
      if (typed.length === 1) {
        out.push(...fromZodIssues(typed[0]!, path));
        continue;
      }
    }
    const custom = customMessages[i.message];
    if (custom) {
      out.push(issue(path, i.message, custom));
      continue;
    }
    out.push(issue(path, `schema.${i.code}`, describeZodIssue(i)));
  }
  return out;
}

function describeZodIssue(i: z.core.$ZodIssue): LocalizedMessage {
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined)
        return {
          fi: `Pakollinen tieto puuttuu (odotettiin: ${i.expected}).`,
          en: `Required value is missing (expected ${i.expected}).`,
        };
      return { fi: `Väärä tietotyyppi: odotettiin ${i.expected}.`, en: `Wrong type: expected ${i.expected}.` };
    case 'too_small':
      if (i.origin === 'string')
        return {
          fi: `Tekstin on oltava vähintään ${String(i.minimum)} merkkiä.`,
          en: `Text must be at least ${String(i.minimum)} characters.`,
        };
      if (i.origin === 'array')
        return {
          fi: `Luettelossa on oltava vähintään ${String(i.minimum)} kohta(a).`,
          en: `The list must have at least ${String(i.minimum)} item(s).`,
        };
      return {
        fi: `Arvon on oltava vähintään ${String(i.minimum)}.`,
        en: `The value must be at least ${String(i.minimum)}.`,
      };
    case 'too_big':
      if (i.origin === 'string')
        return {
          fi: `Teksti on liian pitkä (enintään ${String(i.maximum)} merkkiä).`,
          en: `Text is too long (at most ${String(i.maximum)} characters).`,
        };
      if (i.origin === 'array')
        return {
          fi: `Luettelossa saa olla enintään ${String(i.maximum)} kohtaa.`,
          en: `The list may have at most ${String(i.maximum)} items.`,
        };
      return {
        fi: `Arvo saa olla enintään ${String(i.maximum)}.`,
        en: `The value must be at most ${String(i.maximum)}.`,
      };
    case 'invalid_value':
      return {
        fi: `Arvo ei kuulu sallittuihin arvoihin: ${i.values.map(String).join(', ')}.`,
        en: `The value is not one of the allowed values: ${i.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        fi: `Tuntemattomia kenttiä: ${i.keys.join(', ')}.`,
        en: `Unknown fields: ${i.keys.join(', ')}.`,
      };
    case 'invalid_format':
      return { fi: `Väärä muoto (${i.format}).`, en: `Invalid format (${i.format}).` };
    case 'invalid_union':
      return {
        fi: 'Arvo ei vastaa mitään sallituista muodoista.',
        en: 'The value matches none of the allowed shapes.',
      };
    case 'not_multiple_of':
      return {
        fi: `Arvon on oltava luvun ${String(i.divisor)} monikerta.`,
        en: `The value must be a multiple of ${String(i.divisor)}.`,
      };
    case 'invalid_key': {
      const key = String(i.path[i.path.length - 1] ?? '').slice(0, 40);
      return {
        fi: `Virheellinen avain "${key}" (esim. kielikoodin on oltava pienillä kirjaimilla).`,
        en: `Invalid key "${key}" (e.g. a language code must be lower case).`,
      };
    }
    case 'invalid_element':
      return { fi: 'Virheellinen alkio.', en: 'Invalid element.' };
    default:
      return { fi: 'Virheellinen arvo.', en: 'Invalid value.' };
  }
}

/** Runs a zod schema and returns a result; never throws (hostile input gets issues). */
export function safeParseWith<T>(schema: z.ZodType<T>, input: unknown): ValidationResult<T> {
  let r: ReturnType<typeof schema.safeParse>;
  try {
    r = schema.safeParse(input);
  } catch {
    // zod does not throw on data, but getters or proxies in hostile input could.
    return {
      ok: false,
      issues: [issue([], 'input.unreadable', { fi: 'Syötettä ei voitu lukea.', en: 'The input could not be read.' })],
    };
  }
  if (r.success) return { ok: true, value: r.data, issues: [] };
  return { ok: false, issues: fromZodIssues(r.error.issues) };
}

/** Combines the schema result with rule issues: any error makes the result not ok. */
export function withRules<T>(value: T, issues: ValidationIssue[]): ValidationResult<T> {
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, value, issues };
}
