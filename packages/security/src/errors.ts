/**
 * Error codes of the package: one closed, documented set shared by every verifier so a
 * caller can switch on `code` and a log can record it without the token itself.
 * Messages are given in Finnish and English (project convention: `{ fi, en }`).
 */

/** A bilingual message. */
export interface Message {
  readonly fi: string;
  readonly en: string;
}

/** Every refusal code the package can produce, with its message. */
export const ERROR_MESSAGES = {
  ERR_NOT_A_STRING: { fi: 'Tunniste ei ole merkkijono.', en: 'The token is not a string.' },
  ERR_TOKEN_TOO_LONG: {
    fi: 'Tunniste on liian pitkä; sitä ei jäsennetty.',
    en: 'The token is too long; it was not parsed.',
  },
  ERR_MALFORMED: { fi: 'Tunniste on väärin muodostettu.', en: 'The token is malformed.' },
  ERR_DUPLICATE_MEMBER: {
    fi: 'Tunnisteen JSON-rakenteessa on sama jäsennimi kahdesti.',
    en: 'The token JSON contains a duplicate member name.',
  },
  ERR_FORBIDDEN_HEADER: {
    fi: 'Tunnisteen otsakkeessa on kielletty kenttä (jku, x5u, jwk tai x5c).',
    en: 'The token header contains a forbidden parameter (jku, x5u, jwk or x5c).',
  },
  ERR_ALG_NOT_ALLOWED: {
    fi: 'Allekirjoitus- tai salausalgoritmi ei ole sallittujen listalla.',
    en: 'The signature or encryption algorithm is not on the allow-list.',
  },
  ERR_TYP: { fi: 'Tunnisteen tyyppi (typ) on väärä.', en: 'The token type (typ) is wrong.' },
  ERR_CRIT: {
    fi: 'Tunnisteessa on kriittinen laajennus (crit), jota ei tueta.',
    en: 'The token carries a critical extension (crit) that is not supported.',
  },
  ERR_UNKNOWN_KID: {
    fi: 'Allekirjoitusavainta ei löydy luotetusta avainjoukosta.',
    en: 'No key in the pinned key set matches the token.',
  },
  ERR_SIGNATURE: { fi: 'Allekirjoitus ei ole kelvollinen.', en: 'The signature is not valid.' },
  ERR_EXPIRED: { fi: 'Tunniste on vanhentunut.', en: 'The token has expired.' },
  ERR_NOT_YET_VALID: { fi: 'Tunniste ei ole vielä voimassa.', en: 'The token is not valid yet.' },
  ERR_IAT_IN_FUTURE: {
    fi: 'Tunnisteen myöntämisaika on tulevaisuudessa.',
    en: 'The token was issued in the future.',
  },
  ERR_TOO_OLD: {
    fi: 'Tunniste on myönnetty liian kauan sitten.',
    en: 'The token was issued too long ago.',
  },
  ERR_LIFETIME: {
    fi: 'Tunnisteen voimassaoloaika on liian pitkä.',
    en: 'The token lifetime is too long.',
  },
  ERR_ISSUER: { fi: 'Tunnisteen myöntäjä on väärä.', en: 'The token issuer is wrong.' },
  ERR_AUDIENCE: { fi: 'Tunnisteen vastaanottaja (aud) on väärä.', en: 'The token audience is wrong.' },
  ERR_MEETING_ID: {
    fi: 'Tunniste on myönnetty toiseen kokoukseen (mid).',
    en: 'The token was issued for another meeting (mid).',
  },
  ERR_ROLE: { fi: 'Tunnisteen rooli ei ole sallittu.', en: 'The role in the token is not allowed.' },
  ERR_MISSING_CLAIM: {
    fi: 'Tunnisteesta puuttuu pakollinen tieto.',
    en: 'A required claim is missing from the token.',
  },
  ERR_CLAIM: { fi: 'Tunnisteen tieto on virheellinen.', en: 'A claim in the token is invalid.' },
  ERR_REPLAY: {
    fi: 'Tunniste on jo käytetty (jti).',
    en: 'The token has already been used (jti).',
  },
  ERR_REVOKED: {
    fi: 'Tunniste on peruttu (osallistuja poistettu tai tunniste mitätöity).',
    en: 'The token has been revoked (participant removed or token withdrawn).',
  },
  ERR_PERSONAL_ID: {
    fi: 'Tunnisteessa tai tapahtumassa on henkilötunnus.',
    en: 'A personal identity code appears in the token or event.',
  },
  ERR_ENCRYPTION_REQUIRED: {
    fi: 'Tunnisteen on oltava salattu.',
    en: 'The token must be encrypted.',
  },
  ERR_DECRYPT: { fi: 'Salauksen purku epäonnistui.', en: 'Decryption failed.' },
  ERR_CTY: {
    fi: 'Salatun tunnisteen sisältötyyppi (cty) ei ole JWT.',
    en: 'The content type (cty) of the encrypted token is not JWT.',
  },
  ERR_NONCE: { fi: 'Tunnisteen nonce on väärä.', en: 'The token nonce is wrong.' },
  ERR_ACR: {
    fi: 'Tunnistustapa (acr) ei ole sallittujen listalla.',
    en: 'The authentication context (acr) is not on the allow-list.',
  },
  ERR_LOA: {
    fi: 'Tunnistuksen varmuustaso ei riitä tähän käyttöön.',
    en: 'The level of assurance is too low for this use.',
  },
  ERR_UNSUPPORTED: {
    fi: 'Ominaisuutta (esim. pakkausta), avainta tai algoritmia ei tueta tässä käytössä.',
    en: 'A feature (e.g. compression), key or algorithm is not supported for this use.',
  },
  ERR_CONFIG: { fi: 'Tarkistuksen asetukset ovat virheelliset.', en: 'The verifier configuration is invalid.' },
} as const satisfies Record<string, Message>;

