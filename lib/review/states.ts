// Review before publish: the states an event's review can be in (db/schema.ts's event_reviews).
// An event with no review row is not in review; approving publishes or schedules it and ends it.

export const REVIEW_STATES = ['pending', 'changes_requested'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The site setting that makes a review the only way an editor's event becomes public. */
export const REVIEW_REQUIRED_SETTING = 'review.required';

/** What a person is told when the data layer refuses an editor's publish or schedule. */
export const REVIEW_REQUIRED_MESSAGE =
  'On this site a reviewer publishes events: save it as a draft and submit it for review';
