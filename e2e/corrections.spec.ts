import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

async function openCorrectionsCount(page: Page): Promise<number> {
  await page.goto('/editor');
  const figure = page
    .locator('div', { has: page.locator('dt', { hasText: /^Open corrections$/ }) })
    .last();
  return Number((await figure.locator('dd').first().innerText()).replace(/\D/g, ''));
}

/** Creates and publishes an event as the signed-in editor; returns its id, title and slug. */
async function publishedEvent(page: Page, label: string) {
  const title = `${label} ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title, ...randomDate(), summary: 'An event for a report.' });
  await form.setStatus('Published');
  const id = await form.create();
  return { id, title, slug: await form.slug() };
}

/**
 * A signed-out visitor. Reports are throttled per client address (5 in 10 minutes) and every test
 * comes from 127.0.0.1, so each visitor names its own address the way a proxy would.
 */
async function visitorContext(browser: Browser) {
  const a = () => 1 + Math.floor(Math.random() * 250);
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.${a()}.${a()}` } });
}

/** Sends the public report form as a signed-out visitor (waiting out the minimum fill time). */
async function sendReport(
  page: Page,
  r: { description: string; source: string; contact?: string },
) {
  await page.getByLabel('What is wrong?').fill(r.description);
  await page.getByLabel('Source', { exact: true }).fill(r.source);
  if (r.contact) await page.getByLabel('Contact (optional)').fill(r.contact);
  await page.waitForTimeout(3_500);
  await page.getByRole('button', { name: 'Send report' }).click();
}

test('a reader reports an error; the editor fixes the event and accepts the report', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const event = await publishedEvent(page, 'Corrected treaty');
  const before = await openCorrectionsCount(page);

  // A signed-out visitor, from the event page.
  const visitor = await visitorContext(browser);
  const v = await visitor.newPage();
  await v.goto(`/events/${event.slug}`);
  await v.getByRole('link', { name: 'Report an error' }).click();
  await expect(v).toHaveURL(`/events/${event.slug}/report`);
  await expect(v.getByRole('heading', { level: 1 })).toContainText(event.title);

  // Validation: field errors, and what was typed comes back.
  await sendReport(v, { description: 'short', source: '', contact: 'reader@example.org' });
  await expect(v.getByText(/at least 10 characters/)).toBeVisible();
  await expect(v.getByLabel('What is wrong?')).toHaveValue('short');
  await expect(v.getByLabel('Contact (optional)')).toHaveValue('reader@example.org');
  await expect(v.getByLabel('What is wrong?')).toHaveAttribute('aria-invalid', 'true');

  const description = `The year is wrong: it happened in 1932, not 1931 (${uniq()}).`;
  await sendReport(v, { description, source: 'https://example.org/archive/1932' });
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await visitor.close();

  // The editor sees it counted and queued.
  expect(await openCorrectionsCount(page)).toBe(before + 1);
  await page.goto('/editor/corrections');
  const card = page.getByRole('article', { name: event.title });
  await expect(card).toContainText(description);
  await expect(card).toContainText('Fix the event first');

  // Fix the event from the queue's link.
  await card.getByRole('link', { name: 'Open event editor' }).click();
  const form = new EventFormPage(page);
  await expect(form.form).toBeVisible();
  await form.field('Year').fill('1932');
  await form.setNote('Year corrected from a reader report');
  await form.saveChanges();

  // Accept, linking the fixing revision (the default: the latest).
  await page.goto('/editor/corrections');
  const open = page.getByRole('article', { name: event.title });
  await expect(open.getByLabel('Revision that fixed it')).toHaveValue(/\d+/);
  await open.getByLabel('Note (optional)').fill('Thanks, fixed.');
  await open.getByRole('button', { name: 'Accept report' }).click();
  await expect(page.getByText('Report accepted.')).toBeVisible();
  await expect(page).toHaveURL(/resolved=accepted/);

  await page.goto('/editor/corrections?status=accepted');
  const done = page.getByRole('article', { name: event.title });
  await expect(done).toContainText('Accepted');
  await expect(done).toContainText(/fixed in revision 2/);
  await expect(done).toContainText('Thanks, fixed.');
  expect(await openCorrectionsCount(page)).toBe(before);
});

