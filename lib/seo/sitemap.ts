/*
 * Sitemaps (sitemaps.org protocol 0.9): one index at /sitemap.xml naming the sitemap files, each file at
 * most 50,000 URLs. The site's URLs come in sections (pages, years, events, people); a section larger
 * than the limit is split across numbered files.
 */

export const MAX_URLS_PER_SITEMAP = 50_000;

export type SitemapFile<S extends string = string> = {
  section: S;
  /** 1-based number of the file within its section. */
  page: number;
  offset: number;
  limit: number;
};

/** The files the index lists: every non-empty section split into chunks of at most `max` URLs. */
export function planSitemaps<S extends string>(
  sections: readonly { section: S; count: number }[],
  max: number = MAX_URLS_PER_SITEMAP,
): SitemapFile<S>[] {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`max must be a positive integer, got ${max}`);
  const files: SitemapFile<S>[] = [];
  for (const { section, count } of sections) {
    for (let offset = 0, page = 1; offset < count; offset += max, page++) {
      files.push({ section, page, offset, limit: Math.min(max, count - offset) });
    }
  }
  return files;
}

/** "events-2.xml" */
function sitemapFileName(f: { section: string; page: number }): string {
  return `${f.section}-${f.page}.xml`;
}

/** Where a sitemap file is served: "/sitemaps/events-2.xml" (the index is /sitemap.xml). */
export function sitemapPath(f: { section: string; page: number }): string {
  return `/sitemaps/${sitemapFileName(f)}`;
}

/** Inverse of sitemapFileName for the known sections; null for anything else. */
export function parseSitemapFileName<S extends string>(
  name: string,
  sections: readonly S[],
): { section: S; page: number } | null {
  const m = /^([a-z]+)-([1-9]\d{0,5})\.xml$/.exec(name);
  if (!m) return null;
  const section = sections.find((s) => s === m[1]);
  return section ? { section, page: Number(m[2]) } : null;
}

export type SitemapUrl = { loc: string; lastModified?: Date | null };

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** W3C Datetime, to the second. */
const lastmod = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function entry(tag: 'url' | 'sitemap', u: SitemapUrl): string {
  if (!/^https?:\/\//.test(u.loc)) throw new Error(`sitemap URLs must be absolute, got "${u.loc}"`);
  const mod =
    u.lastModified && !Number.isNaN(u.lastModified.getTime())
      ? `<lastmod>${lastmod(u.lastModified)}</lastmod>`
      : '';
  return `<${tag}><loc>${escapeXml(u.loc)}</loc>${mod}</${tag}>`;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function renderUrlSet(urls: readonly SitemapUrl[]): string {
  if (urls.length > MAX_URLS_PER_SITEMAP) {
    throw new RangeError(
      `a sitemap holds at most ${MAX_URLS_PER_SITEMAP} URLs, got ${urls.length}`,
    );
  }
  return `${HEAD}<urlset xmlns="${NS}">\n${urls.map((u) => entry('url', u)).join('\n')}\n</urlset>\n`;
}

export function renderSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  if (sitemaps.length > MAX_URLS_PER_SITEMAP) {
    throw new RangeError(`a sitemap index holds at most ${MAX_URLS_PER_SITEMAP} sitemaps`);
  }
  return `${HEAD}<sitemapindex xmlns="${NS}">\n${sitemaps.map((s) => entry('sitemap', s)).join('\n')}\n</sitemapindex>\n`;
}
