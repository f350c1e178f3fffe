import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass, inputClass, labelClass } from './ui';

/** The search box (a GET form) above the tag and people lists. */
export function AdminSearchForm({
  action,
  label,
  q,
}: {
  action: string;
  label: string;
  q: string;
}) {
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="admin-search" className={labelClass}>
          {label}
        </label>
        <input
          id="admin-search"
          name="q"
          type="search"
          defaultValue={q}
          className={`${inputClass} mt-1.5 w-72 max-w-full`}
        />
      </div>
      <button type="submit" className={buttonClass.secondary}>
        Search
      </button>
    </form>
  );
}

/** "Previous / page x of y / next" links that keep the other query parameters. */
export function AdminPagination({
  path,
  params,
  page,
  pages,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  pages: number;
}): ReactNode {
  if (pages <= 1) return null;
  const href = (p: number) => `${path}?${new URLSearchParams({ ...params, page: String(p) })}`;
  const link =
    'rounded-md px-2.5 py-1.5 text-sm font-medium text-amber-800 hover:underline dark:text-amber-300';
  return (
    <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