test('a rejection needs a note', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const event = await publishedEvent(page, 'Rejected report');
  const visitor = await visitorContext(browser);
  const v = await visitor.newPage();
  await v.goto(`/events/${event.slug}/report`);
  await sendReport(v, { description: 'I think this never happened at all.', source: 'my memory' });
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await visitor.close();

  await page.goto('/editor/corrections');
  const card = page.getByRole('article', { name: event.title });
  await card.getByRole('button', { name: 'Reject report' }).click();
  await expect(card.getByText('Say why the report is rejected.')).toBeVisible();
  await card.getByLabel('Why is it rejected?').fill('Our sources confirm the event.');
  await card.getByRole('button', { name: 'Reject report' }).click();
  await expect(page.getByText('Report rejected.')).toBeVisible();
  await page.goto('/editor/corrections?status=rejected');
  await expect(page.getByRole('article', { name: event.title })).toContainText(
    'Our sources confirm the event.',
  );
});

test('a filled honeypot is thanked but files nothing', async ({ page, browser }) => {
  await signIn(page, 'editor');
  const event = await publishedEvent(page, 'Honeypot');
  const visitor = await visitorContext(browser);
  const v = await visitor.newPage();
  await v.goto(`/events/${event.slug}/report`);
  await v.locator('input[name="website"]').fill('http://spam.example', { force: true });
  await sendReport(v, {
    description: 'Buy cheap watches at our shop today!',
    source: 'http://spam.example',
  });
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await visitor.close();
  await page.goto('/editor/corrections?status=all');
  await expect(page.getByRole('article', { name: event.title })).toHaveCount(0);
});

test('signed-out hand-made requests to the accept action and the CMS API are refused', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const event = await publishedEvent(page, 'Forged accept');
  const visitor = await visitorContext(browser);
  const v = await visitor.newPage();
  await v.goto(`/events/${event.slug}/report`);
  await sendReport(v, {
    description: 'The day of the month is wrong here.',
    source: 'a newspaper',
  });
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await visitor.close();

  // Capture the editor's real "Reject" request (with a note) without letting it through...
  await page.goto('/editor/corrections');
  const card = page.getByRole('article', { name: event.title });
  await card.getByLabel('Why is it rejected?').fill('forged rejection');
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route('**/editor/corrections*', async (route) => {
    const r = route.request();
    if (r.method() === 'POST') {
      captured = { headers: r.headers(), body: r.postDataBuffer() ?? Buffer.from('') };
      await route.abort();
    } else await route.continue();
  });
  await card.getByRole('button', { name: 'Reject report' }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute('**/editor/corrections*');
  const req = captured as unknown as { headers: Record<string, string>; body: Buffer };
  expect(req.headers['next-action']).toBeTruthy();

  // ...and send it by hand without the session cookie.
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.post('/editor/corrections', {
    headers: {
      'Next-Action': req.headers['next-action'] ?? '',
      'Content-Type': req.headers['content-type'] ?? '',
      Accept: 'text/x-component',
    },
    data: req.body,
    maxRedirects: 0,
  });
  const body = await res.text();
  // Refused either by proxy.ts (a redirect to /login before the action runs) or by the action's
  // own role check (the "session has ended" message); the report stays open (checked below).
  if (res.status() === 200) expect(body).toMatch(/session has ended/i);
  else {
    expect(res.status()).toBe(307);
    expect(res.headers()['location']).toContain('/login');
  }

  for (const path of ['/api/cms/tags?q=a', '/api/cms/people?q=a', '/api/cms/events?q=a']) {
    const api = await anonymous.get(path);
    expect(api.status()).toBe(401);
  }
  const apiPost = await anonymous.post('/api/cms/tags', { data: { name: 'forged' } });
  expect(apiPost.status()).toBeGreaterThanOrEqual(400);
  await anonymous.dispose();

  // Nothing changed: the report is still open.
  await page.goto('/editor/corrections');
  await expect(page.getByRole('article', { name: event.title })).toContainText('Open');
  await expect(
    page.getByRole('article', { name: event.title }).getByRole('button', { name: 'Reject report' }),
  ).toBeVisible();
});

/** The form's report count for an event, as the editor's queue shows it. */
async function reportsAbout(page: Page, title: string): Promise<number> {
  await page.goto('/editor/corrections?status=all');
  return page.getByRole('article', { name: title }).count();
}

