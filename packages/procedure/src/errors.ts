/** A localised message: Finnish and English always, Swedish where written. */
export interface LocalisedMessage {
  fi: string;
  en: string;
  sv?: string;
}

/**
 * A refusal or an input error from the procedure engine. A plain serialisable value, so that a front end can show
 * `message.fi` / `message.sv` to the chair and a log can store it.
 */
export interface ProcedureError {
  readonly code: string;
  readonly message: LocalisedMessage;
  /** The command or input path the error is about, where there is one. */
  readonly path?: (string | number)[];
}

export function procedureError(code: string, message: LocalisedMessage, path?: (string | number)[]): ProcedureError {
  return path === undefined ? { code, message } : { code, message, path };
}

/** True when `value` is a {@link ProcedureError} (e.g. the refusal returned by `decide`). */
export function isProcedureError(value: unknown): value is ProcedureError {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'object'
  );
}

/**
 * Thrown by the pure rule functions when their input is impossible (e.g. a negative number of seats, an invalid
 * date). Carries the same `code` and localised `message` as a {@link ProcedureError}.
 */
export class ProcedureInputError extends Error {
  readonly code: string;
  readonly localised: LocalisedMessage;
  constructor(code: string, message: LocalisedMessage) {
    super(`${code}: ${message.en}`);
    this.name = 'ProcedureInputError';
    this.code = code;
    this.localised = message;
  }
  toProcedureError(): ProcedureError {
    return procedureError(this.code, this.localised);
  }
}

export function fail(code: string, fi: string, en: string, sv?: string): never {
  throw new ProcedureInputError(code, sv === undefined ? { fi, en } : { fi, en, sv });
}

/** Checks that `n` is a safe non-negative integer (optionally at least `min`). */
export function assertCount(n: unknown, name: string, min = 0): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) {
    fail(
      'invalid-count',
      `Arvon ${name} on oltava kokonaisluku, vähintään ${min}.`,
      `${name} must be an integer of at least ${min}.`,
      `${name} måste vara ett heltal, minst ${min}.`,
    );
  }
}
