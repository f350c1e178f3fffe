import { describe, expect, it } from 'vitest';
import { cacheableResponse, secondsUntilNextSiteDay, startOfSiteDay } from './http';

describe('the site day', () => {
  it('starts at local midnight of the date in the site time zone', () => {
    // 23:30 UTC on 31 January is already 1 February in Tokyo (UTC+9), which began at 15:00 UTC.
    const now = new Date('2026-01-31T23:30:00Z');
    expect(startOfSiteDay('Asia/Tokyo', now).toISOString()).toBe('2026-01-31T15:00:00.000Z');
    expect(startOfSiteDay('UTC', now).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(startOfSiteDay('America/New_York', now).toISOString()).toBe('2026-01-31T05:00:00.000Z');
  });

  it('ends when the date changes there, so today’s feed is never cached past midnight', () => {
    expect(secondsUntilNextSiteDay('UTC', new Date('2026-01-31T23:30:00Z'))).toBe(1800);
    expect(secondsUntilNextSiteDay('UTC', new Date('2026-01-31T23:59:59.500Z'))).toBe(1);
    expect(secondsUntilNextSiteDay('Asia/Tokyo', new Date('2026-01-31T23:30:00Z'))).toBe(
      15.5 * 3600,
    );
    // 28 February of a common year is followed by 1 March, of a leap year by 29 February.
    expect(secondsUntilNextSiteDay('UTC', new Date('2026-02-28T12:00:00Z'))).toBe(12 * 3600);
    expect(secondsUntilNextSiteDay('UTC', new Date('2028-02-28T12:00:00Z'))).toBe(12 * 3600);
    expect(secondsUntilNextSiteDay('UTC', new Date('2026-12-31T23:00:00Z'))).toBe(3600);
  });

  it('counts real hours across a daylight-saving change', () => {
    // London springs forward at 01:00 UTC on 29 March 2026: that day has 23 hours.
    expect(startOfSiteDay('Europe/London', new Date('2026-03-29T12:00:00Z')).toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(secondsUntilNextSiteDay('Europe/London', new Date('2026-03-29T00:00:00Z'))).toBe(
      23 * 3600,
    );
    // São Paulo skipped midnight when it sprang forward on 4 November 2018: that day began at 01:00 (UTC-2).
    const start = startOfSiteDay('America/Sao_Paulo', new Date('2018-11-04T12:00:00Z'));
    expect(start.toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });
});

describe('cacheableResponse', () => {
  const request = (headers: Record<string, string> = {}) =>
    new Request('https://almanac.example/feeds/today.rss', { headers });

  it('sends the body with Cache-Control, a strong ETag and Last-Modified', async () => {
    const res = cacheableResponse(request(), '<rss/>', {
      contentType: 'application/rss+xml; charset=utf-8',
      maxAge: 1800.7,
      lastModified: new Date('2026-02-01T00:00:00Z'),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=1800');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
    expect(res.headers.get('last-modified')).toBe('Sun, 01 Feb 2026 00:00:00 GMT');
    expect(await res.text()).toBe('<rss/>');
  });

  it('answers 304 without a body when the ETag still matches, 200 when the body changed', async () => {
    const first = cacheableResponse(request(), 'one', { contentType: 'text/plain', maxAge: 60 });
    const etag = first.headers.get('etag')!;
    const again = cacheableResponse(request({ 'If-None-Match': `W/${etag}, "other"` }), 'one', {
      contentType: 'text/plain',
      maxAge: 60,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const changed = cacheableResponse(request({ 'If-None-Match': etag }), 'two', {
      contentType: 'text/plain',
      maxAge: 60,
    });
    expect(changed.status).toBe(200);
  });

  it('offers downloads under a safe file name', () => {
    const res = cacheableResponse(request(), 'BEGIN:VCALENDAR', {
      contentType: 'text/calendar; charset=utf-8',
      maxAge: 60,
      download: { filename: 'bad"name/é.ics', disposition: 'attachment' },
    });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bad-name-.ics"');
  });
});
