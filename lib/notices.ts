/**
 * The success notices CMS pages show after a change (`?notice=<code>`). Only these codes exist and
 * their words are written here: a URL can pick a notice, never its text, so a crafted link cannot
 * put "Your account is suspended, call…" on an admin page as if Almanac said it. A notice may name
 * a record (`id`, whose name the page reads from the database) and a count (`n`, a small number).
 * An unknown code, or a notice whose record the page cannot find, shows nothing.
 */
export const NOTICE_CODES = [
  'category-created',
  'category-saved',
  'category-deleted',
  'category-merged',
  'tag-renamed',
  'tag-merged',
  'tag-deleted',
  'person-saved',
  'person-merged',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export type NoticeRef = { code: NoticeCode; id?: number; n?: number };

const events = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

type Words = (p: { name: string | null; n: number | null }) => string | null;

const WORDS: Record<NoticeCode, Words> = {
  'category-created': ({ name }) => (name ? `Created ${name}.` : null),
  'category-saved': ({ name }) => (name ? `Saved ${name}.` : null),
  'category-deleted': ({ n }) =>
    n ? `Deleted the category and moved its ${events(n)}.` : 'Deleted the category.',
  'category-merged': ({ name, n }) =>
    name && n !== null ? `Merged into ${name}: ${events(n)} moved.` : null,
  'tag-renamed': ({ name }) => (name ? `Renamed to ${name}.` : null),
  'tag-merged': ({ name, n }) =>
    name && n !== null ? `Merged into ${name} (${events(n)}).` : null,
  'tag-deleted': () => 'Deleted the tag.',
  'person-saved': ({ name }) => (name ? `Saved ${name}.` : null),
  'person-merged': ({ name, n }) =>
    name && n !== null ? `Merged into ${name} (${events(n)}).` : null,
};

const isCode = (v: string): v is NoticeCode => (NOTICE_CODES as readonly string[]).includes(v);

/** Where to go after a change: the page, with the notice it shows once. */
export function withNotice(path: string, notice: NoticeRef): string {
  const query = new URLSearchParams({ notice: notice.code });
  if (notice.id !== undefined) query.set('id', String(notice.id));
  if (notice.n !== undefined) query.set('n', String(notice.n));
  return `${path}?${query}`;
}

const MAX_ID = 2 ** 31;
const MAX_COUNT = 10_000_000;
const wholeNumber = (v: unknown, max: number) =>
  typeof v === 'string' && /^\d{1,10}$/.test(v) && Number(v) <= max ? Number(v) : undefined;

/** The notice a URL asks for, if it is one of ours and one that this page (`shows`) gives. */
export function readNotice(
  params: Record<string, string | string[] | undefined>,
  shows: readonly NoticeCode[] = NOTICE_CODES,
): NoticeRef | null {
  const code = params.notice;
  if (typeof code !== 'string' || !isCode(code) || !shows.includes(code)) return null;
  const id = wholeNumber(params.id, MAX_ID);
  const n = wholeNumber(params.n, MAX_COUNT);
  return { code, ...(id !== undefined && { id }), ...(n !== undefined && { n }) };
}

/** The words of a notice; `name` is the name of the record it is about, as the page found it. */
export function noticeText(notice: NoticeRef | null, name?: string | null): string | null {
  if (!notice) return null;
  return WORDS[notice.code]({ name: name ?? null, n: notice.n ?? null });
}
