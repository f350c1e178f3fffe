/**
 * Sign-in throttling rules (pure). The aim is to slow a password guesser without letting anyone
 * lock the real user out (before, five wrong passwords from anywhere locked an account for 15
 * minutes, so knowing an editor's email was enough to keep them out). Three counts:
 *
 * - per account *and* client address (the pair): 5 failures are free, then each further attempt
 *   from that address on that account waits 1 minute after the last failure, doubling with every
 *   failure up to 1 hour (1, 2, 4 ... 60 minutes; about 30 guesses a day). A success clears it.
 *   Guesses from one address never delay the owner signing in from another.
 * - per client address across accounts: 20 failures in 15 minutes refuse that address until the
 *   count falls (a success does not clear it: one valid account buys no guesses at the others).
 * - per account across addresses: once an account has 50 failures in 15 minutes (a guesser with
 *   many addresses), addresses that have not signed in to it in the last 30 days get only 1 free
 *   failure before the delays start. This slows the guesser; it never refuses anyone's first try,
 *   and addresses the owner has signed in from keep their usual allowance.
 *
 * Accounts are the email as typed (whether or not it belongs to a user, so the answer never
 * reveals which emails exist). Refused attempts are not checked, not counted and extend nothing.
 */
export type ThrottleRules = {
  pair: { windowMs: number; freeFailures: number; firstDelayMs: number; maxDelayMs: number };
  address: { windowMs: number; maxFailures: number };
  account: { windowMs: number; underAttackFailures: number; freeFailuresWhenUnderAttack: number };
  /** How long a successful sign-in makes an address "known" for the account. */
  knownAddressMs: number;
};

const MIN = 60_000;

export const THROTTLE_RULES: ThrottleRules = {
  pair: { windowMs: 24 * 60 * MIN, freeFailures: 5, firstDelayMs: MIN, maxDelayMs: 60 * MIN },
  address: { windowMs: 15 * MIN, maxFailures: 20 },
  account: { windowMs: 15 * MIN, underAttackFailures: 50, freeFailuresWhenUnderAttack: 1 },
  knownAddressMs: 30 * 24 * 60 * MIN,
};

/** 'pending' is an attempt whose password is being checked right now: it counts as a failure until it succeeds. */
export type AttemptOutcome = 'pending' | 'success' | 'failure';
export type Attempt = { at: number; outcome: AttemptOutcome };

export type ThrottleDecision =
  { allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterMs: number };

const isFailure = (a: Attempt) => a.outcome === 'failure' || a.outcome === 'pending';

/** How long the pair must wait after its last failure, given how many failures it has had. */
export function pairDelayMs(
  failures: number,
  freeFailures: number,
  rules = THROTTLE_RULES,
): number {
  if (failures < freeFailures) return 0;
  const doublings = Math.min(failures - freeFailures, 30);
  return Math.min(rules.pair.firstDelayMs * 2 ** doublings, rules.pair.maxDelayMs);
}

export function evaluateThrottle(input: {
  /** Attempts on this account from this address (any age: the window is applied here). */
  pairAttempts: readonly Attempt[];
  /** Attempts from this address on any account. */
  addressAttempts: readonly Attempt[];
  /** Failures (and pending checks) on this account from every address within `account.windowMs`. */
  accountFailures: number;
  /** Whether this address signed in to this account within `knownAddressMs`. */
  knownAddress: boolean;
  now: number;
  rules?: ThrottleRules;
}): ThrottleDecision {
  const { now, rules = THROTTLE_RULES } = input;

  const pair = input.pairAttempts.filter((a) => a.at > now - rules.pair.windowMs);
  const lastSuccess = Math.max(
    -Infinity,
    ...pair.filter((a) => a.outcome === 'success').map((a) => a.at),
  );
  const pairFailures = pair.filter((a) => isFailure(a) && a.at >= lastSuccess).map((a) => a.at);
  const underAttack = input.accountFailures >= rules.account.underAttackFailures;
  const free =
    underAttack && !input.knownAddress
      ? rules.account.freeFailuresWhenUnderAttack
      : rules.pair.freeFailures;
  const delay = pairDelayMs(pairFailures.length, free, rules);
  const pairUntil = delay > 0 ? Math.max(...pairFailures) + delay : -Infinity;

  const addressFailures = input.addressAttempts
    .filter((a) => a.at > now - rules.address.windowMs && isFailure(a))
    .map((a) => a.at)
    .sort((a, b) => a - b);
  // Refused until the failure that brought the count to the limit leaves the window.
  const addressUntil =
    addressFailures.length >= rules.address.maxFailures
      ? (addressFailures[addressFailures.length - rules.address.maxFailures] as number) +
        rules.address.windowMs
      : -Infinity;

  const until = Math.max(pairUntil, addressUntil);
  if (until <= now) return { allowed: true };
  return {
    allowed: false,
    scope: pairUntil >= addressUntil ? 'account' : 'address',
    retryAfterMs: until - now,
  };
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
