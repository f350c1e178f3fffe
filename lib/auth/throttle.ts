/**
 * Sign-in throttling rules (pure). Failures are counted per account (the email as typed, whether or
 * not it belongs to a user, so the answer never reveals which emails exist) and per client address,
 * over a sliding window. A refused attempt is not checked at all and does not extend the lock.
 */
export type ThrottleRules = {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
};

export const THROTTLE_RULES: ThrottleRules = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

/** 'pending' is an attempt whose password is being checked right now: it counts as a failure until it succeeds. */
export type AttemptOutcome = 'pending' | 'success' | 'failure' | 'throttled';
export type Attempt = { at: number; outcome: AttemptOutcome };

export type ThrottleDecision =
  { allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterMs: number };

const isFailure = (a: Attempt) => a.outcome === 'failure' || a.outcome === 'pending';

/** When `failures` (times, any order) drop below `max` within the window; null when they already are. */
function lockedUntil(failures: number[], max: number, windowMs: number): number | null {
  if (failures.length < max) return null;
  const sorted = [...failures].sort((a, b) => a - b);
  // The lock lifts when the failure that brings the count to `max` leaves the window.
  return (sorted[sorted.length - max] as number) + windowMs;
}

export function evaluateThrottle(input: {
  accountAttempts: readonly Attempt[];
  addressAttempts: readonly Attempt[];
  now: number;
  rules?: ThrottleRules;
}): ThrottleDecision {
  const { now, rules = THROTTLE_RULES } = input;
  const since = now - rules.windowMs;

  const account = input.accountAttempts.filter((a) => a.at > since);
  // A successful sign-in clears the account's count (but never the address's: one valid account
  // must not buy an attacker more guesses at the others).
  const lastSuccess = Math.max(
    -Infinity,
    ...account.filter((a) => a.outcome === 'success').map((a) => a.at),
  );
  const accountFailures = account
    .filter((a) => isFailure(a) && a.at >= lastSuccess)
    .map((a) => a.at);
  const addressFailures = input.addressAttempts
    .filter((a) => a.at > since && isFailure(a))
    .map((a) => a.at);

  const accountUntil = lockedUntil(accountFailures, rules.maxFailuresPerAccount, rules.windowMs);
  const addressUntil = lockedUntil(addressFailures, rules.maxFailuresPerAddress, rules.windowMs);
  if (accountUntil === null && addressUntil === null) return { allowed: true };
  const scope = (accountUntil ?? -Infinity) >= (addressUntil ?? -Infinity) ? 'account' : 'address';
  const until = Math.max(accountUntil ?? -Infinity, addressUntil ?? -Infinity);
  return { allowed: false, scope, retryAfterMs: Math.max(until - now, 1) };
}

export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

export function throttleMessage(minutes: number): string {
  return `Too many attempts, try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** Emails are compared trimmed and lower-cased everywhere (sign-in, throttling, uniqueness). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The client address for per-address throttling: the last X-Forwarded-For hop, which is the one the
 * nearest proxy (or Next's own server, when the header is absent) recorded. Clients can prepend
 * anything, so earlier hops are ignored.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined>): string {
  const raw = headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const last = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  const real = headers['x-real-ip'];
  const address = last ?? (typeof real === 'string' ? real.trim() : '');
  return address.slice(0, 64) || 'unknown';
}
