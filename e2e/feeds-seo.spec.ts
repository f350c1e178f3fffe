import { expect, test } from '@playwright/test';

// Against the sample content (db/seed-data.ts): 1 February holds the UK's recognition of the Soviet Union.
const UK = '/events/united-kingdom-recognises-the-soviet-union';
const CATEGORY = '/categories/politics-government';

test.describe('feeds', () => {
  test('a day page names its feeds in the head and offers them on the page', async ({
    page,
    request,
  }) => {
    await page.goto('/days/february-1');
    const rss = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    const atom = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(rss).toHaveAttribute('href', /^https?:\/\/.+\/feeds\/today\.rss$/);
    await expect(atom).toHaveAttribute('href', /^https?:\/\/.+\/feeds\/today\.atom$/);
    await expect(rss).toHaveAttribute('title', /today in history \(RSS\)/);

    const subscribe = page.getByText('Subscribe to today in history:').locator('..');
    await expect(subscribe.getByRole('link', { name: 'RSS' })).toHaveAttribute(
      'href',
      '/feeds/today.rss',
    );
    await expect(subscribe.getByRole('link', { name: 'Atom' })).toHaveAttribute(
      'href',
      '/feeds/today.atom',
    );

    for (const [path, type, root] of [
      ['/feeds/today.rss', 'application/rss+xml', '<rss version="2.0"'],
      ['/feeds/today.atom', 'application/atom+xml', '<feed xmlns="http://www.w3.org/2005/Atom">'],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type']).toBe(`${type}; charset=utf-8`);
      expect(res.headers()['cache-control']).toMatch(/^public, max-age=\d+$/);
      const body = await res.text();
      expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      expect(body).toContain(root);
    }
  });

  test('a category offers RSS, Atom and a calendar, and its RSS is well-formed and absolute', async ({
    page,
    request,
  }) => {
    await page.goto(CATEGORY);
    await expect(
      page.locator('head link[rel="alternate"][type="application/rss+xml"]'),
    ).toHaveAttribute('href', /\/feeds\/categories\/politics-government\.rss$/);
    const subscribe = page.getByText('Subscribe to Politics & Government:').locator('..');
    await expect(subscribe.getByRole('link', { name: 'Calendar (.ics)' })).toHaveAttribute(
      'href',
      '/feeds/categories/politics-government.ics',
    );

    const res = await request.get('/feeds/categories/politics-government.rss');
    expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rss = await res.text();
    expect(rss).toMatch(
      /<atom:link href="https?:\/\/[^"]+\/feeds\/categories\/politics-government\.rss" rel="self" type="application\/rss\+xml"\/>/,
    );
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatch(/<link>https?:\/\/[^/<]+\/events\/[a-z0-9-]+<\/link>/);
      expect(item).toMatch(/<guid isPermaLink="false">tag:[^,]+,2025:event\/\d+<\/guid>/);
      expect(item).toMatch(
        /<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/,
      );
    }
    expect(rss).toContain('The United Kingdom recognises the Soviet Union');
    // The category name's ampersand is escaped in element text.
    expect(rss).toContain('<category domain=');
    expect(rss).toContain('>Politics &amp; Government</category>');

    // A reader polling with the ETag it has is told nothing changed.
    const again = await request.get('/feeds/categories/politics-government.rss', {
      headers: { 'If-None-Match': res.headers()['etag']! },
    });
    expect(again.status()).toBe(304);

    const atom = await request.get('/feeds/categories/politics-government.atom');
    expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const atomText = await atom.text();
    expect(atomText).toMatch(/<id>tag:[^,]+,2025:event\/\d+<\/id>/);
    expect(atomText).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z<\/updated>/);

    expect((await request.get('/feeds/categories/no-such-category.rss')).status()).toBe(404);
    expect((await request.get('/feeds/categories/politics-government.json')).status()).toBe(404);
  });

  test('an event page offers its anniversary as an all-day yearly calendar entry', async ({
    page,
    request,
  }) => {
    await page.goto(UK);
    const link = page.getByRole('link', { name: 'Add to calendar (.ics)' });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('united-kingdom-recognises-the-soviet-union.ics');

    const res = await request.get(`/feeds/events/united-kingdom-recognises-the-soviet-union.ics`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers()['content-disposition']).toBe(
      'attachment; filename="united-kingdom-recognises-the-soviet-union.ics"',
    );
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:19700201');
    expect(lines).toContain('RRULE:FREQ=YEARLY');
    expect(lines).toContain('SUMMARY:The United Kingdom recognises the Soviet Union (1924)');
    expect(lines.some((l) => /^UID:event-\d+@/.test(l))).toBe(true);
  });
});

test.describe('search engines and sharing', () => {
  test('robots.txt keeps crawlers out of the CMS and points at the sitemap', async ({
    request,
  }) => {
    const res = await request.get('/robots.txt');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/plain/);
    const robots = await res.text();
    expect(robots).toContain('User-Agent: *');
    expect(robots).toContain('Allow: /');
    for (const path of ['/editor', '/admin', '/api/cms', '/api/auth', '/login']) {
      expect(robots).toContain(`Disallow: ${path}\n`);
    }
    expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });

  test('sitemap.xml indexes sitemaps that list the public pages', async ({ request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const body = await index.text();
    expect(body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.map((l) => new URL(l).pathname)).toEqual(
      expect.arrayContaining(['/sitemaps/pages-1.xml', '/sitemaps/events-1.xml']),
    );

    const all: string[] = [];
    for (const loc of locs) {
      const res = await request.get(new URL(loc).pathname);
      expect(res.status(), loc).toBe(200);
      const xml = await res.text();
      expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      all.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    }
    expect(all).toEqual(
      expect.arrayContaining([
        UK,
        '/days/february-1',
        '/days/february-29',
        CATEGORY,
        '/years/1924',
      ]),
    );
    expect(new Set(all).size).toBe(all.length);
  });

  test('an event page has a canonical URL, a generated share image and structured data', async ({
    page,
    request,
  }) => {
    await page.goto(UK);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^https?://[^/]+${UK}$`),
    );
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute(
      'content',
      'article',
    );
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
    // The card's address carries the event's version, so social networks refetch it after an edit.
    expect(image).toMatch(new RegExp(`^https?://[^/]+${UK}/card\\.png\\?v=[0-9a-z]+$`));
    await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute(
      'content',
      image!,
    );
    await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute(
      'content',
      'The United Kingdom recognises the Soviet Union: 1 February 1924, Politics & Government',
    );

    const png = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((b) => JSON.parse(b) as { '@type': string });
    const article = data.find((d) => d['@type'] === 'Article');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'The United Kingdom recognises the Soviet Union',
      mainEntityOfPage: { '@type': 'WebPage', '@id': expect.stringMatching(new RegExp(`${UK}$`)) },
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      publisher: { '@type': 'Organization' },
      about: { '@type': 'Event', startDate: '1924-02-01' },
      image: [image],
    });
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as
      { itemListElement: { name: string }[] } | undefined;
    expect(crumbs?.itemListElement.map((i) => i.name)).toEqual([
      'Home',
      '1 February',
      'The United Kingdom recognises the Soviet Union',
    ]);
  });

  test('a BCE event gets no startDate rather than a wrong one', async ({ page }) => {
    await page.goto('/years/44-bce');
    await page.getByRole('link', { name: 'Julius Caesar is assassinated in Rome' }).click();
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const article = blocks
      .map((b) => JSON.parse(b) as { '@type': string })
      .find((d) => d['@type'] === 'Article');
    expect(article).toHaveProperty('about.@type', 'Event');
    expect(article).not.toHaveProperty('about.startDate');
  });
});
