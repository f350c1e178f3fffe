import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/actor';
import { hasRole, ROLE_LABELS } from '@/lib/auth/roles';
import { buttonClass } from './ui';

/** The CMS header: where you are, who you are, and the way out. */
export function CmsHeader({
  user,
  signOutAction,
}: {
  user: SessionUser | null;
  signOutAction: () => Promise<void>;
}) {
  const navLink =
    'rounded-md px-2.5 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-200/70 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white';
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/editor"
          className="flex items-baseline gap-1.5 font-serif text-lg font-semibold tracking-tight text-stone-900 no-underline dark:text-stone-100"
        >
          Almanac{' '}
          <span className="font-sans text-xs font-medium tracking-wide text-stone-500 uppercase dark:text-stone-400">
            CMS
          </span>
        </Link>
        {user && (
          <nav
            aria-label="CMS"
            className="order-last -mx-2.5 flex w-full items-center gap-1 overflow-x-auto sm:order-none sm:mx-0 sm:w-auto"
          >
            <Link href="/editor" className={navLink}>
              Dashboard
            </Link>
            <Link href="/editor/events" className={navLink}>
              Events
            </Link>
            <Link href="/editor/corrections" className={navLink}>
              Corrections
            </Link>
            {hasRole(user.role, 'admin') && (
              <Link href="/admin/users" className={navLink}>
                Users
              </Link>
            )}
            <Link href="/editor/tags" className={navLink}>
              Tags
            </Link>
            <Link href="/editor/people" className={navLink}>
              People
            </Link>
            {hasRole(user.role, 'admin') && (
              <Link href="/admin/categories" className={navLink}>
                Categories
              </Link>
            )}
            {hasRole(user.role, 'admin') && (
              <Link href="/admin/import" className={navLink}>
                Import
              </Link>
            )}
            {hasRole(user.role, 'admin') && (
              <Link href="/admin/audit" className={navLink}>
                Audit
              </Link>
            )}
            {/* The public site has its own root layout: a plain link, no prefetch. */}
            <a href="/" className={navLink}>
              View site
            </a>
          </nav>
        )}
        {user && (
          <div className="ml-auto flex items-center gap-3">
            <p className="hidden text-right text-sm leading-tight sm:block">
              <span className="block font-medium">{user.name}</span>
              <span className="block text-xs text-stone-500 dark:text-stone-400">
                {ROLE_LABELS[user.role]}
              </span>
            </p>
            <form action={signOutAction}>
              <button type="submit" className={buttonClass.secondary}>
                Sign out
              </button>
            </form>
          </div>
        )}
      </div>
    </header>
  );
}
