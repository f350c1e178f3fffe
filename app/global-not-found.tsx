import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteChrome } from '@/components/site/site-chrome';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · Almanac', robots: { index: false } };

// Unmatched URLs anywhere (the public site and the CMS have separate root layouts, so there is no single
// layout to compose a 404 from). A whole document; reads no data.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <SiteChrome>
          <NotFoundContent />
        </SiteChrome>
      </body>
    </html>
  );
}
