import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPagination } from '@/components/cms/admin-search-list';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { buttonClass, inputClass, labelClass } from '@/components/cms/ui';
import {
  AUDIT_PAGE_SIZE,
  findAuditEntityLinks,
  listAuditFilterOptions,
  listAuditLog,
  type AuditRow,
} from '@/db/store';
import { authorizePage } from '@/server/cms-auth';

export const metadata: Metadata = { title: 'Audit log' };

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim() : '');
const isoDay = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : '';

/** A one-line summary of an audit row's details (names, counts, from → to). */
function summarize(details: Record<string, unknown> | null): string {
  if (!details) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'eventIds') continue;
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if ('from' in v && 'to' in v)
        parts.push(`${key}: ${String(v.from ?? '—')} → ${String(v.to ?? '—')}`);
      else if ('name' in v) parts.push(`${key}: ${String(v.name)}`);
      else if (key === 'changes') {
        for (const [k, c] of Object.entries(v)) {
          const ch = c as { from?: unknown; to?: unknown };
          parts.push(`${k}: ${String(ch.from ?? '—')} → ${String(ch.to ?? '—')}`);
        }
      } else parts.push(`${key}: ${JSON.stringify(value)}`);
    } else parts.push(`${key}: ${String(value)}`);
  }
  const text = parts.join(' · ');
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await authorizePage('admin', '/admin/audit');
  if (!me) return <ForbiddenNotice required="admin" />;
  const params = await searchParams;
  const filters = {
    user: str(params.user),
    action: str(params.action),
    entity: str(params.entity),
    from: isoDay(str(params.from)),
    to: isoDay(str(params.to)),
  };
  const page = Math.max(1, Number.parseInt(str(params.page), 10) || 1);
  const userId = /^\d+$/.test(filters.user) ? Number(filters.user) : undefined;
  const [{ rows, total }, options] = await Promise.all([
    listAuditLog(me, {
      userId,
      action: filters.action || undefined,
      entityType: filters.entity || undefined,
      from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
      to: filters.to ? new Date(`${filters.to}T00:00:00Z`) : undefined,
      page,
    }),
    listAuditFilterOptions(me),
  ]);
  const links = await findAuditEntityLinks(me, rows);
  const kept = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
  const entityCell = (r: AuditRow) => {
    const label = `${r.entityType}${r.entityId ? ` #${r.entityId}` : ''}`;
    const href = r.entityId ? links.get(`${r.entityType}:${r.entityId}`) : undefined;
    if (r.entityType === 'user' && r.entityId)
      return (
        <Link href="/admin/users" className="hover:underline">
          {label}
        </Link>
      );
    return href ? (
      <Link href={href} className="text-amber-800 hover:underline dark:text-amber-300">
        {label}
      </Link>
    ) : (
      label
    );
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Who did what to which record, and when (times in UTC), newest first.
        </p>
      </div>

      <form
        method="get"
        action="/admin/audit"
        aria-label="Filter the audit log"
        className="flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="audit-user" className={labelClass}>
            User
          </label>
          <select
            id="audit-user"
            name="user"
            defaultValue={filters.user}
            className={`${inputClass} mt-1.5`}
          >
            <option value="">Anyone</option>
            {options.users.map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className={labelClass}>
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filters.action}
            className={`${inputClass} mt-1.5`}
          >
            <option value="">Any action</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className={labelClass}>
            Record type
          </label>
          <select
            id="audit-entity"
            name="entity"
            defaultValue={filters.entity}
            className={`${inputClass} mt-1.5`}
          >
            <option value="">Any type</option>
            {options.entityTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className={labelClass}>
            From
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={filters.from}
            className={`${inputClass} mt-1.5`}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>
            To
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={filters.to}
            className={`${inputClass} mt-1.5`}
          />
        </div>
        <button type="submit" className={buttonClass.primary}>
          Filter
        </button>
        {Object.keys(kept).length > 0 && (
          <Link href="/admin/audit" className={buttonClass.ghost}>
            Clear
          </Link>
        )}
      </form>

      <p className="text-sm text-stone-600 dark:text-stone-400">
        {total} {total === 1 ? 'entry' : 'entries'}
      </p>
      {rows.length > 0 && (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm shadow-sm sm:hidden dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {rows.map((r) => (
            <li key={r.id} className="space-y-1 p-3">
              <p className="flex flex-wrap justify-between gap-x-3">
                <span className="font-mono text-xs">{r.action}</span>
                <time
                  dateTime={r.createdAt.toISOString()}
                  className="text-xs text-stone-500 tabular-nums dark:text-stone-400"
                >
                  {dateTime.format(r.createdAt)}
                </time>
              </p>
              <p>
                {r.userName ?? (r.userId === null ? 'System' : `User #${r.userId}`)} ·{' '}
                {entityCell(r)}
              </p>
              <p className="text-stone-600 dark:text-stone-400">{summarize(r.details)}</p>
            </li>
          ))}
        </ol>
      )}
      {rows.length > 0 && (
        <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm sm:block dark:border-stone-800 dark:bg-stone-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800">
              <tr>
                <th scope="col" className="px-4 py-2.5">
                  When (UTC)
                </th>
                <th scope="col" className="px-4 py-2.5">
                  Who
                </th>
                <th scope="col" className="px-4 py-2.5">
                  Action
                </th>
                <th scope="col" className="px-4 py-2.5">
                  Record
                </th>
                <th scope="col" className="px-4 py-2.5">
                  Details
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 align-top dark:divide-stone-800">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-2.5 whitespace-nowrap tabular-nums">
                    <time dateTime={r.createdAt.toISOString()}>{dateTime.format(r.createdAt)}</time>
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap">
                    {r.userName ?? (r.userId === null ? 'System' : `User #${r.userId}`)}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs whitespace-nowrap">{r.action}</td>
                  <td className="px-4 py-2.5 whitespace-nowrap">{entityCell(r)}</td>
                  <td className="min-w-64 px-4 py-2.5 text-stone-700 dark:text-stone-300">
                    {summarize(r.details)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPagination
        path="/admin/audit"
        params={kept}
        page={page}
        pages={Math.ceil(total / AUDIT_PAGE_SIZE)}
      />
    </div>
  );
}
