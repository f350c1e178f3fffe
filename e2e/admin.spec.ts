import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { answerConfirm } from './fixtures/confirm';

// Taxonomy administration: categories (admins) and tags (editors). Every test makes its own data.

const uniq = () => Math.random().toString(36).slice(2, 8);

/** Creates a category through the admin form; returns its slug (made from the name). */
async function createCategory(page: Page, name: string): Promise<string> {
  await page.goto('/admin/categories');
  const form = page.getByRole('form', { name: 'Add a category' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Colour').fill('#1d4ed8');
  await form.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created ${name}.` })).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Creates a published event through the editor form; returns its slug. */
const usedYears = new Set<number>();
function unusedYear(): number {
  for (;;) {
    const year = 1450 + Math.floor(Math.random() * 450);
    if (!usedYears.has(year)) {
      usedYears.add(year);
      return year;
    }
  }
}

async function createEvent(
  page: Page,
  e: { title: string; category: string; tags?: string[] },
): Promise<string> {
  await page.goto('/editor/events/new');
  const form = page.getByRole('form', { name: 'New event' });
  await expect(form).toBeVisible();
  await form.getByRole('textbox', { name: 'Title *', exact: true }).fill(e.title);
  await form.getByLabel('Category', { exact: true }).selectOption({ label: e.category });
  // A year of its own, so the duplicate check never mistakes it for another test's event (and after
  // 1440: e2e/indexes.spec.ts counts on the sample's gap between 44 BCE and 1440). Never the same
  // year twice in a run: two events of one test with similar titles on one date are duplicates.
  await form.getByLabel('Year', { exact: true }).fill(String(unusedYear()));
  await form.getByLabel('Month', { exact: true }).selectOption('3');
  await form.getByLabel('Day', { exact: true }).fill('14');
  await form.getByLabel('Summary', { exact: true }).fill(`Summary of ${e.title}.`);
  for (const tag of e.tags ?? []) {
    await form.getByLabel('Add a tag').fill(tag);
    // An existing tag of that name is offered (and highlighted); a new one is created explicitly.
    await form
      .getByRole('option', { name: new RegExp(`^(Create tag “)?${escapeRegExp(tag)}”?$`) })
      .first()
      .click();
    await expect(form.getByRole('list', { name: 'Chosen tags' })).toContainText(tag);
  }
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Published' });
  await form.getByRole('button', { name: 'Create event' }).click();
  await expect(page).toHaveURL(/\/editor\/events\/\d+\?saved=created/);
  return page.getByRole('form', { name: 'Edit event' }).getByLabel('URL slug').inputValue();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openCategory(page: Page, name: string) {
  await page.goto('/admin/categories');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('category administration', () => {
  test('deleting a category moves its events to the chosen one, shown on the public page', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    const id = uniq();
    const doomed = `Doomed ${id}`;
    const heir = `Heir ${id}`;
    const doomedSlug = await createCategory(page, doomed);
    const heirSlug = await createCategory(page, heir);
    const title = `Moved event ${id}`;
    await createEvent(page, { title, category: doomed });

    await openCategory(page, doomed);
    const del = page.getByRole('form', { name: 'Delete this category' });
    // Without a target the delete is refused, and the error is tied to the select.
    await del.getByRole('button', { name: 'Delete category' }).click();
    await expect(del.getByRole('alert')).toContainText(/choose the category/i);
    await expect(del.getByLabel('Move its events to')).toHaveAttribute('aria-invalid', 'true');

    await del.getByLabel('Move its events to').selectOption({ label: `${heir} (0)` });
    await del.getByRole('button', { name: 'Delete category' }).click();
    await answerConfirm(page, { title: `Delete ${doomed}?` });
    await expect(page).toHaveURL(/\/admin\/categories\?notice=/);
    await expect(page.getByRole('status')).toContainText('moved its 1 event');
    await expect(page.getByRole('link', { name: doomed, exact: true })).toHaveCount(0);

    await page.goto(`/categories/${heirSlug}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    const gone = await page.goto(`/categories/${doomedSlug}`);
    expect(gone?.status()).toBe(404);
  });

  test('merging two categories moves the events and removes the source', async ({ page }) => {
    await signIn(page, 'admin');
    const id = uniq();
    const source = `Source ${id}`;
    const target = `Target ${id}`;
    const sourceSlug = await createCategory(page, source);
    const targetSlug = await createCategory(page, target);
    const title = `Merged event ${id}`;
    await createEvent(page, { title, category: source });

    await openCategory(page, source);
    const merge = page.getByRole('form', { name: 'Merge into another category' });
    await merge.getByLabel('Merge into').selectOption({ label: `${target} (0)` });
    // Cancelled, nothing happens; confirmed, it merges.
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('dialog')).toContainText(
      `All 1 event moves to ${target} (0), and ${source} is deleted.`,
    );
    await answerConfirm(page, { title: `Merge ${source} into ${target} (0)?`, answer: 'cancel' });
    await expect(merge.getByRole('button', { name: 'Merge' })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source);
    await merge.getByLabel('Merge into').selectOption({ label: `${target} (0)` });
    await merge.getByRole('button', { name: 'Merge' }).click();
    await answerConfirm(page, { title: `Merge ${source} into ${target} (0)?` });
    await expect(page.getByRole('status')).toContainText(`Merged into ${target}: 1 event moved.`);

    await page.goto(`/categories/${targetSlug}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    expect((await page.goto(`/categories/${sourceSlug}`))?.status()).toBe(404);

    await page.goto('/admin/audit?action=category.merge');
    await expect(page.getByRole('row').filter({ hasText: `merged: ${source}` })).toBeVisible();
  });

  test('an editor is refused the category admin', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/categories');
    await expect(page.getByText('403 · Not allowed')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Add a category' })).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'CMS' }).getByRole('link', { name: 'Categories' }),
    ).toHaveCount(0);
  });
});

test.describe('tag administration', () => {
  test('merging a tag into another shows on the public event page', async ({ page }) => {
    await signIn(page, 'editor');
    const id = uniq();
    const oldTag = `Oldtag ${id}`;
    const newTag = `Newtag ${id}`;
    const slug = await createEvent(page, {
      title: `Tagged event ${id}`,
      category: 'Politics & Government',
      tags: [oldTag],
    });
    await createEvent(page, {
      title: `Other tagged event ${id}`,
      category: 'Politics & Government',
      tags: [newTag],
    });

    await page.goto(`/events/${slug}`);
    await expect(page.getByRole('link', { name: oldTag })).toBeVisible();

    await page.goto(`/editor/tags?q=${encodeURIComponent(oldTag)}`);
    await page.getByRole('link', { name: oldTag, exact: true }).click();
    const merge = page.getByRole('form', { name: 'Merge into another tag' });
    await merge.getByLabel('Merge into').selectOption({ label: newTag });
    await merge.getByRole('button', { name: 'Merge' }).click();
    await answerConfirm(page, { title: `Merge ${oldTag} into ${newTag}?` });
    await expect(page.getByRole('status')).toContainText(`Merged into ${newTag} (1 event).`);
    await expect(page.getByRole('heading', { level: 1, name: newTag })).toBeVisible();
    await expect(page.getByText('2 events')).toBeVisible();

    await page.goto(`/events/${slug}`);
    await expect(page.getByRole('link', { name: newTag })).toBeVisible();
    await expect(page.getByRole('link', { name: oldTag })).toHaveCount(0);
  });
});

test.describe('notices', () => {
  test('a notice comes only from our own codes: text in the URL is never shown', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    const phish = 'Your account is suspended';
    for (const path of [
      `/admin/categories?notice=${encodeURIComponent(phish)}`,
      `/admin/categories?notice=${encodeURIComponent(`${phish}. Call +1 555 0100`)}&id=1&n=2`,
      `/editor/tags?notice=${encodeURIComponent(phish)}`,
      `/editor/people?notice=${encodeURIComponent(phish)}`,
      `/editor/events/trash?trashed=${encodeURIComponent(phish)}`,
      '/admin/categories?notice=tag-deleted',
      '/editor/tags?notice=__proto__',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(phish)).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
    }
    // A real code still shows its own words.
    await page.goto('/editor/tags?notice=tag-deleted');
    await expect(page.getByRole('status')).toHaveText('Deleted the tag.');
  });
});
