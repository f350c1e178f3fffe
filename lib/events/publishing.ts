import { isImportedEntry } from './provenance';

// What publishing requires: one rule for every path that makes an event public or schedules it
// (the form, the workflow button, bulk actions, the scheduler, restores and every importer).

/** A reason an event cannot be published, tied to the field that needs fixing. */
export type PublishingProblem = { field: 'summary'; message: string; short: string };

const NEEDS_SUMMARY: PublishingProblem = {
  field: 'summary',
  message: 'A published event needs a summary: it is the text of its card',
  short: 'it needs a summary',
};

/**
 * Why this event cannot be published; empty when it can be. An event written here needs a summary:
 * its title is a headline. An imported entry (lib/events/provenance.ts) is its source's text, and
 * its title is that text's first sentence, whole: a one-sentence entry has no summary, and needs
 * none. An event whose source is not given is held to the rule.
 */
export function publishingProblems(event: {
  summary: string | null;
  source?: string | null;
}): PublishingProblem[] {
  const problems: PublishingProblem[] = [];
  if (!isImportedEntry(event.source) && (event.summary ?? '').trim() === '')
    problems.push(NEEDS_SUMMARY);
  return problems;
}

/** "it needs a summary" (several joined with "and"), for lists of events that were not published. */
export function describePublishingProblems(problems: readonly PublishingProblem[]): string {
  return problems.map((p) => p.short).join(' and ');
}

/** Does a save with this workflow make the event public now or later (published, or scheduled)? */
export function publishesOrSchedules(w: {
  status: string;
  publishAt: Date | string | null;
}): boolean {
  return w.status === 'published' || (w.status === 'draft' && w.publishAt !== null);
}

/**
 * The publish time a save keeps: only a draft waits for one (that is what scheduled means);
 * publishing or archiving drops it.
 */
export function keptPublishAt<T extends Date | string>(
  status: string,
  publishAt: T | null,
): T | null {
  return status === 'draft' ? publishAt : null;
}

/** When an event becomes published now, it is dated now; otherwise it keeps the date it had. */
export function publishedAtAfter<T>(status: string, before: T | null, now: T): T | null {
  return status === 'published' ? (before ?? now) : before;
}
