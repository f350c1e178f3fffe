import { countCachedSitemapSections, listCachedSitemapEntries } from '@/server/feed-cache';
import { SITEMAP_SECTIONS } from '@/db/store';
import { getConfig } from '@/lib/config';
import { cacheableResponse } from '@/lib/feeds/http';
import { absoluteUrl } from '@/lib/feeds/paths';
import { parseSitemapFileName, planSitemaps, renderUrlSet } from '@/lib/seo/sitemap';

export const dynamic = 'force-dynamic';

/** /sitemaps/{section}-{n}.xml: one file of the index at /sitemap.xml. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseSitemapFileName((await params).file, SITEMAP_SECTIONS);
  const file = name
    ? planSitemaps(await countCachedSitemapSections()).find(
        (f) => f.section === name.section && f.page === name.page,
      )
    : undefined;
  if (!file) {
    return Response.json(
      { error: 'No such sitemap.' },
      { status: 404, headers: { 'Cache-Control': 'public, max-age=300' } },
    );
  }
  const { siteUrl } = getConfig();
  const entries = await listCachedSitemapEntries(file);
  const body = renderUrlSet(
    entries.map((e) => ({
      loc: absoluteUrl(siteUrl, e.path),
      lastModified: e.lastModified === null ? null : new Date(e.lastModified),
    })),
  );
  return cacheableResponse(request, body, {
    contentType: 'application/xml; charset=utf-8',
    maxAge: 3600,
  });
}
