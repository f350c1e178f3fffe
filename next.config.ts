import type { NextConfig } from 'next';

// Static headers for every page; the CMS adds a nonce-based CSP of its own (it is dynamic anyway).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Content-Security-Policy',
    value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never serve (or overwrite) the `npm start` build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next hashes the whole body of every cached page on every request to make an ETag (FNV-1a in JS):
  // on a 100 KB day page that costs a third of the throughput. Caches go by Cache-Control instead.
  generateEtags: false,
  reactStrictMode: true,
  // Rendered pages and cached data live in this process's memory, bounded, with tag expiries shared
  // through the database: server/cache-handler.mjs, installed by the server preload (see there why not
  // with `cacheHandler`). Should a server run without it, Next's own cache keeps nothing either:
  // nothing in memory, nothing written under the build folder.
  cacheMaxMemorySize: 0,
  serverExternalPackages: ['better-sqlite3'],
  typedRoutes: false,
  experimental: {
    // The proxy reads server-action bodies to check them (server/action-guard.ts refuses any over
    // 1 MB): it need not buffer more than that.
    proxyClientMaxBodySize: '2mb',
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  // The index pages live in app/(site)/browse/[[...path]] (see there for why); readers only ever see
  // their public addresses. Rewrites match before the file system, so /events/page/2 is not an event.
  async rewrites() {
    return {
      beforeFiles: [
        ['/events', '/browse/events'],
        ['/events/page/:page(\\d+)', '/browse/events/page/:page'],
        ['/people', '/browse/people'],
        ['/people/a-z/:initial', '/browse/people/a-z/:initial'],
        ['/people/a-z/:initial/:page(\\d+)', '/browse/people/a-z/:initial/:page'],
        ['/years', '/browse/years'],
        ['/years/:century(\\d{1,3}(?:st|nd|rd|th)-century(?:-bce)?)', '/browse/years/:century'],
      ].map(([source, destination]) => ({ source: source!, destination: destination! })),
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [{ source: '/browse/:path*', destination: '/:path*', permanent: true }];
  },
};

export default nextConfig;
