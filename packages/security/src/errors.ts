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

/** Base class of the package's refusals. `message` is English; `messages` carries both languages. */
export class SecurityError extends Error {
  readonly code: SecurityErrorCode;
  readonly messages: Message;
  /** Machine-readable detail (claim or header name); never the token or a personal identity code. */
  readonly detail: string | undefined;

  constructor(code: SecurityErrorCode, detail?: string, options?: { cause?: unknown }) {
    const messages = ERROR_MESSAGES[code];
    super(detail === undefined ? messages.en : `${messages.en} (${detail})`, options);
    this.name = 'SecurityError';
    this.code = code;
    this.messages = messages;
    this.detail = detail;
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
