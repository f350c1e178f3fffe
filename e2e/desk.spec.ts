import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { EventFormPage, randomDate, uniq } from './pages/event-form';
import { monthDaySlug } from '../lib/dates';

/** A draft written through the form: its id, slug and date. */
async function createDraft(page: Page, title: string) {
  const form = new EventFormPage(page);
  await form.gotoNew();
  const date = randomDate();
  await form.fillBasics({ title, ...date, summary: 'Written by the desk test.' });
  const id = await form.create();
  return { id, slug: await form.slug(), date, form };
}

const dayPath = (d: { month: string; day: string }) =>
  `/days/${monthDaySlug(Number(d.month), Number(d.day))}`;

// The panel's line on wide screens, the bottom bar's on narrow ones: the one shown.
const status = (page: Page) => page.getByTestId('autosave-status').filter({ visible: true });

test.describe('preview', () => {
  test('an editor previews a draft’s page and day page; readers still get 404 until it is published', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, 'editor');
    const title = `Previewed draft ${uniq()}`;
    const { id, slug, date, form } = await createDraft(page, title);
    const reader = await playwright.request.newContext({ baseURL });

    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Preview (opens in a new tab)', exact: true }).click(),
    ]);
    await expect(preview).toHaveURL(new RegExp(`/events/${slug}$`));
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
    const banner = preview.getByRole('complementary', { name: 'Preview' });
    await expect(banner).toContainText('Preview — not public');
    await expect(banner.getByRole('button', { name: 'Exit preview' })).toBeVisible();
    const again = await preview.request.get(`/events/${slug}`);
    expect(again.status()).toBe(200);
    expect(again.headers()['cache-control']).toMatch(/no-store/);

    // Readers: still "not found", before and after the preview was rendered, and no preview on the day.
    expect((await reader.get(`/events/${slug}`)).status()).toBe(404);
    expect((await reader.get(`/events/${slug}`)).status()).toBe(404);
    const readersDay = await reader.get(dayPath(date));
    expect(readersDay.status()).toBe(200);
    expect(await readersDay.text()).not.toContain(title);

    // The day page as it will be, with the draft in it.
    await preview.goto(dayPath(date));
    await expect(preview.getByRole('complementary', { name: 'Preview' })).toBeVisible();
    await expect(preview.getByRole('link', { name: title }).first()).toBeVisible();
    expect(await (await reader.get(dayPath(date))).text()).not.toContain(title);

    // Leaving the preview: back to the editor, and the address is a 404 for this browser too.
    await preview.getByRole('button', { name: 'Exit preview' }).click();
    await expect(preview).toHaveURL(new RegExp(`/editor/events/${id}$`));
    expect((await preview.request.get(`/events/${slug}`)).status()).toBe(404);
    await preview.close();

    // Published: readers see it at once, without the banner.
    await form.setStatus('Published');
    await form.saveChanges();
    const live = await reader.get(`/events/${slug}`);
    expect(live.status()).toBe(200);
    const html = await live.text();
    expect(html).toContain(title);
    expect(html).not.toContain('Preview — not public');
    expect(await (await reader.get(dayPath(date))).text()).toContain(title);
    await reader.dispose();
  });

  test('signed out, the preview shows nothing that is not public', async ({ page, browser }) => {
    await signIn(page, 'editor');
    const { slug } = await createDraft(page, `Lapsed preview ${uniq()}`);
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Preview (opens in a new tab)', exact: true }).click(),
    ]);
    await expect(preview.getByRole('complementary', { name: 'Preview' })).toBeVisible();
    // The draft-mode cookie alone (no session) opens nothing.
    const cookies = await page.context().cookies();
    const bypass = cookies.filter((c) => c.name === '__prerender_bypass');
    expect(bypass).toHaveLength(1);
    const stranger = await browser.newContext();
    await stranger.addCookies(bypass);
    const visit = await stranger.request.get(`/events/${slug}`);
    expect(visit.status()).toBe(404);
    await stranger.close();
  });
});

