import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it.each([
    ['/editor', '/editor'],
    ['/admin/users?page=2#top', '/admin/users?page=2#top'],
    ['/editor/../admin', '/admin'],
    ['/editor/events?q=a%2F%2Fb', '/editor/events?q=a%2F%2Fb'],
    ['/editor/events?next=//evil.invalid', '/editor/events?next=//evil.invalid'],
    ['/editor/events/12#history', '/editor/events/12#history'],
  ])('keeps the site path %j', (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  // Known open-redirect forms: each would leave the site if it reached a Location header or
  // window.location as it is, or once a browser or URL parser has normalised it.
  it.each([
    // absolute and scheme-relative
    'https://evil.invalid',
    'http://evil.invalid/editor',
    'HTTPS://evil.invalid',
    'https:evil.invalid',
    'https:/evil.invalid',
    'http://localhost:3000@evil.invalid/',
    '//evil.invalid',
    '//evil.invalid/editor',
    '///evil.invalid',
    '////evil.invalid',
    '//evil.invalid@localhost/',
    // backslashes, which browsers read as slashes
    '/\\evil.invalid',
    '/\\/evil.invalid',
    '\\\\evil.invalid',
    '\\/evil.invalid',
    '/%5Cevil.invalid',
    '/%5C%5Cevil.invalid',
    '/%5c/evil.invalid',
    // encoded slashes
    '/%2F%2Fevil.invalid',
    '/%2f/evil.invalid',
    '%2F%2Fevil.invalid',
    // dot segments that collapse into //host once normalised (the reported bug)
    '/x/..//evil.invalid',
    '/x/../\\evil.invalid',
    '/a/b/../..//evil.invalid',
    '/./..//evil.invalid',
    '/%2e%2e//evil.invalid',
    '/x/%2E%2E//evil.invalid',
    '/x/.%2e//evil.invalid',
    '/editor/..//evil.invalid/editor',
    // control and white-space characters that browsers strip
    '/\t/evil.invalid',
    '\t//evil.invalid',
    '/\n/evil.invalid',
    '/\r\n/evil.invalid',
    ' //evil.invalid',
    '/%09/evil.invalid',
    '/%0d%0a/evil.invalid',
    '/\u0000/evil.invalid',
    // other schemes
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,hi',
    'vbscript:msgbox(1)',
    // not a path at all
    'editor',
    'evil.invalid',
    '',
    '/'.repeat(3000),
    undefined,
    null,
    42,
    ['/editor'],
  ])('falls back to /editor for %j', (raw) => {
    expect(safeCallbackPath(raw)).toBe('/editor');
  });

  it('never returns anything a browser would resolve off the site', () => {
    const base = 'https://almanac.example/login';
    for (const raw of [
      '/x/..//evil.invalid',
      '/%2e%2e//evil.invalid',
      '/editor',
      '/%5Cevil.invalid',
      '/%2F%2Fevil.invalid',
    ]) {
      expect(new URL(safeCallbackPath(raw), base).origin).toBe('https://almanac.example');
    }
  });

  it('uses the given fallback', () => {
    expect(safeCallbackPath('//evil.com', '/login')).toBe('/login');
  });
});
