import { expect, type Locator, type Page } from '@playwright/test';

export type EventBasics = {
  title: string;
  year: string;
  month: string; // 1–12
  day: string;
  summary: string;
  /** Category option label; the first real category when omitted. */
  category?: string;
};

/** A random suffix so every test makes its own, recognisable data. */
export const uniq = () => Math.random().toString(36).slice(2, 8);

/** A random date, so the duplicate check (same date, similar title) does not see earlier runs' events. */
export const randomDate = () => ({
  year: String(1700 + Math.floor(Math.random() * 300)),
  month: String(1 + Math.floor(Math.random() * 12)),
  day: String(1 + Math.floor(Math.random() * 28)),
});

/** The CMS event form (/editor/events/new and /editor/events/:id), driven by role and label. */
export class EventFormPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: /New event|Edit event/ });
  }

  async gotoNew() {
    await this.page.goto('/editor/events/new');
    await expect(this.page.getByRole('form', { name: 'New event' })).toBeVisible();
  }

  async gotoEdit(id: number | string) {
    await this.page.goto(`/editor/events/${id}`);
    await expect(this.page.getByRole('form', { name: 'Edit event' })).toBeVisible();
  }

  /** A field by its label (required fields' labels end in " *"). */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.form.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  async fillBasics(b: EventBasics) {
    await this.field('Title').fill(b.title);
    const category = this.field('Category');
    if (b.category) await category.selectOption({ label: b.category });
    else {
      const values = await category
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      await category.selectOption(values[0] ?? '');
    }
    await this.field('Year').fill(b.year);
    await this.field('Month').selectOption(b.month);
    await this.field('Day').fill(b.day);
    await this.field('Summary').fill(b.summary);
  }

  /** Adds a tag that does not exist yet (the picker offers to create it). */
  async addNewTag(name: string) {
    await this.form.getByRole('combobox', { name: 'Add a tag' }).fill(name);
    await this.form.getByRole('option', { name: `Create tag “${name}”` }).click();
  }

  /** Adds a person who does not exist yet. */
  async addNewPerson(name: string) {
    // Its <label> does not name the combobox in Chromium's accessibility tree (see the report), so
    // the placeholder is accepted as its name too.
    await this.form
      .getByRole('combobox', { name: /^(Add a person|Search people or type a new name…)$/ })
      .fill(name);
    await this.form.getByRole('option', { name: `Add new person “${name}”` }).click();
  }

  /** Adds a reference (a new row with its title and web address). */
  async addReference(n: number, r: { title: string; url: string }) {
    const title = this.form.getByLabel(`Title of reference ${n}`, { exact: true });
    if (!(await title.isVisible()))
      await this.form.getByRole('button', { name: 'Add a reference' }).click();
    await title.fill(r.title);
    await this.form.getByLabel(`Web address of reference ${n}`, { exact: true }).fill(r.url);
  }

  /** Links another event, found by searching its title, with the relation as seen from this event. */
  async linkEvent(title: string, relation: string) {
    await this.form
      .getByRole('combobox', { name: /^(Link to an event|Search events by title or #number…)$/ })
      .fill(title.slice(0, 30));
    await this.form
      .getByRole('option', { name: new RegExp(title) })
      .first()
      .click();
    await this.form
      .getByLabel(`How this event relates to ${title}`)
      .selectOption({ label: relation });
  }

  async setStatus(status: 'Draft' | 'Scheduled' | 'Published' | 'Archived') {
    await this.field('Status').selectOption({ label: status });
  }

  async setNote(note: string) {
    await this.field('What did you change?').fill(note);
  }

  /** Creates the event and returns its id (from the URL the save lands on). */
  async create(): Promise<number> {
    await this.form.getByRole('button', { name: 'Create event' }).click();
    await this.confirmIfDuplicate();
    await expect(this.page).toHaveURL(/\/editor\/events\/\d+\?saved=created/);
    return Number(/\/editor\/events\/(\d+)/.exec(this.page.url())?.[1]);
  }

  async save() {
    await this.form.getByRole('button', { name: 'Save changes' }).click();
  }

  /** Saves and, if the duplicate check asks, confirms it is a different event. */
  async saveChanges() {
    await this.save();
    await this.confirmIfDuplicate();
    await this.expectSaved();
  }

  private async confirmIfDuplicate() {
    const anyway = this.form.getByRole('button', { name: 'It is a different event: save anyway' });
    const landed = this.page.waitForURL(/saved=/, { timeout: 10_000 }).then(() => 'saved' as const);
    const asked = anyway.waitFor({ timeout: 10_000 }).then(() => 'asked' as const);
    const first = await Promise.race([landed, asked]).catch(() => 'neither' as const);
    if (first === 'asked') await anyway.click();
  }

  async expectSaved() {
    await expect(this.page).toHaveURL(/saved=updated/);
  }

  /** The event's current slug (from the form's URL slug field). */
  async slug(): Promise<string> {
    return this.field('URL slug').inputValue();
  }
}
