import { expect, test } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { insertEvents, queryDatabase } from './fixtures/events';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

// The projects share one database, and the desktop run creates "Wor": the phone run's names differ.
let p = '';
const WWII = () => `${p}World War II`;
const WOR = () => `${p}Wor`;

test.beforeAll(({}, info) => {
  p = info.project.name === 'desktop' ? '' : 'Phone ';
  // An existing tag for the picker to offer (the sample has none beginning with "Wor").
  insertEvents([{ title: `Tagged ${WWII()} ${uniq()}`, tags: [WWII()] }]);
});

test('Enter takes the highlighted existing tag; a new tag is created only by choosing it @phone', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const form = new EventFormPage(page);
  await form.gotoNew();
  const box = form.form.getByRole('combobox', { name: 'Add a tag' });
  const list = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`);
  const chosen = form.form.getByRole('list', { name: 'Chosen tags' });
  const chosenNames = () =>
    chosen
      .locator('input[name="tags"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  // "Wor" begins an existing tag's name: it is highlighted, and Enter takes it, not a new "Wor".
  await box.fill(WOR());
  const existing = form.form.getByRole('option', { name: WWII(), exact: true });
  await expect(existing).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await existing.getAttribute('id'))!);
  const create = form.form.getByRole('option', { name: `Create tag “${WOR()}”` });
  await expect(create).toHaveAttribute('aria-selected', 'false');
  await box.press('Enter');
  await expect.poll(chosenNames).toEqual([WWII()]);
  await expect(box).toHaveValue('');

  // Creating "Wor" is explicit: its option, at the end of the list.
  await box.fill(WOR());
  await expect(create).toBeVisible();
  await expect(list.getByRole('option').last()).toHaveText(`Create tag “${WOR()}”`);
  await create.click();
  await expect.poll(chosenNames).toEqual([WWII(), WOR()]);

  // Text that fits no tag: nothing is highlighted, so Enter adds nothing; ArrowDown reaches "Create".
  const fresh = `Zq ${uniq()}`;
  await box.fill(fresh);
  const createFresh = form.form.getByRole('option', { name: `Create tag “${fresh}”` });
  await expect(createFresh).toHaveAttribute('aria-selected', 'false');
  await box.press('Enter');
  await expect.poll(chosenNames).toEqual([WWII(), WOR()]);
  await expect(box).toHaveValue(fresh);
  await box.press('ArrowDown');
  await expect(createFresh).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect.poll(chosenNames).toEqual([WWII(), WOR(), fresh]);

  // Escape closes the list.
  await box.fill(WOR());
  await expect(existing).toBeVisible();
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.fill('');

  // Saved: the event has the existing tag (no second "World War II") and the two created ones.
  const title = `Tag picker ${uniq()}`;
  await form.fillBasics({ title, ...randomDate(), summary: 'Tags chosen with the keyboard.' });
  const id = await form.create();
  const tags = queryDatabase<{ name: string }>(
    'SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ? ORDER BY t.name',
    [id],
  ).map((t) => t.name);
  expect(tags).toEqual([WOR(), WWII(), fresh].sort());
  expect(
    queryDatabase<{ n: number }>('SELECT count(*) AS n FROM tags WHERE lower(name) = lower(?)', [
      WWII(),
    ])[0]?.n,
  ).toBe(1);
});
