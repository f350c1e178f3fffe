import { countCachedSitemapSections } from '@/server/feed-cache';
import { getConfig } from '@/lib/config';
import { cacheableResponse } from '@/lib/feeds/http';
import { absoluteUrl } from '@/lib/feeds/paths';
import { planSitemaps, renderSitemapIndex, sitemapPath } from '@/lib/seo/sitemap';

/*
 * The sitemap index. Not Next's sitemap.ts + generateSitemaps: that serves only /sitemap/[id].xml (no
 * index) and lists its files at build time, when there is no database; the number of files here depends on
 * how much is published.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const { siteUrl } = getConfig();
  const files = planSitemaps(await countCachedSitemapSections());
  const body = renderSitemapIndex(
    files.map((f) => ({ loc: absoluteUrl(siteUrl, sitemapPath(f)) })),
  );
  return cacheableResponse(request, body, {
    contentType: 'application/xml; charset=utf-8',
    maxAge: 3600,
  });
}
