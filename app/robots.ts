import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';

// Read per request, so the sitemap address follows SITE_URL as the server runs, not as it was built.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = getConfig();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      // The CMS, its APIs and sign-in. (Pages readers should not find in search, such as the error-report
      // form, say noindex themselves: a crawler has to be allowed to fetch them to read that.)
      disallow: ['/editor', '/admin', '/api/cms', '/api/auth', '/login'],
    },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
