import { AuthorizationError } from './auth/actor';

/**
 * An expected failure, in the one shape every edge hands on: the data layer's refusals (`{ ok:
 * false, code, message }`, with `field` or `errors` naming the inputs at fault), the edges' own
 * checks of what was sent, and a refused session. A server action shows it in its form
 * (server/action.ts); a route handler answers it with its status and `{ error: message }`
 * (server/route.ts).
 */
export type Failure = {
  ok: false;
  code: string;
  message: string;
  /** The one input it is about (the data layer's results). */
  field?: string;
  /** Messages by input (validation). */
  errors?: Partial<Record<string, string[]>>;
};

export function fail(
  code: string,
  message: string,
  more: Pick<Failure, 'field' | 'errors'> = {},
): Failure {
  return { ok: false, code, message, ...more };
}

// Codes the data layer and the edges use; any other refusal is the caller's to fix (400).
const STATUS: Readonly<Record<string, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicates: 409,
  trashed: 409,
  not_trashed: 409,
  email_taken: 409,
  last_admin: 409,
  self: 409,
  too_large: 413,
  error: 500,
};

/** The HTTP status a route handler answers a failure with. */
export function failureStatus(code: string): number {
  return STATUS[code] ?? 400;
}

/** What a person is told when the server fails unexpectedly (the cause goes to the log only). */
export const UNEXPECTED_MESSAGE =
  'The server could not finish this request. It has been logged; try again in a moment.';

/** A thrown error that is an expected failure (a refused session), or null for anything else. */
export function thrownFailure(error: unknown): Failure | null {
  return error instanceof AuthorizationError ? fail(error.reason, error.message) : null;
}

/** `errors` as a form shows them: the data layer's `field` becomes that input's message. */
export function failureErrors(f: Failure): Partial<Record<string, string[]>> | undefined {
  return f.errors ?? (f.field ? { [f.field]: [f.message] } : undefined);
}
