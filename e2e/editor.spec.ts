import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { EventFormPage, randomDate, uniq } from './pages/event-form';
import { answerConfirm } from './fixtures/confirm';
import { monthDaySlug } from '../lib/dates';

async function createPublished(
  page: Page,
  title: string,
  summary = 'Written by an end-to-end test.',
) {
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title, ...randomDate(), summary });
  await form.setStatus('Published');
  const id = await form.create();
  return { id, slug: await form.slug(), form };
}

const SAMPLE = 'The United Kingdom recognises the Soviet Union';
test('an editor writes an event with new tags, a new person, references and a link, and publishes it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const title = `Treaty of testing ${suffix}`;
  const date = randomDate();
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({
    title,
    ...date,
    summary: 'Two delegations signed a treaty written by a browser test.',
  });
  await form.addNewTag(`Treaties ${suffix}`);
  await form.addNewTag(`Diplomacy ${suffix}`);
  await form.addNewPerson(`Ada Tester ${suffix}`);
  await form.addReference(1, {
    title: 'The treaty text',
    url: `https://example.org/treaty/${suffix}`,
  });
  await form.addReference(2, {
    title: 'A newspaper report',
    url: `https://example.org/news/${suffix}`,
  });
  await form.linkEvent(SAMPLE, 'Result of');
  await form.setStatus('Published');
  await form.create();
  const slug = await form.slug();

  const dayPath = `/days/${monthDaySlug(Number(date.month), Number(date.day))}`;
  await page.goto(dayPath);
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.goto(`/events/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('link', { name: `Treaties ${suffix}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Ada Tester ${suffix}` }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'The treaty text' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'A newspaper report' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Result of' }).getByRole('link', { name: SAMPLE }),
  ).toBeVisible();

  await page.goto('/events/united-kingdom-recognises-the-soviet-union');
  await expect(
    page.getByRole('region', { name: 'Led to' }).getByRole('link', { name: title }),
  ).toBeVisible();
});

test('renaming an event redirects its old address (308) to the new slug', async ({
  page,
  request,
}) => {
  await signIn(page, 'editor');
  const suffix = uniq();
  const { id, slug: oldSlug, form } = await createPublished(page, `Old name ${suffix}`);
  await form.gotoEdit(id);
  await form.field('Title').fill(`New name ${suffix}`);
  await form.field('URL slug').fill('');
  await form.saveChanges();
  const newSlug = await form.slug();
  expect(newSlug).toContain('new-name');
  expect(newSlug).not.toBe(oldSlug);

  const res = await request.get(`/events/${oldSlug}`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()['location']).toContain(`/events/${newSlug}`);
  await page.goto(`/events/${newSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`New name ${suffix}`);
});

test('two editors: the second save is refused and keeps what was typed', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const { id } = await createPublished(page, `Shared event ${suffix}`);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, 'admin');
  const mine = new EventFormPage(page);
  const theirs = new EventFormPage(adminPage);
  await mine.gotoEdit(id);
  await theirs.gotoEdit(id);

  await mine.field('Title').fill(`Shared event ${suffix} (editor)`);
  await mine.saveChanges();

  const typed = `Shared event ${suffix} (admin's version)`;
  await theirs.field('Title').fill(typed);
  await theirs.field('Summary').fill('The admin rewrote the summary.');
  await theirs.save();
  await expect(adminPage.getByText(/Changed by E2E Editor/)).toBeVisible();
  await expect(theirs.field('Title')).toHaveValue(typed);
  await expect(theirs.field('Summary')).toHaveValue('The admin rewrote the summary.');
  await adminContext.close();
});

test('history: compare two revisions and restore the older one', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const first = `History first ${suffix}`;
  const { id, slug, form } = await createPublished(page, first);
  await form.gotoEdit(id);
  await form.field('Title').fill(`History second ${suffix}`);
  await form.saveChanges();
  await form.gotoEdit(id);
  await form.field('Title').fill(`History third ${suffix}`);
  await form.saveChanges();

  await page.goto(`/editor/events/${id}/history`);
  await page.getByLabel('Compare from version 1').check();
  await page.getByLabel('Compare to version 3').check();
  await page.getByRole('button', { name: 'Compare selected versions' }).click();
  await expect(
    page.getByRole('heading', { name: 'Changes from version 1 to version 3' }),
  ).toBeVisible();
  const diff = page.locator('section[aria-labelledby="diff-heading"]');
  await expect(diff).toContainText(/removed: first/);
  await expect(diff).toContainText(/added: third/);

  // Before it acts, the restore says what it brings back; cancelled, nothing changes.
  await expect(page.getByText(/^Changes back: Title/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('dialog')).toContainText('It changes Title');
  await answerConfirm(page, { title: 'Restore version 1?', answer: 'cancel' });
  await expect(page).not.toHaveURL(/saved=restored/);
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await answerConfirm(page, { title: 'Restore version 1?' });
  await expect(page).toHaveURL(/saved=restored/);
  await page.goto(`/editor/events/${id}/history`);
  await expect(page.getByRole('cell', { name: /^4/ }).first()).toBeVisible();
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
});