test('a form token files one report: a replay is refused, and a new report can still be sent', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const event = await publishedEvent(page, 'Replayed report');
  const visitor = await visitorContext(browser);
  const v = await visitor.newPage();
  await v.goto(`/events/${event.slug}/report`);
  const oldToken = await v.locator('input[name="token"]').inputValue();
  expect(oldToken).not.toBe('');

  // The report as the browser sends it (the server action request), kept for replaying.
  let sent: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await v.route(`**/events/${event.slug}/report`, async (route) => {
    const r = route.request();
    if (r.method() === 'POST')
      sent = { url: r.url(), headers: r.headers(), body: r.postDataBuffer() ?? Buffer.from('') };
    await route.continue();
  });
  await sendReport(v, {
    description: `The place is wrong: it was signed in Rapallo (${uniq()}).`,
    source: 'https://example.org/rapallo',
  });
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await v.unroute(`**/events/${event.slug}/report`);
  const original = sent as unknown as {
    url: string;
    headers: Record<string, string>;
    body: Buffer;
  };
  expect(original.body.toString('utf8')).toContain(oldToken);

  // The same request again, ten times: nothing more is stored.
  for (let i = 0; i < 10; i++) {
    const replay = await visitor.request.post(original.url, {
      headers: {
        'Next-Action': original.headers['next-action'] ?? '',
        'Content-Type': original.headers['content-type'] ?? '',
        Accept: 'text/x-component',
      },
      data: original.body,
      maxRedirects: 0,
    });
    expect(await replay.text()).toContain('This report has already been sent');
  }
  expect(await reportsAbout(page, event.title)).toBe(1);

  // A reader who sends a new report with the old form's token is told so, in place, and can send it.
  await v.goto(`/events/${event.slug}/report`);
  const fresh = await v.locator('input[name="token"]').inputValue();
  expect(fresh).not.toBe(oldToken);
  let swapped = false;
  await v.route(`**/events/${event.slug}/report`, async (route) => {
    const r = route.request();
    const body = r.postDataBuffer()?.toString('utf8') ?? '';
    if (r.method() !== 'POST') return route.continue();
    swapped = body.includes(fresh);
    await route.continue({ postData: body.replace(fresh, oldToken) });
  });
  const second = `Also, the delegates were five, not four (${uniq()}).`;
  await sendReport(v, { description: second, source: 'https://example.org/delegates' });
  await expect(v.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
    'This report has already been sent',
  );
  expect(swapped).toBe(true);
  await expect(v.getByLabel('What is wrong?')).toHaveValue(second);
  await v.unroute(`**/events/${event.slug}/report`);
  await v.waitForTimeout(3_500);
  await v.getByRole('button', { name: 'Send report' }).click();
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await visitor.close();
  expect(await reportsAbout(page, event.title)).toBe(2);
});

test('the report form has a nonce CSP and works with and without JavaScript', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const event = await publishedEvent(page, 'Report under CSP');

  const visitor = await visitorContext(browser);
  const v = await visitor.newPage();
  const violations: string[] = [];
  v.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await v.goto(`/events/${event.slug}/report`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(await response?.text()).toContain(`nonce="${nonce}"`);
  // With JavaScript: a refused report shows its errors in place (the action ran through the
  // page's scripts: no page load, so the URL and the typed contact stay).
  await sendReport(v, { description: 'short', source: '', contact: 'reader@example.org' });
  await expect(v.getByText(/at least 10 characters/)).toBeVisible();
  await expect(v.getByLabel('Contact (optional)')).toHaveValue('reader@example.org');
  await sendReport(v, {
    description: `The treaty was signed a day later (${uniq()}).`,
    source: 'https://example.org/day-later',
  });
  await expect(v.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  expect(violations).toEqual([]);
  await visitor.close();

  // Without JavaScript: the plain form post files the report too.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.${1 + Math.floor(Math.random() * 250)}.9` },
  });
  const p = await plain.newPage();
  const plainResponse = await p.goto(`/events/${event.slug}/report`);
  expect(plainResponse?.headers()['content-security-policy']).toMatch(/'nonce-[^']+'/);
  await sendReport(p, {
    description: `And the place was Genoa (${uniq()}).`,
    source: 'https://example.org/genoa',
  });
  await expect(p.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await plain.close();
  expect(await reportsAbout(page, event.title)).toBe(2);
});
