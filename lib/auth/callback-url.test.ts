import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it.each([
    ['/editor', '/editor'],
    ['/admin/users?page=2#top', '/admin/users?page=2#top'],
    ['/editor/../admin', '/admin'],
  ])('keeps the site path %j', (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    'https://evil.com',
    'http://localhost:3000@evil.com/',
    '//evil.com',
    '//evil.com/editor',
    '/\\evil.com',
    '/\\/evil.com',
    '\\\\evil.com',
    '/\t/evil.com',
    '/\n/evil.com',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,hi',
    'editor',
    '',
    undefined,
    null,
    42,
    ['/editor'],
  ])('falls back to /editor for %j', (raw) => {
    expect(safeCallbackPath(raw)).toBe('/editor');
  });

  it('uses the given fallback', () => {
    expect(safeCallbackPath('//evil.com', '/login')).toBe('/login');
  });
});
