import { expect, test } from '@playwright/test';
import { adjacentDay, formatMonthDay, gregorianToday, howLongAgo, monthDaySlug } from '../lib/dates';

// The e2e server runs with SITE_TIME_ZONE=UTC and the sample content (db/seed-data.ts).
const today = () => gregorianToday('UTC');
const UK = '/events/united-kingdom-recognises-the-soviet-union';

test.describe('a reader', () => {
  test("sees today's events on the home page and can step to yesterday and tomorrow @phone", async ({ page }) => {
    const t = today();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(formatMonthDay(t.month, t.day));

    const next = adjacentDay(t, 1);
    await page.getByRole('link', { name: new RegExp(`^(Next day|Tomorrow).*${formatMonthDay(next.month, next.day)}`) }).first().click();
    await expect(page).toHaveURL(new RegExp(`/days/${monthDaySlug(next.month, next.day)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(formatMonthDay(next.month, next.day));
  });

  test('moves between days and uses the calendar to reach 29 February', async ({ page }) => {
    await page.goto('/days/february-1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('1 February');
    await expect(page.getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' })).toBeVisible();

    await page.getByRole('link', { name: /Previous day.*31 January/ }).first().click();
    await expect(page).toHaveURL(/\/days\/january-31$/);

    await page.goto('/days');
    await page.getByRole('group', { name: 'February' }).getByRole('link', { name: '29', exact: true }).click();
    await expect(page).toHaveURL(/\/days\/february-29$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('29 February');
    await page.getByRole('link', { name: /Next day.*1 March/ }).first().click();
    await expect(page).toHaveURL(/\/days\/march-1$/);
  });

  test('numeric day URLs redirect permanently to the named day', async ({ request }) => {
    const response = await request.get('/days/02-01', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toMatch(/\/days\/february-1$/);
  });

  test('opens an event and sees everything it holds', async ({ page }) => {
    await page.goto('/days/february-1');
    await page.getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' }).click();
    await expect(page).toHaveURL(new RegExp(`${UK}$`));

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The United Kingdom recognises the Soviet Union');
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
    await expect(page.getByRole('heading', { name: /Discover more from 1 February/i })).toBeVisible();
  });

  test('follows a cross-link both ways with the inverse label', async ({ page }) => {
    await page.goto(UK);
    const related = page.getByRole('region', { name: /related events/i });
    await expect(related.getByText(/Led to/)).toBeVisible();
    await related.getByRole('link', { name: 'Italy recognises the Soviet Union' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Italy recognises the Soviet Union');

    const back = page.getByRole('region', { name: /related events/i });
    await expect(back.getByText(/Result of/)).toBeVisible();
    await back.getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' }).click();
    await expect(page).toHaveURL(new RegExp(`${UK}$`));
  });

  test('opens a person, a category and a year from an event @phone', async ({ page }) => {
    await page.goto(UK);
    await page.getByRole('link', { name: /Ramsay MacDonald/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ramsay MacDonald');
    await expect(page.getByRole('link', { name: 'The United Kingdom recognises the Soviet Union' })).toBeVisible();

    await page.goto(UK);
    await page.getByRole('link', { name: 'Politics & Government' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Politics & Government');
    await expect(page.getByRole('link', { name: 'The United States recognises the Soviet Union' })).toBeVisible();

    await page.goto('/years/1924');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('1924');
    for (const title of [
      'The United Kingdom recognises the Soviet Union',
      'Italy recognises the Soviet Union',
      'Mexico establishes diplomatic relations with the Soviet Union',
    ]) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'The United States recognises the Soviet Union' })).toHaveCount(0);
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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The United Kingdom recognises the Soviet Union');
    await expect(page.getByText(/Ramsay MacDonald's new Labour government/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Italy recognises the Soviet Union' }).first()).toBeVisible();
    await page.getByRole('link', { name: /Discover more|All events on 1 February|1 February/ }).last().click();
    await expect(page).toHaveURL(/\/days\/february-1$/);
    await context.close();
  });

  test('phone layout has no horizontal scrolling @phone', async ({ page }) => {
    for (const path of ['/', '/days/february-1', UK, '/categories']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
