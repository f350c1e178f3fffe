import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

// A save whose answer never comes back (the server went down after storing it, the connection
// dropped): the editor sees an error, but on reload the form says what became of that save.

/** The next save's POST reaches the server (which stores it, or not), and its answer is lost. */
async function loseNextAnswer(page: Page, path: string, o: { reachServer: boolean }) {
  let sent = false;
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().method() !== 'POST' || sent) return route.fallback();
      sent = true;
      if (o.reachServer) await route.fetch({ maxRedirects: 0 });
      await route.abort('connectionreset');
    },
  );
}

const savedAt =
  /^Your save of (\d\d:\d\d) UTC was stored \(version (\d+)\), though the answer did not reach you\. The form shows it\.$/;

test('a stored save whose answer was lost: the reloaded form says it was stored', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({
    title: `Lost answer ${suffix}`,
    ...randomDate(),
    summary: 'Saved twice.',
  });
  const id = await form.create();

  await form.gotoEdit(id);
  await form.field('Title').fill(`Lost answer ${suffix}, stored`);
  await loseNextAnswer(page, `/editor/events/${id}`, { reachServer: true });
  await form.save();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();

  await page.reload();
  const notice = page.getByText(savedAt);
  await expect(notice).toBeVisible();
  expect((await notice.innerText()).match(savedAt)?.[2]).toBe('2');
  await expect(page.getByRole('link', { name: 'See it in the history' })).toHaveAttribute(
    'href',
    `/editor/events/${id}/history`,
  );
  await expect(form.field('Title')).toHaveValue(`Lost answer ${suffix}, stored`);
  // Said once: the next load is an ordinary one.
  await page.reload();
  await expect(form.field('Title')).toBeVisible();
  await expect(page.getByText(savedAt)).toHaveCount(0);
});

test('a save that never reached the server: the reloaded form says so', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title: `Never sent ${suffix}`, ...randomDate(), summary: 'Kept once.' });
  const id = await form.create();
  await form.gotoEdit(id);
  await form.field('Title').fill(`Never sent ${suffix}, changed`);
  await loseNextAnswer(page, `/editor/events/${id}`, { reachServer: false });
  await form.save();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  // "Try again" reloads the page from the server.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByText(
      /^Your save of \d\d:\d\d UTC did not reach Almanac: the form shows version 1, as stored\.$/,
    ),
  ).toBeVisible();
  await expect(form.field('Title')).toHaveValue(`Never sent ${suffix}`);
});

test('a new event whose answer was lost: the new-event form links to it', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const title = `Lost creation ${uniq()}`;
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({ title, ...randomDate(), summary: 'Created once.' });
  await loseNextAnswer(page, '/editor/events/new', { reachServer: true });
  await form.form.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await page.reload();
  await expect(
    page.getByText(
      new RegExp(
        `^Your new event “${title}” was stored at \\d\\d:\\d\\d UTC, though the answer did not reach you\\.$`,
      ),
    ),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(form.field('Title')).toHaveValue(title);
});