/** The closed set of error codes. */
export type SecurityErrorCode = keyof typeof ERROR_MESSAGES;

/** All error codes, for documentation and exhaustive tests. */
export const SECURITY_ERROR_CODES = Object.freeze(Object.keys(ERROR_MESSAGES)) as readonly SecurityErrorCode[];

const HETU_LIKE = /\d{6}[-+A-FU-Y\u2010-\u2015\u2212]\d{3}[0-9A-Z]/iu;

/**
 * What an error may keep of its cause: the cause's class name and library code (e.g. jose's
 * `ERR_JWT_EXPIRED`), never its message, `payload`, `claim` values or stack, because jose puts the
 * whole claims set on `JWTClaimValidationFailed.payload` and a parser's message may quote the input.
 */
export class SanitizedCause extends Error {
  /** The library's own code of the cause (e.g. `ERR_JWT_EXPIRED`), when it had one. */
  readonly causeCode: string | undefined;
  constructor(name: string, causeCode: string | undefined) {
    super(causeCode === undefined ? name : `${name} (${causeCode})`);
    this.name = 'SanitizedCause';
    this.causeCode = causeCode;
    // The stack would repeat the message and point into the library; it carries nothing needed.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const SAFE_TOKEN = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;

/** Reduce any thrown value to a `SanitizedCause` (or keep a kit error, which is already clean). */
export function sanitizeCause(cause: unknown): Error | undefined {
  if (cause === undefined) return undefined;
  if (cause instanceof SecurityError || cause instanceof SanitizedCause) return cause;
  let name = 'Error';
  let code: string | undefined;
  try {
    if (cause instanceof Error) {
      const n: unknown = cause.name;
      if (typeof n === 'string' && SAFE_TOKEN.test(n)) name = n;
      const c: unknown = (cause as { code?: unknown }).code;
      if (typeof c === 'string' && SAFE_TOKEN.test(c) && !HETU_LIKE.test(c)) code = c;
    } else {
      name = typeof cause;
    }
  } catch {
    // A hostile cause (throwing getter, Proxy) is reduced to its kind.
    name = 'Error';
  }
  return new SanitizedCause(name, code);
}

/** A `detail` may name a claim or header; anything henkilötunnus-shaped or long is dropped. */
function safeDetail(detail: string | undefined): string | undefined {
  if (detail === undefined) return undefined;
  if (typeof detail !== 'string' || HETU_LIKE.test(detail)) return 'redacted';
  return detail.length > 80 ? `${detail.slice(0, 80)}…` : detail;
}

/**
 * Base class of the package's refusals. `message` is English; `messages` carries both languages.
 * The `cause` is always reduced by `sanitizeCause`: no error of the kit, through its `cause` chain,
 * holds a token, its claims or a henkilötunnus (`util.inspect(err, { depth: null })` is tested).
 */
export class SecurityError extends Error {
  readonly code: SecurityErrorCode;
  readonly messages: Message;
  /** Machine-readable detail (claim or header name); never the token or a personal identity code. */
  readonly detail: string | undefined;

  constructor(code: SecurityErrorCode, detail?: string, options?: { cause?: unknown }) {
    const messages = ERROR_MESSAGES[code];
    const clean = safeDetail(detail);
    const cause = options === undefined ? undefined : sanitizeCause(options.cause);
    super(clean === undefined ? messages.en : `${messages.en} (${clean})`, cause === undefined ? undefined : { cause });
    this.name = 'SecurityError';
    this.code = code;
    this.messages = messages;
    this.detail = clean;
  }
}

/** Refusal of a meeting participation token (`verifyMeetingToken`). */
export class MeetingTokenError extends SecurityError {
  constructor(code: SecurityErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(code, detail, options);
    this.name = 'MeetingTokenError';
  }
}

/** Refusal of an OpenID Connect ID token (`verifyIdentityToken`). */
export class IdentityTokenError extends SecurityError {
  constructor(code: SecurityErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(code, detail, options);
    this.name = 'IdentityTokenError';
  }
}
