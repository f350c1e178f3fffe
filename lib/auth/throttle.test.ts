import { describe, expect, it } from 'vitest';
import {
  evaluateThrottle,
  pairDelayMs,
  retryAfterMinutes,
  THROTTLE_RULES,
  throttleMessage,
  type Attempt,
} from './throttle';

const MIN = 60_000;
const now = Date.UTC(2026, 0, 1, 12, 0, 0);
const fails = (n: number, start: number, step = MIN): Attempt[] =>
  Array.from({ length: n }, (_, i) => ({ at: start + i * step, outcome: 'failure' as const }));
const decide = (o: Partial<Parameters<typeof evaluateThrottle>[0]>) =>
  evaluateThrottle({
    pairAttempts: [],
    addressAttempts: [],
    accountFailures: 0,
    knownAddress: false,
    now,
    ...o,
  });

describe('evaluateThrottle: one account from one address', () => {
  it('lets 5 failures through, then makes the next attempt wait a minute after the last failure', () => {
    expect(decide({ pairAttempts: fails(4, now - 10 * MIN) })).toEqual({ allowed: true });
    // The 5th failure was 7 minutes ago: long past the 1-minute delay.
    expect(decide({ pairAttempts: fails(5, now - 11 * MIN) })).toEqual({ allowed: true });
    const recent = fails(5, now - 4 * MIN - 30_000); // the last one 30 s ago
    expect(decide({ pairAttempts: recent })).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterMs: 30_000,
    });
  });

  it('doubles the delay with every further failure, up to an hour', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 20].map((n) => pairDelayMs(n, 5) / MIN)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
    expect(pairDelayMs(4, 5)).toBe(0);
    // 8 failures, the last 6 min 50 s ago: the 8th failure means an 8-minute wait.
    const eight = fails(8, now - 8 * MIN, 10_000);
    expect(decide({ pairAttempts: eight })).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterMs: 70_000,
    });
  });

  it('counts failures over a day, not 15 minutes, so waiting out a window buys nothing', () => {
    const spread = fails(10, now - 20 * 60 * MIN, 60 * MIN); // one an hour, the last 11 hours ago
    expect(decide({ pairAttempts: spread })).toEqual({ allowed: true });
    const last = { at: now - 10 * MIN, outcome: 'failure' as const };
    expect(decide({ pairAttempts: [...spread, last] })).toMatchObject({
      allowed: false,
      scope: 'account',
    });
    expect(decide({ pairAttempts: fails(30, now - 25 * 60 * MIN, MIN) })).toEqual({
      allowed: true,
    });
  });

  it('clears the count when this address signs in to the account', () => {
    const attempts: Attempt[] = [
      ...fails(8, now - 10 * MIN),
      { at: now - MIN, outcome: 'success' },
    ];
    expect(decide({ pairAttempts: attempts })).toEqual({ allowed: true });
  });

  it('counts attempts still being checked as failures', () => {
    const pending: Attempt[] = [...fails(4, now - 5 * MIN), { at: now - 1000, outcome: 'pending' }];
    expect(decide({ pairAttempts: pending }).allowed).toBe(false);
  });
});

describe('evaluateThrottle: across accounts and addresses', () => {
  it('never refuses an address for another address’s failures on the same account', () => {
    // Whatever the guesser did from elsewhere, this address has no failures of its own: its
    // attempt is checked, even while the account is under attack.
    expect(decide({ accountFailures: 10_000 })).toEqual({ allowed: true });
    expect(decide({ accountFailures: 10_000, knownAddress: true })).toEqual({ allowed: true });
  });

  it('refuses an address after 20 failures across accounts in 15 minutes, success or not', () => {
    expect(decide({ addressAttempts: fails(19, now - 10 * MIN, 10_000) }).allowed).toBe(true);
    expect(decide({ addressAttempts: fails(20, now - 10 * MIN, 10_000) })).toEqual({
      allowed: false,
      scope: 'address',
      retryAfterMs: 5 * MIN,
    });
    const withSuccess: Attempt[] = [
      ...fails(20, now - 14 * MIN, 30_000),
      { at: now - MIN, outcome: 'success' },
    ];
    expect(decide({ addressAttempts: withSuccess })).toMatchObject({
      allowed: false,
      scope: 'address',
    });
    expect(decide({ addressAttempts: fails(20, now - 30 * MIN, 10_000) })).toEqual({
      allowed: true,
    });
  });

  it('under a many-address attack, gives unknown addresses 1 free failure instead of 5', () => {
    const two = fails(2, now - 90_000, 60_000); // the last failure 30 s ago
    expect(decide({ pairAttempts: two, accountFailures: 49 })).toEqual({ allowed: true });
    expect(decide({ pairAttempts: two, accountFailures: 50 })).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterMs: 2 * MIN - 30_000,
    });
    // An address that signed in to the account before keeps its 5.
    expect(decide({ pairAttempts: two, accountFailures: 50, knownAddress: true })).toEqual({
      allowed: true,
    });
  });

  it('reports the later of two refusals', () => {
    const d = decide({
      pairAttempts: fails(10, now - 5 * MIN, 10_000),
      addressAttempts: fails(20, now - 14 * MIN, 1000),
    });
    expect(d).toMatchObject({ allowed: false, scope: 'account' });
  });

  it('uses the documented limits', () => {
    expect(THROTTLE_RULES).toEqual({
      pair: { windowMs: 24 * 60 * MIN, freeFailures: 5, firstDelayMs: MIN, maxDelayMs: 60 * MIN },
      address: { windowMs: 15 * MIN, maxFailures: 20 },
      account: { windowMs: 15 * MIN, underAttackFailures: 50, freeFailuresWhenUnderAttack: 1 },
      knownAddressMs: 30 * 24 * 60 * MIN,
    });
  });
});

describe('messages', () => {
  it('rounds the wait up to whole minutes', () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(5 * MIN)).toBe(5);
    expect(retryAfterMinutes(5 * MIN + 1)).toBe(6);
    expect(throttleMessage(1)).toBe('Too many attempts, try again in 1 minute.');
    expect(throttleMessage(12)).toBe('Too many attempts, try again in 12 minutes.');
  });
});
