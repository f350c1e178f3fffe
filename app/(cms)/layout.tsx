import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

// Every CMS page depends on who is asking (and carries a per-request CSP nonce): never cache one.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { template: '%s · Almanac CMS', default: 'Almanac CMS' },
  robots: { index: false, follow: false },
};

// The CMS's root layout (the public site has its own); it shares the site's stylesheet.
export default function CmsRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">{children}</body>
    </html>
  );
}
