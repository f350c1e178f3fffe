import crypto from 'node:crypto';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, type Account } from './fixtures/auth';
import { answerConfirm } from './fixtures/confirm';
import { startOwnServer, type OwnServer } from './fixtures/own-server';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

// Review before publish. Submitting for review is optional while the site setting is off (the
// shared server's state, which every other spec relies on: editors publish there), so the journeys
// of submit → approve → live and send back run on the shared server without changing any setting.
// The setting itself ("editors cannot publish") is tried on a server of its own, with a copy of
// the database, so turning it on reaches no other spec.

const SHOTS = process.env.E2E_SCREENSHOTS_DIR || 'screenshots';
const REFUSED =
  'On this site a reviewer publishes events: save it as a draft and submit it for review';

/** A signed-in page in a context of its own (each role its own cookies). */
async function pageAs(browser: Browser, who: 'admin' | 'editor' | Account, baseURL?: string) {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** As the admin, creates a reviewer with a password of the test's own. */
async function createReviewer(page: Page): Promise<Account> {
  const id = uniq();
  const who = {
    name: `Rhea Reviewer ${id}`,
    email: `reviewer-${id}@e2e.almanac.test`,
    password: `Rv-${crypto.randomBytes(12).toString('base64url')}`,
  };
  await page.goto('/admin/users');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create user' }) });
  await form.getByLabel('Name').fill(who.name);
  await form.getByLabel('Email').fill(who.email);
  await form.getByLabel('Role').selectOption('reviewer');
  await form.getByLabel(/Initial password/).fill(who.password);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toContainText(`Created ${who.name}`);
  return who;
}

/** As the editor, writes a draft through the form; returns its id, title and slug. */
async function writeDraft(page: Page, title: string) {
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({
    title,
    ...randomDate(),
    summary: 'Written for a review by a browser test.',
  });
  await form.setStatus('Draft');
  const id = await form.create();
  return { id, title, slug: await form.slug() };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Review' });

async function submitForReview(page: Page, id: number, note: string) {
  await page.goto(`/editor/events/${id}`);
  const review = panel(page);
  const ask = review.getByText('Ask for a review before it goes public');
  if (await ask.isVisible()) await ask.click();
  await review.getByLabel(/Note for the reviewer/).fill(note);
  await review.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/saved=review-submitted/);
  await expect(page.getByRole('status').filter({ hasText: 'Sent for review.' })).toBeVisible();
  await expect(panel(page)).toContainText('Waiting for review');
}

/** Light and dark; the event form's panel as the screen shows it, other pages whole. */
async function shoot(page: Page, name: string) {
  const project = test.info().project.name;
  const review = panel(page);
  const onForm = (await review.count()) > 0;
  if (onForm) await review.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: path.join(SHOTS, `review-${name}-${project}-${scheme}.png`),
      fullPage: !onForm,
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('on the shared server, with review optional', () => {
  let reviewer: Account;
  test.beforeAll(async ({ browser }) => {
    const admin = await pageAs(browser, 'admin');
    reviewer = await createReviewer(admin);
    await admin.context().close();
  });

  test('an editor submits an event, a reviewer approves it, and it is public at once @phone', async ({
    browser,
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'editor');
    const e = await writeDraft(page, `Review approved ${uniq()}`);
    expect((await request.get(`/events/${e.slug}`)).status()).toBe(404);

    await submitForReview(page, e.id, 'Ready when you are.');
    await shoot(page, 'pending-editor');
    await page.goto('/editor');
    await expect(
      page
        .getByRole('region', { name: /Your events waiting for review/ })
        .getByRole('link', { name: e.title }),
    ).toBeVisible();

    const rev = await pageAs(browser, reviewer);
    const waiting = rev.getByRole('region', { name: /^Waiting for review/ });
    await expect(waiting.getByRole('link', { name: e.title })).toBeVisible();
    await shoot(rev, 'dashboard-reviewer');
    await waiting.getByRole('link', { name: e.title }).click();
    await expect(panel(rev)).toContainText('Ready when you are.');
    await shoot(rev, 'pending-reviewer');
    await panel(rev).getByRole('button', { name: 'Approve and publish' }).click();
    await expect(rev).toHaveURL(/saved=review-published/);
    await expect(
      rev.getByRole('status').filter({ hasText: 'Approved and published.' }),
    ).toBeVisible();
    await expect(panel(rev)).toHaveCount(0);

    const live = await request.get(`/events/${e.slug}`);
    expect(live.status()).toBe(200);
    expect(await live.text()).toContain(e.title);

    await rev.goto(`/editor/events/${e.id}/history`);
    const steps = rev.getByRole('region', { name: 'Review' });
    await expect(steps.getByText(/^Approved and published/)).toBeVisible();
    await expect(steps.getByText(/^Sent for review/)).toBeVisible();
    await expect(steps).toContainText(reviewer.name);
    await expect(
      rev.getByRole('cell', { name: `Approved by ${reviewer.name} and published` }),
    ).toBeVisible();
    await rev.context().close();
  });

  test('a reviewer sends an event back with a note, and the editor sees it on the form and the dashboard @phone', async ({
    browser,
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'editor');
    const e = await writeDraft(page, `Review sent back ${uniq()}`);
    await submitForReview(page, e.id, 'Is the date right?');

    const rev = await pageAs(browser, reviewer);
    await rev.goto(`/editor/events/${e.id}`);
    const note = 'Give the source for the date, and shorten the title.';
    await panel(rev).getByLabel('What should change?').fill(note);
    await panel(rev).getByRole('button', { name: 'Send back to the editor' }).click();
    await expect(rev).toHaveURL(/saved=review-sent-back/);
    await rev.context().close();

    await page.goto(`/editor/events/${e.id}`);
    const sentBack = panel(page).getByRole('note', { name: 'Sent back' });
    await expect(sentBack).toContainText(`Sent back by ${reviewer.name}`);
    await expect(sentBack).toContainText(note);
    await expect(panel(page).getByRole('button', { name: 'Submit again' })).toBeVisible();
    await shoot(page, 'sent-back-editor');

    await page.goto('/editor');
    const list = page.getByRole('region', { name: /Sent back to you/ });
    await expect(list.getByRole('link', { name: e.title })).toBeVisible();
    await expect(list).toContainText(note);
    await shoot(page, 'dashboard-editor');
  });
});

test.describe('with review required (a server of its own)', () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startOwnServer({});
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('editors cannot publish, by the form or a hand-made POST; the admin approves', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const admin = await pageAs(browser, 'admin', server.baseURL);
    await admin.goto('/admin/settings');
    const setting = admin.getByLabel('Require review before publishing');
    await expect(setting).not.toBeChecked();
    await setting.check();
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'editors now submit' })).toBeVisible();
    if (test.info().project.name === 'desktop') await shoot(admin, 'settings');

    const editor = await pageAs(browser, 'editor', server.baseURL);
    const form = new EventFormPage(editor);
    await form.gotoNew();
    const title = `Review required ${uniq()}`;
    await form.fillBasics({ title, ...randomDate(), summary: 'Not yet for readers.' });
    // The form offers no way to publish or schedule; a status sent by hand is refused by the server.
    const status = form.field('Status');
    await expect(status.locator('option')).toHaveText(['Draft', 'Archived']);
    await expect(form.form.getByText('On this site a reviewer publishes events')).toBeVisible();
    await status.evaluate((select: HTMLSelectElement) => {
      select.add(new Option('Published', 'published'));
      select.value = 'published';
    });
    await form.form.getByRole('button', { name: 'Create event' }).click();
    await expect(form.form.getByText(REFUSED).first()).toBeVisible();
    await expect(editor).toHaveURL(/\/editor\/events\/new/);

    await form.setStatus('Draft');
    const id = await form.create();
    const slug = await form.slug();
    await expect(panel(editor)).toContainText('On this site a reviewer publishes events.');

    // A hand-made request: the trash button's form, sent with action=publish instead.
    await editor.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name="action"][value="trash"]');
      if (input) input.value = 'publish';
    });
    await editor.getByRole('button', { name: 'Move to trash' }).click();
    await answerConfirm(editor, { title: 'Move this event to the trash?' });
    await expect(editor.getByRole('alert').filter({ hasText: REFUSED })).toBeVisible();
    const draft = await editor.request.get(`${server.baseURL}/events/${slug}`);
    expect(draft.status()).toBe(404);

    await editor.goto(`/editor/events/${id}`);
    await panel(editor)
      .getByLabel(/Note for the reviewer/)
      .fill('Please publish.');
    await panel(editor).getByRole('button', { name: 'Submit for review' }).click();
    await expect(editor).toHaveURL(/saved=review-submitted/);

    await admin.goto('/editor');
    await admin
      .getByRole('region', { name: /^Waiting for review/ })
      .getByRole('link', { name: title })
      .click();
    await panel(admin).getByRole('button', { name: 'Approve and publish' }).click();
    await expect(admin).toHaveURL(/saved=review-published/);
    expect((await admin.request.get(`${server.baseURL}/events/${slug}`)).status()).toBe(200);

    // The audit log names each step.
    await admin.goto('/admin/audit');
    await expect(
      admin.getByRole('cell', { name: 'event.review_approve', exact: true }).first(),
    ).toBeVisible();
    await expect(
      admin.getByRole('cell', { name: 'event.review_submit', exact: true }).first(),
    ).toBeVisible();
    await expect(
      admin.getByRole('cell', { name: 'settings.update', exact: true }).first(),
    ).toBeVisible();
    await admin.context().close();
    await editor.context().close();
  });
});
