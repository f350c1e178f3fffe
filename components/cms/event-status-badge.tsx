import type { EventStatus } from '@/lib/events/enums';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

const STYLES = {
  draft: 'bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-200',
  scheduled: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  published: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  archived: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
  trash: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
} as const;

/** Where an event stands: draft, scheduled (with when), published, archived, or in the trash. */
export function EventStatusBadge({
  status,
  publishAt,
  deletedAt,
}: {
  status: EventStatus;
  publishAt: Date | null;
  deletedAt: Date | null;
}) {
  const kind = deletedAt ? 'trash' : status === 'draft' && publishAt ? 'scheduled' : status;
  const label =
    kind === 'trash'
      ? 'In the trash'
      : kind === 'scheduled' && publishAt
        ? `Scheduled · ${timeFormat.format(publishAt)} UTC`
        : kind.charAt(0).toUpperCase() + kind.slice(1);
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[kind]}`}
    >
      {label}
    </span>
  );
}
