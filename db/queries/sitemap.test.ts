import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { planSitemaps } from '@/lib/seo/sitemap';
import { eventPeople, eventTags, people, tags } from '../schema';
import { countSitemapSections, listSitemapEntries, type SitemapSection } from './sitemap';
import { insertCategory, insertEvent } from './test-fixtures';

const t = (iso: string) => new Date(iso);

beforeAll(() => {
  const politics = insertCategory({ slug: 'politics', name: 'Politics', position: 1 });
  insertCategory({ slug: 'empty', name: 'Empty', position: 2 });
  const uk = insertEvent({
    categoryId: politics,
    slug: 'uk',
    year: 1924,
    month: 2,
    day: 1,
    updatedAt: t('2026-01-10T00:00:00Z'),
  });
  insertEvent({
    categoryId: politics,
    slug: 'birth',
    kind: 'birth',
    year: 1924,
    month: 2,
    day: 1,
    updatedAt: t('2026-01-12T00:00:00Z'),
  });
  insertEvent({
    categoryId: politics,
    slug: 'caesar',
    year: -44,
    month: 3,
    day: 15,
    updatedAt: t('2025-06-01T00:00:00Z'),
  });
  insertEvent({
    categoryId: politics,
    slug: 'a-year',
    year: 1500,
    month: null,
    day: null,
    precision: 'year',
    updatedAt: t('2025-07-01T00:00:00Z'),
  });
  const draft = insertEvent({
    categoryId: politics,
    slug: 'draft',
    year: 1950,
    month: 2,
    day: 1,
    status: 'draft',
    updatedAt: t('2026-05-01T00:00:00Z'),
  });

  const [used, unused] = db
    .insert(tags)
    .values([
      { slug: 'diplomacy', name: 'Diplomacy' },
      { slug: 'unused', name: 'Unused' },
    ])
    .returning()
    .all();
  db.insert(eventTags)
    .values([
      { eventId: uk.id, tagId: used!.id },
      { eventId: draft.id, tagId: unused!.id },
    ])
    .run();
  const [macdonald, nobody] = db
    .insert(people)
    .values([
      { slug: 'ramsay-macdonald', name: 'Ramsay MacDonald', updatedAt: t('2025-01-01T00:00:00Z') },
      { slug: 'only-in-drafts', name: 'Only in drafts' },
    ])
    .returning()
    .all();
  db.insert(eventPeople)
    .values([
      { eventId: uk.id, personId: macdonald!.id },
      { eventId: draft.id, personId: nobody!.id },
    ])
    .run();
});

const all = (section: SitemapSection) =>
  planSitemaps(countSitemapSections())
    .filter((f) => f.section === section)
    .flatMap((f) => listSitemapEntries(f));

describe('sitemap sections', () => {
  it('count exactly the URLs their files list', () => {
    for (const { section, count } of countSitemapSections()) {
      expect(all(section), section).toHaveLength(count);
    }
  });

  it('list public events with their last change, never drafts', () => {
    expect(all('events')).toEqual([
      { path: '/events/uk', lastModified: Date.parse('2026-01-10T00:00:00Z') },
      { path: '/events/birth', lastModified: Date.parse('2026-01-12T00:00:00Z') },
      { path: '/events/caesar', lastModified: Date.parse('2025-06-01T00:00:00Z') },
      { path: '/events/a-year', lastModified: Date.parse('2025-07-01T00:00:00Z') },
    ]);
  });

  it('list all 366 days, a day’s births page only when it has births, categories and used tags', () => {
    const pages = all('pages');
    const paths = pages.map((p) => p.path);
    expect(paths.slice(0, 5)).toEqual(['/', '/days', '/categories', '/tags', '/about']);
    expect(paths.filter((p) => /^\/days\/[a-z]+-\d+$/.test(p))).toHaveLength(366);
    expect(paths).toContain('/days/february-29');
    expect(pages.find((p) => p.path === '/days/february-1')?.lastModified).toBe(
      Date.parse('2026-01-12T00:00:00Z'),
    );
    expect(pages.find((p) => p.path === '/days/january-1')?.lastModified).toBeNull();
    expect(paths).toContain('/days/february-1/births');
    expect(paths).not.toContain('/days/february-1/deaths');
    expect(paths).not.toContain('/days/march-15/births');
    expect(paths).toEqual(
      expect.arrayContaining(['/categories/politics', '/categories/empty', '/tags/diplomacy']),
    );
    expect(paths).not.toContain('/tags/unused');
  });

  it('list the index pages: events, people (each letter with anyone public), years and their centuries', () => {
    const paths = all('pages').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/events', '/people', '/years']));
    expect(paths.filter((p) => p.startsWith('/people/'))).toEqual(['/people/a-z/r']);
    expect(paths.filter((p) => p.startsWith('/years/'))).toEqual([
      '/years/1st-century-bce',
      '/years/15th-century',
      '/years/20th-century',
    ]);
  });

  it('list years with public events, BCE included, and people with public events', () => {
    expect(all('years').map((y) => y.path)).toEqual([
      '/years/44-bce',
      '/years/1500',
      '/years/1924',
      '/years/1924/births',
    ]);
    expect(all('people')).toEqual([
      { path: '/people/ramsay-macdonald', lastModified: Date.parse('2026-01-10T00:00:00Z') },
    ]);
  });
});
