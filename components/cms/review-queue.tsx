import Link from 'next/link';
import { listReviewQueue, type ReviewQueueItem } from '@/db/store';
import type { SessionUser } from '@/lib/auth/actor';
import { hasRole } from '@/lib/auth/roles';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

const headingClass =
  'font-sans text-sm font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400';
const listClass =
  'mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900';

function Item({ item, sentBack }: { item: ReviewQueueItem; sentBack: boolean }) {
  return (
    <li className="p-3 sm:p-4">
      <Link
        href={`/editor/events/${item.id}`}
        className="font-medium break-words text-stone-900 underline-offset-4 hover:underline dark:text-stone-100"
      >
        {item.title}
      </Link>
      <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">
        {sentBack
          ? `Sent back${item.reviewedByName ? ` by ${item.reviewedByName}` : ''}${item.reviewedAt ? `, ${timeFormat.format(item.reviewedAt)} UTC` : ''}`
          : `Sent${item.submittedByName ? ` by ${item.submittedByName}` : ''}, ${timeFormat.format(item.submittedAt)} UTC${item.publishAt ? ` · to go public ${timeFormat.format(item.publishAt)} UTC` : ''}`}
      </p>
      {sentBack && item.reviewNote && (
        <p className="mt-1 line-clamp-3 text-sm whitespace-pre-line text-stone-800 dark:text-stone-200">
          “{item.reviewNote}”
        </p>
      )}
    </li>
  );
}

/**
 * The dashboard's review lists: what waits for review (all of it for a reviewer, one's own for an
 * editor), and what was sent back to the signed-in editor, with the reviewer's note.
 */
export async function ReviewQueue({ user }: { user: SessionUser }) {
  const queue = await listReviewQueue(user);
  const reviewer = hasRole(user.role, 'reviewer');
  if (!reviewer && queue.waiting.length === 0 && queue.sentBack.length === 0) return null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {(reviewer || queue.waiting.length > 0) && (
        <section aria-labelledby="review-waiting-heading">
          <h2 id="review-waiting-heading" className={headingClass}>
            {reviewer ? 'Waiting for review' : 'Your events waiting for review'} (
            {queue.waiting.length})
          </h2>
          {queue.waiting.length === 0 ? (
            <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
              Nothing waits for review.
            </p>
          ) : (
            <ul className={listClass}>
              {queue.waiting.map((item) => (
                <Item key={item.id} item={item} sentBack={false} />
              ))}
            </ul>
          )}
        </section>
      )}
      {queue.sentBack.length > 0 && (
        <section aria-labelledby="review-sent-back-heading">
          <h2 id="review-sent-back-heading" className={headingClass}>
            Sent back to you ({queue.sentBack.length})
          </h2>
          <ul className={listClass}>
            {queue.sentBack.map((item) => (
              <Item key={item.id} item={item} sentBack />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
