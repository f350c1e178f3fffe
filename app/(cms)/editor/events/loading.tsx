export default function EventsLoading() {
  return (
    <div role="status" className="space-y-4" aria-label="Loading">
      <div className="h-8 w-48 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-32 animate-pulse rounded-lg bg-stone-200 dark:bg-stone-800" />
      <div className="h-64 animate-pulse rounded-lg bg-stone-200 dark:bg-stone-800" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
