import { listReviewSteps, type ReviewStep } from '@/db/store';
import type { SessionUser } from '@/lib/auth/actor';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

function describe(s: ReviewStep): string {
  const at = s.publishAt ? `${timeFormat.format(new Date(s.publishAt))} UTC` : null;
  switch (s.action) {
    case 'submit':
      return `Sent for review${s.version ? ` (version ${s.version})` : ''}${at ? `, to go public ${at}` : ''}`;
    case 'approve':
      return s.outcome === 'scheduled' && at
        ? `Approved and scheduled for ${at}`
        : `Approved and published${s.version ? ` (version ${s.version})` : ''}`;
    case 'send_back':
      return 'Sent back';
  }
}

/** The event's review steps (from the audit log), newest first, for its history page. */
export async function ReviewSteps({ user, eventId }: { user: SessionUser; eventId: number }) {
  const steps = await listReviewSteps(user, eventId);
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="review-steps-heading" className="space-y-3">
      <h2 id="review-steps-heading" className="text-lg font-semibold">
        Review
      </h2>
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {steps.map((s, i) => (
          <li key={i} className="px-3 py-2.5">
            <p>
              <span className="font-medium">{describe(s)}</span>
              <span className="text-stone-600 dark:text-stone-400">
                {' '}
                · {s.byName ?? 'someone no longer here'} · {timeFormat.format(s.at)} UTC
              </span>
            </p>
            {s.note && (
              <p className="mt-1 whitespace-pre-line text-stone-700 dark:text-stone-300">
                “{s.note}”
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