test.describe('nothing typed is lost', () => {
  test('autosave: after a reload the typed changes are offered back, restored, and gone once saved @phone', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIn(page, 'editor');
    const { id, form } = await createDraft(page, `Autosaved ${uniq()}`);
    const typed = `Autosaved and rewritten ${uniq()}`;
    await form.field('Title').fill(typed);
    await form.field('Location').fill('Lisbon, Portugal');
    await expect(status(page)).toContainText('draft copy kept');

    page.on('dialog', (d) => void d.accept());
    await page.reload();
    const offer = page.getByText(/You have unsaved changes from \d\d:\d\d UTC/);
    await expect(offer).toBeVisible();
    await expect(form.field('Title')).not.toHaveValue(typed);
    await page.getByRole('button', { name: 'Restore my changes' }).click();
    await expect(form.field('Title')).toHaveValue(typed);
    await expect(form.field('Location')).toHaveValue('Lisbon, Portugal');
    await expect(offer).toBeHidden();

    await form.saveChanges();
    await form.gotoEdit(id);
    await expect(form.field('Title')).toHaveValue(typed);
    await expect(page.getByText(/You have unsaved changes from/)).toBeHidden();
  });

  test('the new-event form keeps its copy too, and “Discard” throws it away', async ({ page }) => {
    await signIn(page, 'editor');
    const form = new EventFormPage(page);
    await form.gotoNew();
    const typed = `Never saved ${uniq()}`;
    await form.field('Title').fill(typed);
    await expect(status(page)).toContainText('draft copy kept');
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await expect(page.getByText(/You have unsaved changes from/)).toBeVisible();
    await page.getByRole('button', { name: 'Discard them' }).click();
    await expect(form.field('Title')).toHaveValue('');
    await page.reload();
    await expect(form.form).toBeVisible();
    await expect(page.getByText(/You have unsaved changes from/)).toBeHidden();
  });

  test('leaving with unsaved changes asks first, by link and by closing the tab', async ({
    page,
  }) => {
    await signIn(page, 'editor');
    const { id, form } = await createDraft(page, `Leave me ${uniq()}`);
    await form.field('Summary').fill('Changed and not saved.');

    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole('link', { name: '← All events' }).click();
    await expect.poll(() => asked).toContain('unsaved changes');
    await expect(page).toHaveURL(new RegExp(`/editor/events/${id}`));
    await expect(form.field('Summary')).toHaveValue('Changed and not saved.');

    const beforeUnload = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await beforeUnload;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
  });

  test('no question when nothing was changed', async ({ page }) => {
    await signIn(page, 'editor');
    const { form } = await createDraft(page, `Untouched ${uniq()}`);
    await expect(form.field('Title')).toBeVisible();
    let asked = false;
    page.on('dialog', (d) => {
      asked = true;
      void d.dismiss();
    });
    await page.getByRole('link', { name: '← All events' }).click();
    await expect(page).toHaveURL(/\/editor\/events$/);
    expect(asked).toBe(false);
  });

  test('Ctrl+S saves the form', async ({ page }) => {
    await signIn(page, 'editor');
    const { id, form } = await createDraft(page, `Shortcut ${uniq()}`);
    await form.field('Location').fill('Kyoto, Japan');
    await page.keyboard.press('Control+s');
    await expect(page).toHaveURL(new RegExp(`/editor/events/${id}\\?saved=updated`));
    await expect(form.field('Location')).toHaveValue('Kyoto, Japan');
  });
});

test.describe('notices', () => {
  const notice = (page: Page) => page.locator('[data-save-notice]');

  test('a refused save’s notice is brought into view and focused', async ({ page }) => {
    await signIn(page, 'editor');
    const { form } = await createDraft(page, `Refused ${uniq()}`);
    await form.field('Title').fill('');
    await form.field('Latitude').fill('123');
    await form.save();
    await expect(notice(page)).toBeFocused();
    await expect(notice(page)).toBeInViewport();
    await expect(notice(page)).toContainText('fields need attention');
    await notice(page)
      .getByRole('button', { name: /Go to the first field/ })
      .click();
    await expect(form.field('Title')).toBeFocused();
  });

  test('a conflict’s and a duplicate’s notice are focused', async ({ page, browser }) => {
    test.setTimeout(60_000);
    await signIn(page, 'editor');
    const title = `Twice told ${uniq()}`;
    const { id, date } = await createDraft(page, title);

    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'admin');
    const theirs = new EventFormPage(adminPage);
    await theirs.gotoEdit(id);
    const mine = new EventFormPage(page);
    await mine.gotoEdit(id);
    await mine.field('Location').fill('Mine');
    await mine.saveChanges();
    await theirs.field('Location').fill('Theirs');
    await theirs.save();
    await expect(notice(adminPage)).toBeFocused();
    await expect(notice(adminPage)).toContainText('Changed by E2E Editor');
    await admin.close();

    await mine.gotoNew();
    await mine.fillBasics({ title, ...date, summary: 'The same again.' });
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(notice(page)).toBeFocused();
    await expect(notice(page)).toContainText(title);
    await expect(notice(page)).toBeInViewport();
  });

  test('when the session has ended, the notice says so, is focused, and keeps what was typed', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'editor');
    const { form } = await createDraft(page, `Session ends ${uniq()}`);
    await form.field('Location').fill('Typed before the session ended');
    // Signed out elsewhere with the same session (its cookie copied): this tab's session has ended.
    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(await page.context().cookies());
    const other = await elsewhere.newPage();
    await other.goto('/editor');
    await other.getByRole('button', { name: 'Sign out' }).click();
    await expect(other).toHaveURL(/\/login|\/$/);
    await elsewhere.close();
    await form.save();
    await expect(notice(page)).toBeFocused();
    await expect(notice(page)).toContainText('Your session has ended');
    await expect(
      notice(page).getByRole('link', { name: 'Sign in again in a new tab' }),
    ).toBeVisible();
    await expect(form.field('Location')).toHaveValue('Typed before the session ended');
  });
});

test.describe('the desk layout', () => {
  test('the save button stays in view wherever the form is scrolled @phone', async ({ page }) => {
    await signIn(page, 'editor');
    const { form } = await createDraft(page, `Always in reach ${uniq()}`);
    const save = form.form.getByRole('button', { name: 'Save changes' });
    await expect(save).toBeInViewport();
    await form.field('Title').scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport();
    await page.getByRole('heading', { name: 'Sources and links' }).scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport();
    await form.field('Location').fill('Saved from the middle of the form');
    await save.click();
    await form.expectSaved();
  });

  test('a long linked title does not make the form wider than the screen @phone', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIn(page, 'editor');
    const long = `Linked ${uniq()} ${'Supercalifragilisticexpialidocious'.repeat(4)} and a title that goes on and on past the edge of any phone`;
    const other = new EventFormPage(page);
    await other.gotoNew();
    await other.fillBasics({ title: long, ...randomDate(), summary: 'Linked from a phone.' });
    await other.create();
    const { form } = await createDraft(page, `Links to a long one ${uniq()}`);
    await form.linkEvent(long, 'Related to');
    await expect(form.form.getByRole('link', { name: long })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
