// The framework's ceiling for `npm run bench`: a Next.js app with one route handler that answers
// every path with the same bytes (BENCH_BARE_FILE, read once), configured as Almanac is where it
// matters per request (no ETag hashing, no X-Powered-By, Next's compression on).
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '../../.next-bench-bare',
  poweredByHeader: false,
  generateEtags: false,
};

export default nextConfig;
