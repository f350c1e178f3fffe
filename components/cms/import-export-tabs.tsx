import Link from 'next/link';

/** "Import | Export" above the two admin pages that move content in and out. */
export function ImportExportTabs({ current }: { current: 'import' | 'export' }) {
  const tab = (key: 'import' | 'export', label: string) => {
    const active = key === current;
    return (
      <Link
        href={`/admin/${key}`}
        aria-current={active ? 'page' : undefined}
        className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
          active
            ? 'border-amber-600 text-stone-900 dark:border-amber-400 dark:text-stone-100'
            : 'border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
        }`}
      >
        {label}
      </Link>
    );
  };
  return (
    <nav
      aria-label="Import and export"
      className="flex gap-1 border-b border-stone-200 dark:border-stone-800"
    >
      {tab('import', 'Import')}
      {tab('export', 'Export')}
    </nav>
  );
}
