import { describe, expect, it } from 'vitest';
import {
  acceptCorrectionSchema,
  checkFormToken,
  createFormToken,
  hashAddress,
  REPORT_LIMITS,
  rejectCorrectionSchema,
  validateReport,
} from './correction';

const secret = 'test-secret-0123456789';

describe('validateReport', () => {
  it('accepts a report and turns an empty contact into null', () => {
    const r = validateReport({
      description: '  The year is wrong: it was 1925.  ',
      suggestedSource: 'https://example.org/source',
      contact: '',
    });
    expect(r).toEqual({
      ok: true,
      input: {
        description: 'The year is wrong: it was 1925.',
        suggestedSource: 'https://example.org/source',
        contact: null,
      },
    });
  });

  it('gives field errors for a short description, a missing source and a long contact', () => {
    const r = validateReport({
      description: 'wrong',
      suggestedSource: '  ',
      contact: 'x'.repeat(201),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['contact', 'description', 'suggestedSource']);
  });

  it('limits the description length', () => {
    const r = validateReport({
      description: 'x'.repeat(REPORT_LIMITS.descriptionMax + 1),
      suggestedSource: 'a book',
      contact: '',
    });
    expect(r.ok).toBe(false);
  });
});

describe('form token', () => {
  const t0 = 1_700_000_000_000;
  const token = createFormToken({ secret, eventId: 7, now: t0 });

  it('passes after the minimum fill time', () => {
    expect(checkFormToken({ token, secret, eventId: 7, now: t0 + 5_000 })).toEqual({
      ok: true,
      tokenId: expect.stringMatching(/^[\w-]{16,64}$/),
    });
  });
  it('gives every form its own token id, even when shown in the same millisecond', () => {
    const ids = Array.from({ length: 50 }, () => {
      const t = createFormToken({ secret, eventId: 7, now: t0 });
      const check = checkFormToken({ token: t, secret, eventId: 7, now: t0 + 5_000 });
      return check.ok ? check.tokenId : null;
    });
    expect(ids).not.toContain(null);
    expect(new Set(ids).size).toBe(50);
  });
  it('refuses a form sent too fast', () => {
    expect(checkFormToken({ token, secret, eventId: 7, now: t0 + 500 })).toEqual({
      ok: false,
      reason: 'too-fast',
    });
  });
  it('refuses an old form', () => {
    expect(
      checkFormToken({ token, secret, eventId: 7, now: t0 + REPORT_LIMITS.maxFormAgeMs + 1 }),
    ).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
  it('refuses a forged, tampered or other-event token', () => {
    const forged = createFormToken({ secret: 'other', eventId: 7, now: t0 });
    expect(checkFormToken({ token: forged, secret, eventId: 7, now: t0 + 5_000 }).ok).toBe(false);
    const earlier = token.replace(String(t0), String(t0 - 60_000));
    expect(checkFormToken({ token: earlier, secret, eventId: 7, now: t0 + 5_000 }).ok).toBe(false);
    expect(checkFormToken({ token, secret, eventId: 8, now: t0 + 5_000 }).ok).toBe(false);
    expect(checkFormToken({ token: 'garbage', secret, eventId: 7, now: t0 }).ok).toBe(false);
    const [e, at, , mac] = token.split('.');
    const otherId = `${e}.${at}.AAAAAAAAAAAAAAAAAAAAAA.${mac}`;
    expect(checkFormToken({ token: otherId, secret, eventId: 7, now: t0 + 5_000 }).ok).toBe(false);
  });
});

describe('hashAddress', () => {
  it('is stable, keyed, and does not contain the address', () => {
    const h = hashAddress({ secret, address: '203.0.113.7' });
    expect(h).toBe(hashAddress({ secret, address: '203.0.113.7' }));
    expect(h).not.toBe(hashAddress({ secret: 'other', address: '203.0.113.7' }));
    expect(h).not.toContain('203.0.113.7');
  });
});

describe('resolve schemas', () => {
  it('accept needs a revision; the note is optional', () => {
    expect(
      acceptCorrectionSchema.safeParse({ correctionId: '1', revisionId: '', note: '' }).success,
    ).toBe(false);
    expect(acceptCorrectionSchema.parse({ correctionId: '1', revisionId: '4', note: ' ' })).toEqual(
      {
        correctionId: 1,
        revisionId: 4,
        note: null,
      },
    );
  });
  it('reject needs a note', () => {
    expect(rejectCorrectionSchema.safeParse({ correctionId: '1', note: '  ' }).success).toBe(false);
    expect(
      rejectCorrectionSchema.parse({ correctionId: '1', note: 'Source confirms our date.' }).note,
    ).toBe('Source confirms our date.');
  });
});
