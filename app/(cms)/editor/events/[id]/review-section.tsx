import { ReviewPanel } from '@/components/cms/review-panel';
import { getReviewPanel } from '@/db/store';
import type { SessionUser } from '@/lib/auth/actor';
import {
  approveReviewAction,
  sendBackReviewAction,
  submitForReviewAction,
} from '../review-actions';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const label = (d: Date | null) => (d ? `${timeFormat.format(d)} UTC` : null);

/** The review panel of the edit page, with its data and its actions bound to the event. */
export async function ReviewSection({
  me,
  event,
}: {
  me: SessionUser;
  event: { id: number; version: number; status: string; publishAt: Date | null };
}) {
  const data = await getReviewPanel(me, event.id);
  const r = data.review;
  return (
    <ReviewPanel
      version={event.version}
      publicOrScheduled={
        event.status === 'published' || (event.status === 'draft' && event.publishAt !== null)
      }
      required={data.required}
      canReview={data.canReview}
      review={
        r && {
          state: r.state,
          publishAtLabel: label(r.publishAt),
          submittedByName: r.submittedBy.name,
          submittedAtLabel: label(r.submittedAt)!,
          submittedVersion: r.submittedVersion,
          submitNote: r.submitNote,
          reviewedByName: r.reviewedByName,
          reviewedAtLabel: label(r.reviewedAt),
          reviewNote: r.reviewNote,
        }
      }
      submitAction={submitForReviewAction.bind(null, event.id)}
      approveAction={approveReviewAction.bind(null, event.id)}
      sendBackAction={sendBackReviewAction.bind(null, event.id)}
    />
  );
}
