import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  evaluateThrottle,
  retryAfterMinutes,
  THROTTLE_RULES,
  throttleMessage,
  type Attempt,
} from './throttle';

const MIN = 60_000;
const now = Date.UTC(2026, 0, 1, 12, 0, 0);
const fails = (n: number, start: number, step = MIN): Attempt[] =>
  Array.from({ length: n }, (_, i) => ({ at: start + i * step, outcome: 'failure' as const }));

describe('evaluateThrottle', () => {
  it('allows up to 4 recent failures for an account and refuses the 6th attempt after 5', () => {
    expect(
      evaluateThrottle({ accountAttempts: fails(4, now - 10 * MIN), addressAttempts: [], now }),
    ).toEqual({ allowed: true });
    const d = evaluateThrottle({
      accountAttempts: fails(5, now - 10 * MIN),
      addressAttempts: [],
      now,
    });
    // The first failure (10 minutes ago) leaves the 15-minute window in 5 minutes.
    expect(d).toEqual({ allowed: false, scope: 'account', retryAfterMs: 5 * MIN });
  });

  it('forgets failures older than the window', () => {
    const old = fails(5, now - 30 * MIN);
    expect(evaluateThrottle({ accountAttempts: old, addressAttempts: old, now })).toEqual({
      allowed: true,
    });
  });

  it('counts attempts still being checked as failures', () => {
    const pending: Attempt[] = [...fails(4, now - 5 * MIN), { at: now - 1000, outcome: 'pending' }];
    expect(evaluateThrottle({ accountAttempts: pending, addressAttempts: [], now }).allowed).toBe(
      false,
    );
  });

  it('does not count refused attempts, so hammering does not extend the lock', () => {
    const attempts: Attempt[] = [
      ...fails(4, now - 14 * MIN),
      ...Array.from({ length: 50 }, () => ({ at: now - MIN, outcome: 'throttled' as const })),
    ];
    expect(evaluateThrottle({ accountAttempts: attempts, addressAttempts: [], now })).toEqual({
      allowed: true,
    });
  });

  it('clears the account count after a success, but not the address count', () => {
    const attempts: Attempt[] = [
      ...fails(5, now - 10 * MIN),
      { at: now - 2 * MIN, outcome: 'success' },
    ];
    expect(evaluateThrottle({ accountAttempts: attempts, addressAttempts: [], now })).toEqual({
      allowed: true,
    });
    const address: Attempt[] = [
      ...fails(20, now - 14 * MIN, 30_000),
      { at: now - MIN, outcome: 'success' },
    ];
    expect(evaluateThrottle({ accountAttempts: [], addressAttempts: address, now })).toMatchObject({
      allowed: false,
      scope: 'address',
    });
  });

  it('refuses an address after 20 failures across accounts', () => {
    expect(
      evaluateThrottle({
        accountAttempts: [],
        addressAttempts: fails(19, now - 10 * MIN, 10_000),
        now,
      }).allowed,
    ).toBe(true);
    const d = evaluateThrottle({
      accountAttempts: [],
      addressAttempts: fails(20, now - 10 * MIN, 10_000),
      now,
    });
    expect(d).toEqual({ allowed: false, scope: 'address', retryAfterMs: 5 * MIN });
  });

  it('reports the later of two locks', () => {
    const d = evaluateThrottle({
      accountAttempts: fails(5, now - 2 * MIN, 1000),
      addressAttempts: fails(20, now - 14 * MIN, 1000),
      now,
    });
    expect(d).toMatchObject({ allowed: false, scope: 'account' });
    if (!d.allowed) expect(d.retryAfterMs).toBe(13 * MIN);
  });

  it('uses the documented limits', () => {
    expect(THROTTLE_RULES).toEqual({
      windowMs: 15 * MIN,
      maxFailuresPerAccount: 5,
      maxFailuresPerAddress: 20,
    });
  });
});

describe('messages and addresses', () => {
  it('rounds the wait up to whole minutes', () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(5 * MIN)).toBe(5);
    expect(retryAfterMinutes(5 * MIN + 1)).toBe(6);
    expect(throttleMessage(1)).toBe('Too many attempts, try again in 1 minute.');
    expect(throttleMessage(12)).toBe('Too many attempts, try again in 12 minutes.');
  });

  it('takes the last X-Forwarded-For hop (the one the nearest proxy added)', () => {
    expect(clientAddress({ 'x-forwarded-for': '6.6.6.6, 10.0.0.1, 203.0.113.7' })).toBe(
      '203.0.113.7',
    );
    expect(clientAddress({ 'x-forwarded-for': '::ffff:127.0.0.1' })).toBe('::ffff:127.0.0.1');
    expect(clientAddress({ 'x-real-ip': '198.51.100.2' })).toBe('198.51.100.2');
    expect(clientAddress({})).toBe('unknown');
  });
});
