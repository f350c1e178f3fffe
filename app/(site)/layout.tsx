import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site/site-chrome';
import { getConfig } from '@/lib/config';
import '../globals.css';

// The public site's root layout (the CMS has its own). Static: it reads no data and no request, so every
// public page stays cacheable and the 404 page can be rendered at build time.
export function generateMetadata(): Metadata {
  const { siteUrl, siteName } = getConfig();
  return {
    metadataBase: new URL(siteUrl),
    title: {
      default: `${siteName} — what happened on this day in history`,
      template: `%s · ${siteName}`,
    },
    description:
      'What happened on this day in history: events, births, deaths and observances for every day of the year, with dates, sources and context.',
    applicationName: siteName,
    openGraph: { siteName, type: 'website', locale: 'en_GB' },
    // Event pages, which have a generated image, ask for the large card.
    twitter: { card: 'summary' },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf8f4' },
    { media: '(prefers-color-scheme: dark)', color: '#161412' },
  ],
  colorScheme: 'light dark',
};

export default function SiteRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
