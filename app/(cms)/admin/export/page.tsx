import type { Metadata } from 'next';
import Link from 'next/link';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { ImportExportTabs } from '@/components/cms/import-export-tabs';
import { buttonClass, Card, hintClass, inputClass, labelClass, Notice } from '@/components/cms/ui';
import { countExportEvents } from '@/db/store';
import { listImportCategoryOptions } from '@/db/store';
import { parseExportFilter, isWholeSite } from '@/lib/import/export-filter';
import { authorizePage } from '@/server/cms-auth';
import { EVENT_KINDS, EVENT_STATUSES, KIND_LABELS } from '@/lib/validation/event';

export const metadata: Metadata = { title: 'Export' };

const number = new Intl.NumberFormat('en-GB');
const STATUS_LABELS = { draft: 'Drafts', published: 'Published', archived: 'Archived' } as const;

/** The query string of the filter form as it was sent (to hand on to the download). */
function queryOf(params: Record<string, string | string[] | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      if (v.trim() !== '') out.append(key, v);
  }
  return out.toString();
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function AdminExportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await authorizePage('admin', '/admin/export');
  if (!me) return <ForbiddenNotice required="admin" />;
  const params = await searchParams;
  const parsed = parseExportFilter(params);
  const [categories, count] = await Promise.all([
    listImportCategoryOptions(me),
    parsed.ok ? countExportEvents(me, parsed.filter) : Promise.resolve(null),
  ]);
  const query = queryOf(params);
  const chosen = {
    categories: new Set(list(params.category)),
    statuses: new Set(list(params.status)),
    kinds: new Set(list(params.kind)),
  };
  const check = 'flex items-center gap-2 text-sm';

  return (
    <div className="space-y-6">
      <ImportExportTabs current="export" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Export events</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Download events as an Almanac JSON file: every field, with their categories, tags and
          topics, people, references, links, former slugs and the source links of imported entries.
          Import it on the Import tab of any Almanac (or with{' '}
          <code className="text-sm">npm run import</code>) to copy or restore them. Without filters
          the file holds the whole site; events in the trash are left out unless you ask for them.
        </p>
      </div>

      <div aria-live="polite">
        {!parsed.ok ? (
          <Notice tone="error">{parsed.error}</Notice>
        ) : (
          <Card className="flex flex-wrap items-center justify-between gap-4">
            <p>
              <span className="text-2xl font-semibold tabular-nums">
                {number.format(count ?? 0)}
              </span>{' '}
              {count === 1 ? 'event' : 'events'}{' '}
              {isWholeSite(parsed.filter)
                ? 'in the whole site, with every category, tag and person'
                : 'match, with the categories, tags and people they use'}
              .
            </p>
            <a
              href={`/api/cms/export${query ? `?${query}` : ''}`}
              download
              className={buttonClass.primary}
            >
              Download {number.format(count ?? 0)} {count === 1 ? 'event' : 'events'} (JSON)
            </a>
          </Card>
        )}
      </div>

      <Card>
        <form
          method="get"
          action="/admin/export"
          aria-label="Choose what to export"
          className="space-y-5"
        >
          <h2 className="text-lg font-semibold">Narrow it down</h2>
          <div className="grid gap-5 md:grid-cols-3">
            <fieldset className="md:col-span-3">
              <legend className={labelClass}>Categories</legend>
              <p className={hintClass}>None ticked: all of them.</p>
              <div className="mt-2 grid gap-x-4 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
                {categories.map((c) => (
                  <label key={c.slug} className={check}>
                    <input
                      type="checkbox"
                      name="category"
                      value={c.slug}
                      defaultChecked={chosen.categories.has(c.slug)}
                      className="accent-amber-700"
                    />
                    {c.name}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className={labelClass}>Status</legend>
              <div className="mt-2 space-y-1.5">
                {EVENT_STATUSES.map((s) => (
                  <label key={s} className={check}>
                    <input
                      type="checkbox"
                      name="status"
                      value={s}
                      defaultChecked={chosen.statuses.has(s)}
                      className="accent-amber-700"
                    />
                    {STATUS_LABELS[s]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className={labelClass}>Kind</legend>
              <div className="mt-2 space-y-1.5">
                {EVENT_KINDS.map((k) => (
                  <label key={k} className={check}>
                    <input
                      type="checkbox"
                      name="kind"
                      value={k}
                      defaultChecked={chosen.kinds.has(k)}
                      className="accent-amber-700"
                    />
                    {KIND_LABELS[k]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="space-y-3">
              <div className="flex gap-3">
                <div>
                  <label htmlFor="export-from" className={labelClass}>
                    From year
                  </label>
                  <input
                    id="export-from"
                    name="yearFrom"
                    defaultValue={text(params.yearFrom)}
                    placeholder="44 BCE"
                    className={`${inputClass} mt-1.5 w-28`}
                  />
                </div>
                <div>
                  <label htmlFor="export-to" className={labelClass}>
                    To year
                  </label>
                  <input
                    id="export-to"
                    name="yearTo"
                    defaultValue={text(params.yearTo)}
                    placeholder="1924"
                    className={`${inputClass} mt-1.5 w-28`}
                  />
                </div>
              </div>
              <div>
                <label htmlFor="export-since" className={labelClass}>
                  Changed since
                </label>
                <input
                  id="export-since"
                  name="updatedSince"
                  type="date"
                  defaultValue={text(params.updatedSince)}
                  className={`${inputClass} mt-1.5`}
                />
              </div>
              <label className={check}>
                <input
                  type="checkbox"
                  name="trash"
                  value="1"
                  defaultChecked={text(params.trash) === '1'}
                  className="accent-amber-700"
                />
                Include events in the trash
              </label>
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass.secondary}>
              Apply filters
            </button>
            {query !== '' && (
              <Link href="/admin/export" className={buttonClass.ghost}>
                Clear
              </Link>
            )}
          </div>
        </form>
      </Card>
    </div>
  );
}
