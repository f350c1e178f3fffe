import { describe, expect, it } from 'vitest';
import { NOTICE_CODES, noticeText, readNotice, withNotice, type NoticeRef } from './notices';

const fromUrl = (url: string, shows?: Parameters<typeof readNotice>[1]) =>
  readNotice(Object.fromEntries(new URL(url, 'http://x.invalid').searchParams), shows);

describe('notices', () => {
  it('has fixed words for every code', () => {
    const cases: [NoticeRef, string | null, string][] = [
      [{ code: 'category-created' }, 'Kings', 'Created Kings.'],
      [{ code: 'category-saved' }, 'Kings', 'Saved Kings.'],
      [{ code: 'category-deleted', n: 0 }, null, 'Deleted the category.'],
      [{ code: 'category-deleted', n: 1 }, null, 'Deleted the category and moved its 1 event.'],
      [{ code: 'category-deleted', n: 3 }, null, 'Deleted the category and moved its 3 events.'],
      [{ code: 'category-merged', n: 1 }, 'Kings', 'Merged into Kings: 1 event moved.'],
      [{ code: 'tag-renamed' }, 'Treaties', 'Renamed to Treaties.'],
      [{ code: 'tag-merged', n: 2 }, 'Treaties', 'Merged into Treaties (2 events).'],
      [{ code: 'tag-deleted' }, null, 'Deleted the tag.'],
      [{ code: 'person-saved' }, 'Ada Lovelace', 'Saved Ada Lovelace.'],
      [{ code: 'person-merged', n: 1 }, 'Ada Lovelace', 'Merged into Ada Lovelace (1 event).'],
    ];
    for (const [ref, name, text] of cases) expect(noticeText(ref, name)).toBe(text);
    expect(new Set(cases.map(([ref]) => ref.code))).toEqual(new Set(NOTICE_CODES));
  });

  it('round-trips through the URL', () => {
    const url = withNotice('/admin/categories', { code: 'category-merged', id: 12, n: 3 });
    expect(url).toBe('/admin/categories?notice=category-merged&id=12&n=3');
    expect(fromUrl(url)).toEqual({ code: 'category-merged', id: 12, n: 3 });
  });

  it.each([
    '/admin/users?notice=Your+account+is+suspended',
    '/admin/users?notice=Your%20account%20is%20suspended.%20Call%20%2B1%20555%200100',
    '/editor/tags?notice=%3Cb%3Eurgent%3C%2Fb%3E',
    '/editor/tags?notice=TAG-DELETED',
    '/editor/tags?notice=tag-deleted%20',
    '/editor/tags?notice=constructor',
    '/editor/tags?notice=__proto__',
    '/editor/tags?notice=',
    '/editor/tags',
  ])('shows nothing for %s', (url) => {
    expect(noticeText(fromUrl(url), 'Some name')).toBeNull();
  });

  it('shows nothing for a code the page does not give, or without the record it names', () => {
    expect(fromUrl('/editor/tags/5?notice=tag-deleted', ['tag-renamed', 'tag-merged'])).toBeNull();
    expect(
      noticeText(fromUrl('/admin/categories?notice=category-created&id=99'), undefined),
    ).toBeNull();
    expect(noticeText(fromUrl('/editor/tags/5?notice=tag-merged'), 'Treaties')).toBeNull();
  });

  it('takes only small whole numbers for the record and the count', () => {
    expect(fromUrl('/x?notice=category-merged&id=1e3&n=-1')).toEqual({ code: 'category-merged' });
    expect(fromUrl('/x?notice=category-deleted&n=99999999999')).toEqual({
      code: 'category-deleted',
    });
    expect(noticeText(fromUrl('/x?notice=category-deleted&n=2%20events.%20Call%20us'))).toBe(
      'Deleted the category.',
    );
  });
});
