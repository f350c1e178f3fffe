import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';

// Rendered per request (it is tiny) so the name is the configured SITE_NAME, not the one the build saw.
export const dynamic = 'force-dynamic';

/** The web app manifest (/manifest.webmanifest): the name, the icons and the light theme's colours. */
export default function manifest(): MetadataRoute.Manifest {
  const { siteName } = getConfig();
  return {
    name: `${siteName}: on this day in history`,
    short_name: siteName,
    description:
      'What happened on this day in history: events, births, deaths and observances for every day of the year.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The light theme's paper (app/globals.css --paper), which the page header sits on.
    background_color: '#faf8f4',
    theme_color: '#faf8f4',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
