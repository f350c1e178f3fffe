import { expect, type Page, test } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { EventFormPage, uniq } from './pages/event-form';

// Against the sample content (db/seed-data.ts), which other specs add to while this one runs: exact
// counts and neighbours are only asserted where no other spec writes (BCE years, this spec's own data).

const status = async (page: Page, path: string) => (await page.request.get(path)).status();

async function expectCanonical(page: Page, path: string) {
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`^https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
}

test.describe('the index pages', () => {
  test('/years lists centuries, a century its years, and a year page is reached from them @phone', async ({
    page,
  }) => {
    await page.goto('/years');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Years');
    await expect(page).toHaveTitle(/^Years · /);
    await expectCanonical(page, '/years');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Years');
    const bce = page.getByRole('region', { name: /Before the Common Era/ });
    await bce.getByRole('link', { name: /^1st century BCE/ }).click();

    await expect(page).toHaveURL(/\/years\/1st-century-bce$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('1st century BCE');
    await expectCanonical(page, '/years/1st-century-bce');
    await expect(page.getByText('100–1 BCE: 1 entry in 1 year.')).toBeVisible();
    await expect(page.getByRole('region', { name: /^40s BCE/ })).toBeVisible();
    await page.getByRole('link', { name: '44 BCE 1 entry' }).click();

    await expect(page).toHaveURL(/\/years\/44-bce$/);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Years' })).toHaveAttribute('href', '/years');
    await expect(crumbs.getByRole('link', { name: '1st century BCE' })).toHaveAttribute(
      'href',
      '/years/1st-century-bce',
    );
    await crumbs.getByRole('link', { name: 'Years' }).click();
    await expect(page).toHaveURL(/\/years$/);
    await page
      .getByRole('region', { name: /^Common Era/ })
      .getByRole('link', { name: /^20th century/ })
      .click();
    await expect(page.getByRole('link', { name: /^1924 \d+ entries$/ })).toHaveAttribute(
      'href',
      '/years/1924',
    );
  });

  test('an empty year answers 404 and year pages link only to years with something published', async ({
    page,
  }) => {
    // It walks every year page of the sample, each a first render: on a busy machine (CI shares its
    // two cores) that takes more than the default 30 s.
    test.slow();
    for (const path of [
      '/years/45-bce',
      '/years/9999',
      '/years/9999-bce',
      '/years/44-bce/births',
      '/years/44-bce/deaths',
    ])
      expect(await status(page, path), path).toBe(404);
    expect(await status(page, '/years/21st-century-bce')).toBe(404);

    // 44 BCE is the sample's earliest year; the next year with anything is 1440 (nothing else before).
    await page.goto('/years/44-bce');
    const nav = page.getByRole('navigation', { name: 'Previous and next year', exact: true });
    await expect(nav.getByRole('link')).toHaveCount(1);
    await expect(nav.getByRole('link', { name: '1440 →' })).toHaveAttribute('href', '/years/1440');
    await nav.getByRole('link', { name: '1440 →' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('1440');
    await expect(
      page
        .getByRole('navigation', { name: 'Previous and next year', exact: true })
        .getByRole('link', { name: '← 44 BCE' }),
    ).toHaveAttribute('href', '/years/44-bce');

    // Walking "next" from the earliest year, as a crawler would, meets no empty page and ends.
    let path: string | null = '/years/44-bce';
    const seen: string[] = [];
    while (path && seen.length < 400) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      seen.push(path);
      const next = page
        .getByRole('navigation', { name: 'Previous and next year', exact: true })
        .getByRole('link', { name: / →$/ });
      path = (await next.count()) > 0 ? await next.getAttribute('href') : null;
    }
    expect(path).toBeNull();
    expect(seen).toEqual(expect.arrayContaining(['/years/1440', '/years/1924', '/years/1933']));

    // A births page links to the nearest years with births, not to the next year.
    await page.goto('/years/1876/births');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Births in 1876');
    for (const href of await page
      .getByRole('navigation', { name: /^Previous and next year with births/ })
      .first()
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/\/births$/);
      expect(await status(page, href!), href!).toBe(200);
    }
  });

  test('a day without births has no births page, and births pages link only to days with births', async ({
    page,
  }) => {
    // The sample's one birth is Maxim Litvinov's, 17 July 1876; its one death Lenin's, 21 January 1924.
    for (const path of ['/days/march-3/births', '/days/july-17/deaths', '/days/january-21/births'])
      expect(await status(page, path), path).toBe(404);
    await page.goto('/days/july-17/births');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Births on 17 July');
    await expect(page.getByRole('link', { name: /deaths on 17 July/ })).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'everything that happened on 17 July' }),
    ).toBeVisible();
    const hrefs = await page
      .getByRole('navigation', { name: 'Previous and next day', exact: true })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      expect(href).toMatch(/\/births$/);
      expect(await status(page, href), href).toBe(200);
    }
  });

  test('/people files everyone A to Z, accented names under their letter', async ({ page }) => {
    await page.goto('/people');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
    await expect(page).toHaveTitle(/^People A to Z · /);
    await expectCanonical(page, '/people');
    const az = page.getByRole('navigation', { name: 'People A to Z' });
    // Nobody in the sample begins with Q: shown, not a link.
    await expect(az.getByRole('link', { name: /^Q\b/ })).toHaveCount(0);
    await expect(az.getByText('Q: nobody yet')).toBeAttached();
    await az.getByRole('link', { name: /^J \d+ people$/ }).click();

    await expect(page).toHaveURL(/\/people\/a-z\/j$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('People: J');
    await expectCanonical(page, '/people/a-z/j');
    const list = page.getByRole('region', { name: /^J/ }).getByRole('list');
    // Slug order folds the accent: Jóhanna files as "johanna", between Johanna and Johannes.
    const names = await list.getByRole('link').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['Jóhanna Sigurðardóttir', 'Johannes Gutenberg', 'Julius Caesar']),
    );
    expect(names.indexOf('Jóhanna Sigurðardóttir')).toBeLessThan(names.indexOf('Julius Caesar'));
    await expect(list.getByText('Julius Caesar (100 BCE–44 BCE)')).toBeVisible();
    await list.getByRole('link', { name: 'Julius Caesar' }).click();
    await expect(page).toHaveURL(/\/people\/julius-caesar$/);
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'People' }),
    ).toHaveAttribute('href', '/people');

    await page.goto('/people/a-z/a');
    await expect(page.getByRole('link', { name: 'Álvaro Obregón' })).toBeVisible();
    for (const path of ['/people/a-z/q', '/people/a-z/j/2', '/people/a-z/J', '/people/a-z'])
      expect(await status(page, path), path).toBe(404);
  });

  test('/events lists the latest published and the ways in', async ({ page }) => {
    await page.goto('/events');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
    await expectCanonical(page, '/events');
    const ways = page.getByRole('navigation', { name: 'Find your way in' });
    for (const [name, href] of [
      [/By day/, '/days'],
      [/By year/, '/years'],
      [/By person/, '/people'],
      [/By category/, '/categories'],
    ] as const)
      await expect(ways.getByRole('link', { name })).toHaveAttribute('href', href);
    const latest = page.getByRole('region', { name: /^Latest published/ });
    await expect(
      latest.getByRole('heading', { name: /^Published \d{1,2} \w+ \d{4}/ }).first(),
    ).toBeVisible();
    // Whatever other tests published last leads the list: its first entry opens a public event page.
    const first = latest.locator('a[href^="/events/"]').first();
    await expect(first).toBeVisible();
    expect(await status(page, (await first.getAttribute('href'))!)).toBe(200);
    expect(await status(page, '/events/page/999')).toBe(404);
    expect(await status(page, '/events/page/1')).toBe(404);
    // An event's own page is still an event page, even one whose slug is "page".
    expect(await status(page, '/events/united-kingdom-recognises-the-soviet-union')).toBe(200);
  });

  test('the internal /browse address redirects to the public one', async ({ page }) => {
    for (const [from, to] of [
      ['/browse/events', '/events'],
      ['/browse/people/a-z/j', '/people/a-z/j'],
      ['/browse/years/20th-century', '/years/20th-century'],
    ]) {
      const response = await page.request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(to);
    }
  });

  test('index pages work without JavaScript and fit a phone @phone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/events', '/people', '/people/a-z/j', '/years', '/years/20th-century']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('the header and footer lead to them', async ({ page }) => {
    await page.goto('/days/february-1');
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main.getByRole('link', { name: 'Years' })).toHaveAttribute('href', '/years');
    await expect(main.getByRole('link', { name: 'People' })).toHaveAttribute('href', '/people');
    const footer = page.getByRole('navigation', { name: 'Footer' });
    await expect(footer.getByRole('link', { name: /latest published/ })).toHaveAttribute(
      'href',
      '/events',
    );
  });
});

test.describe('what is published decides what is listed', () => {
  test('a draft-only year and person have no page; once published they are listed and linked', async ({
    page,
    browser,
  }) => {
    test.slow();
    // Years before the sample's earliest (44 BCE), which no other spec uses.
    const base = 2000 + Math.floor(Math.random() * 900);
    const kept = { year: base, person: `Drafted Person ${uniq()}` };
    const later = { year: base + 1000, person: `Zz Published ${uniq()}` };
    await signIn(page, 'editor');
    const form = new EventFormPage(page);
    const ids: number[] = [];
    for (const e of [kept, later]) {
      await form.gotoNew();
      await form.fillBasics({
        title: `An early event ${uniq()}`,
        year: `-${e.year}`,
        month: '6',
        day: '1',
        summary: 'Made by the index pages test.',
      });
      await form.addNewPerson(e.person);
      await form.setStatus('Draft');
      ids.push(await form.create());
    }
    const personPath = (name: string) => `/people/${name.toLowerCase().replace(/\s+/g, '-')}`;

    const reader = await (await browser.newContext()).newPage();
    // Drafts are nobody's business: neither their years nor their people have pages, or links.
    expect(await status(reader, `/years/${kept.year}-bce`)).toBe(404);
    expect(await status(reader, personPath(kept.person))).toBe(404);
    await reader.goto('/people/a-z/d');
    await expect(reader.getByRole('link', { name: kept.person })).toHaveCount(0);

    // Publish the later one (whose pages nobody asked for while it was a draft).
    await form.gotoEdit(ids[1]!);
    await form.setStatus('Published');
    await form.saveChanges();

    await expect(async () => {
      await reader.goto(`/years/${later.year}-bce`);
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`${later.year} BCE`);
    }).toPass({ timeout: 10_000 });
    const nav = reader.getByRole('navigation', { name: 'Previous and next year', exact: true });
    // The draft's year, 1,000 years earlier, is skipped: nothing earlier is published.
    await expect(nav.getByRole('link')).toHaveCount(1);
    await expect(nav.getByRole('link', { name: /→$/ })).toHaveAttribute('href', '/years/44-bce');
    expect(await status(reader, personPath(later.person))).toBe(200);

    // The lists refresh too (they are expired in the background: the first look may be the old one).
    await expect(async () => {
      await reader.goto('/years/44-bce');
      await expect(
        reader
          .getByRole('navigation', { name: 'Previous and next year', exact: true })
          .getByRole('link', { name: `← ${later.year} BCE` }),
      ).toBeVisible();
    }).toPass({ timeout: 15_000 });
    await expect(async () => {
      await reader.goto('/people/a-z/z');
      await expect(reader.getByRole('link', { name: later.person })).toBeVisible();
    }).toPass({ timeout: 15_000 });
    await expect(async () => {
      await reader.goto('/years');
      await expect(
        reader.getByRole('link', {
          name: new RegExp(`${Math.ceil(later.year / 100)}\\w\\w century BCE`),
        }),
      ).toBeVisible();
    }).toPass({ timeout: 15_000 });
    await reader.context().close();
  });
});