test('a scheduled event goes live when the scheduler runs', async ({ page, request }) => {
  test.setTimeout(180_000);
  await signIn(page, 'editor');
  const title = `Scheduled ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({
    title,
    year: '1929',
    month: '7',
    day: '21',
    summary: 'Goes live later.',
  });
  await form.setStatus('Scheduled');
  const at = new Date(Date.now() + 45_000);
  at.setUTCSeconds(0, 0);
  at.setUTCMinutes(at.getUTCMinutes() + 1); // datetime-local has minute precision: the next whole minute
  await form.field('Publish at (UTC)').fill(at.toISOString().slice(0, 16));
  const id = await form.create();
  expect(id).toBeGreaterThan(0);
  const slug = await form.slug();

  // Not public yet: absent from its day page, and its own address is a 404 (visited on purpose:
  // that 404 must not outlive the go-live).
  const dayHtml = async () => (await request.get('/days/july-21')).text();
  expect(await dayHtml()).not.toContain(title);
  expect((await request.get(`/events/${slug}`)).status()).toBe(404);
  await expect
    .poll(async () => (await dayHtml()).includes(title), { timeout: 150_000, intervals: [5_000] })
    .toBe(true);
  await expect
    .poll(async () => (await request.get(`/events/${slug}`)).status(), { timeout: 2_000 })
    .toBe(200);
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('restoring a version keeps the current address unless asked to bring back the old one', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const first = `Address first ${suffix}`;
  const { id, slug: oldSlug, form } = await createPublished(page, first);
  await form.gotoEdit(id);
  await form.field('Title').fill(`Address second ${suffix}`);
  await form.field('URL slug').fill('');
  await form.saveChanges();
  const newSlug = await form.slug();
  expect(newSlug).not.toBe(oldSlug);

  // Readers are at the new address; restoring version 1 keeps them there.
  expect((await request.get(`/events/${newSlug}`)).status()).toBe(200);
  await page.goto(`/editor/events/${id}/history`);
  await expect(page.getByText(`/events/${newSlug}`).first()).toBeVisible();
  const option = page.getByRole('checkbox', { name: /when restoring version 1$/ });
  await expect(option).not.toBeChecked();
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await answerConfirm(page, { title: 'Restore version 1?' });
  await expect(page).toHaveURL(/saved=restored&/);
  await expect(page.getByText('Its address stayed as it was.')).toBeVisible();
  expect(await form.slug()).toBe(newSlug);
  await page.goto(`/events/${newSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);

  // Asked for, the old address comes back and the one readers had redirects to it.
  await page.goto(`/editor/events/${id}/history`);
  await page.getByRole('checkbox', { name: /when restoring version 1$/ }).check();
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await answerConfirm(page, { title: 'Restore version 1?' });
  await expect(page).toHaveURL(/saved=restored-address/);
  expect(await form.slug()).toBe(oldSlug);
  const moved = await request.get(`/events/${newSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()['location']).toContain(`/events/${oldSlug}`);
  await page.goto(`/events/${oldSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
});

test('the event list finds a draft by a word of its summary, the title match first', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const word = `Numbat${uniq()}`;
  const inTitle = `The ${word} festival is held`;
  await createPublished(page, inTitle);
  const inSummary = `A zoo opens its gates ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({
    title: inSummary,
    ...randomDate(),
    summary: `Its first animals are two ${word}s from the outback.`,
  });
  await form.setStatus('Draft');
  await form.create();

  await page.goto('/editor/events');
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(word.toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]q=numbat/i);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // the header and the two events
  await expect(rows.nth(1)).toContainText(inTitle);
  await expect(rows.nth(2)).toContainText(inSummary);
  await expect(rows.nth(2)).toContainText('Draft');
});
