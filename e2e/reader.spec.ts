import { expect, test } from '@playwright/test';
import {
  adjacentDay,
  formatMonthDay,
  gregorianToday,
  howLongAgo,
  monthDaySlug,
} from '../lib/dates';

// The e2e server runs with SITE_TIME_ZONE=UTC and the sample content (db/seed-data.ts).
const today = () => gregorianToday('UTC');
const UK = '/events/united-kingdom-recognises-the-soviet-union';

test.describe('a reader', () => {
  test("sees today's events on the home page and can step to yesterday and tomorrow @phone", async ({
    page,
  }) => {
    const t = today();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      formatMonthDay(t.month, t.day),
    );

    const next = adjacentDay(t, 1);
    await page
      .getByRole('link', {
        name: new RegExp(`^(Next day|Tomorrow).*${formatMonthDay(next.month, next.day)}`),
      })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/days/${monthDaySlug(next.month, next.day)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      formatMonthDay(next.month, next.day),
    );
  });

  test('moves between days and uses the calendar to reach 29 February', async ({ page }) => {
    await page.goto('/days/february-1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('1 February');
    await expect(
      page.getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' }),
    ).toBeVisible();

    await page
      .getByRole('link', { name: /Previous day.*31 January/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/days\/january-31$/);

    await page.goto('/days');
    await page
      .getByRole('group', { name: 'February' })
      .getByRole('link', { name: '29', exact: true })
      .click();
    await expect(page).toHaveURL(/\/days\/february-29$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('29 February');
    await page
      .getByRole('link', { name: /Next day.*1 March/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/days\/march-1$/);
  });

  test('numeric day URLs redirect permanently to the named day', async ({ request }) => {
    const response = await request.get('/days/02-01', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toMatch(/\/days\/february-1$/);
  });

  test('opens an event and sees everything it holds', async ({ page }) => {
    await page.goto('/days/february-1');
    await page
      .getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${UK}$`));

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The United Kingdom recognises the Soviet Union',
    );
    await expect(page.getByText('1 February 1924').first()).toBeVisible();
    const ago = howLongAgo({
      date: { year: 1924, month: 2, day: 1, precision: 'day', circa: false, calendar: 'gregorian' },
      today: today(),
    });
    await expect(page.getByText(ago)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Politics & Government' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Ramsay MacDonald/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /David Lloyd George/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /references/i })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /Discover more from 1 February/i }),
    ).toBeVisible();
  });

  test('follows a cross-link both ways with the inverse label', async ({ page }) => {
    await page.goto(UK);
    const related = page.getByRole('region', { name: /related events/i });
    await expect(related.getByText(/Led to/)).toBeVisible();
    await related.getByRole('link', { name: 'Italy recognises the Soviet Union' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Italy recognises the Soviet Union',
    );

    const back = page.getByRole('region', { name: /related events/i });
    await expect(back.getByText(/Result of/)).toBeVisible();
    await back
      .getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${UK}$`));
  });

  test('opens a person, a category and a year from an event @phone', async ({ page }) => {
    await page.goto(UK);
    await page
      .getByRole('link', { name: /Ramsay MacDonald/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ramsay MacDonald');
    await expect(
      page.getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' }),
    ).toBeVisible();

    await page.goto(UK);
    await page.getByRole('link', { name: 'Politics & Government' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Politics & Government');
    await expect(
      page.getByRole('link', { name: 'The United States recognises the Soviet Union' }),
    ).toBeVisible();

    await page.goto('/years/1924');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('1924');
    for (const title of [
      'The United Kingdom recognises the Soviet Union',
      'Italy recognises the Soviet Union',
      'Mexico establishes diplomatic relations with the Soviet Union',
    ]) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
    await expect(
      page.getByRole('link', { name: 'The United States recognises the Soviet Union' }),
    ).toHaveCount(0);
  });

  test("shows a BCE event's date and how long ago, counting no year 0", async ({ page }) => {
    await page.goto('/years/44-bce');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('44 BCE');
    await page.getByRole('link', { name: 'Julius Caesar is assassinated in Rome' }).click();
    await expect(page.getByText(/15 March 44 BCE/).first()).toBeVisible();
    const ago = howLongAgo({
      date: { year: -44, month: 3, day: 15, precision: 'day', circa: false, calendar: 'julian' },
      today: today(),
    });
    expect(ago).toMatch(/^2,0\d\d years/);
    await expect(page.getByText(ago)).toBeVisible();
  });

  test('gets a helpful 404 for a missing page', async ({ page }) => {
    const response = await page.goto('/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /today/i }).first()).toBeVisible();

    expect((await page.goto('/days/february-30'))?.status()).toBe(404);
    expect((await page.goto('/years/0'))?.status()).toBe(404);
  });

  test('reads a whole event page with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(UK);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The United Kingdom recognises the Soviet Union',
    );
    await expect(page.getByText(/Ramsay MacDonald's new Labour government/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Italy recognises the Soviet Union' }).first(),
    ).toBeVisible();
    await page
      .getByRole('link', { name: /Discover more|All events on 1 February|1 February/ })
      .last()
      .click();
    await expect(page).toHaveURL(/\/days\/february-1$/);
    await context.close();
  });

  test('every page names the site icon and the web manifest, and they are all served', async ({
    page,
    request,
  }) => {
    for (const path of ['/', '/days/february-1', UK, '/years', '/login', '/no-such-page']) {
      await page.goto(path);
      const head = page.locator('head');
      await expect(head.locator('link[rel="icon"][type="image/svg+xml"]'), path).toHaveAttribute(
        'href',
        /^\/icon\.svg/,
      );
      await expect(head.locator('link[rel="icon"][type="image/x-icon"]'), path).toHaveAttribute(
        'href',
        /^\/favicon\.ico/,
      );
      await expect(head.locator('link[rel="apple-touch-icon"]'), path).toHaveAttribute(
        'href',
        /^\/apple-icon\.png/,
      );
      await expect(head.locator('link[rel="manifest"]'), path).toHaveAttribute(
        'href',
        '/manifest.webmanifest',
      );
    }

    // Browsers ask for /favicon.ico whatever the page says.
    const ico = await request.get('/favicon.ico');
    expect(ico.status()).toBe(200);
    expect(ico.headers()['content-type']).toBe('image/x-icon');
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await request.get('/icon.svg');
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg');

    const png = async (src: string) => {
      const res = await request.get(src);
      expect(res.status(), src).toBe(200);
      expect(res.headers()['content-type'], src).toBe('image/png');
      const b = await res.body();
      expect(b.subarray(1, 4).toString(), src).toBe('PNG');
      return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
    };
    expect(await png('/apple-icon.png')).toBe('180x180');

    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const m = (await manifest.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(m).toMatchObject({
      short_name: 'Almanac',
      start_url: '/',
      display: 'standalone',
      theme_color: '#faf8f4',
      background_color: '#faf8f4',
    });
    expect(m.name).toContain('Almanac');
    const pngs = m.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) expect(await png(icon.src)).toBe(icon.sizes);
    expect((await request.get(m.icons.find((i) => i.type === 'image/svg+xml')!.src)).status()).toBe(
      200,
    );
  });

  test('category chips link to their category, never inside another link, with a visible focus', async ({
    page,
  }) => {
    for (const path of ['/days/february-1', '/years/1924', UK, '/search?q=soviet', '/events']) {
      await page.goto(path);
      const chips = page.locator('main a.chip:not(.tag)');
      expect(await chips.count(), path).toBeGreaterThan(0);
      const hrefs = await chips.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(
        hrefs.every((h) => /^\/categories\/[a-z0-9-]+$/.test(h ?? '')),
        path,
      ).toBe(true);
      expect(await page.locator('a a, a button, button a').count(), path).toBe(0);
    }

    await page.goto('/days/february-1');
    const item = page
      .locator('main .timeline > li')
      .filter({ has: page.locator('a.chip') })
      .first();
    const chip = item.locator('a.chip');
    const name = (await chip.textContent())!;
    // With the keyboard: the event's own link, then its category's, which shows where the focus is.
    await item.locator('.title-text > a').focus();
    await page.keyboard.press('Tab');
    await expect(chip).toBeFocused();
    const outline = await chip.evaluate(
      (el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`,
    );
    expect(outline).toBe('solid 3px');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/categories\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });

  test('phone layout has no horizontal scrolling @phone', async ({ page }) => {
    for (const path of ['/', '/days/february-1', UK, '/categories']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
