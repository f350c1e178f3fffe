import { expect, test } from '@playwright/test';
import { gregorianToday, monthDaySlug } from '../lib/dates';
import { signIn } from './fixtures/auth';
import { EventFormPage, uniq } from './pages/event-form';

// A day page opens with its selected anniversaries, then its holidays and observances. Against the
// sample content (db/seed-data.ts, db/seed-observances.ts) and an event this spec writes itself.

test.describe('a day page', () => {
  test('opens with the selected anniversaries, featured first, then the observances @phone', async ({
    page,
    request,
  }) => {
    await page.goto('/days/february-1');
    const headings = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(headings.first()).toHaveText('Selected anniversaries');
    await expect(headings.nth(1)).toHaveText(/^Holidays & observances/);

    const selected = page.getByRole('list', { name: 'Selected anniversaries' });
    const items = selected.getByRole('listitem');
    await expect(items.first().getByRole('link').first()).toHaveText(
      'The United Kingdom recognises the Soviet Union',
    );
    await expect(items.first()).toContainText('1924');
    const titles = await selected.getByRole('heading', { level: 3 }).allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(2);

    // The Wikimedia-compatible feed's `selected` is the same list.
    const feed = (await (await request.get('/api/feed/onthisday/selected/02/01')).json()) as {
      selected: { text: string }[];
    };
    expect(feed.selected.map((i) => i.text).sort()).toEqual([...titles].sort());

    const observances = page.getByRole('region', { name: /^Holidays & observances/ });
    await expect(observances.getByRole('link', { name: "Saint Brigid's Day" })).toBeVisible();

    // A day with observances only (no test writes on a 31st): they come first.
    await page.goto('/days/december-31');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(
      /^Holidays & observances/,
    );
    await expect(
      page
        .getByRole('region', { name: /^Holidays & observances/ })
        .getByRole('link', { name: "New Year's Eve" }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Selected anniversaries' })).toHaveCount(0);
  });

  test('marks this year’s round anniversary, and leaves out what an editor keeps out', async ({
    page,
  }) => {
    const year = gregorianToday('UTC').year;
    const date = {
      year: String(year - 100),
      month: String(1 + Math.floor(Math.random() * 12)),
      day: String(1 + Math.floor(Math.random() * 28)),
    };
    const title = `A centenary ${uniq()}`;
    await signIn(page, 'editor');
    const form = new EventFormPage(page);
    await form.gotoNew();
    await form.fillBasics({ title, ...date, summary: 'Written for the day page’s test.' });
    await expect(form.field('May be chosen for its day’s selected anniversaries')).toBeChecked();
    await form.setStatus('Published');
    const id = await form.create();

    const day = `/days/${monthDaySlug(Number(date.month), Number(date.day))}`;
    const selected = page.getByRole('list', { name: 'Selected anniversaries' });
    const item = selected.getByRole('listitem').filter({ hasText: title });
    await expect
      .poll(
        async () => {
          await page.goto(day);
          return item.count();
        },
        { timeout: 5_000 },
      )
      .toBe(1);
    await expect(item).toContainText('100 years ago');
    await expect(item.getByRole('link', { name: title })).toBeVisible();

    await form.gotoEdit(id);
    await form.field('May be chosen for its day’s selected anniversaries').uncheck();
    await form.saveChanges();
    await expect(
      form.field('May be chosen for its day’s selected anniversaries'),
    ).not.toBeChecked();
    await expect
      .poll(
        async () => {
          await page.goto(day);
          return item.count();
        },
        { timeout: 5_000 },
      )
      .toBe(0);
    // Still on its day, among the other events.
    await expect(
      page
        .getByRole('region', { name: /^(More events|Events)/ })
        .getByRole('link', { name: title }),
    ).toBeVisible();
  });
});
