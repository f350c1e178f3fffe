import { eventFormValuesOf } from '@/lib/events/form-values';
import { publishingProblems } from '@/lib/events/publishing';
import type { EventRecord } from '@/lib/events/record';
import {
  createEventSchema,
  validateEventForm,
  type EventFieldErrors,
  type EventValidation,
} from '@/lib/validation/event';

// What a restore of an old revision saves, checked by the editor form's own schema: the content of
// that version, with the event's workflow (status, schedule) and, unless asked, its address as they
// are now. The check is the form's check of an edit (createEventSchema with the event as stored):
// a value equal to today's passes as it is, one that differs must pass today's rules.

/** The restore of `snapshot` onto the event as it stands (`current`), validated like a form save. */
export function validateRestore(o: {
  snapshot: EventRecord;
  current: EventRecord;
  restoreSlug: boolean;
  now: number;
}): EventValidation {
  const stored = eventFormValuesOf(o.current);
  const values = {
    ...eventFormValuesOf(o.snapshot),
    slug: o.restoreSlug ? o.snapshot.slug : o.current.slug,
    status: stored.status,
    publishAt: stored.publishAt,
    note: '',
    version: stored.version,
  };
  return validateEventForm(
    values,
    createEventSchema({ now: () => o.now, stored, source: o.current.source }),
  );
}

const ROW_KEY = /^(tags|people|references|links)\.(\d+)(?:\.\w+)?$/;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sentence = (s: string) => `${s.replace(/[.\s]+$/, '')}.`;

/**
 * Why version `version` (its event, `snapshot`) cannot be restored, naming each problem: the form's
 * field errors, and those only the database knows (a deleted category, a link to an event that is
 * gone or in the trash). `publicNow`: whether the event is published or scheduled now.
 */
export function describeRestoreProblems(o: {
  version: number;
  snapshot: EventRecord;
  errors: EventFieldErrors;
  publicNow: 'published' | 'scheduled' | null;
}): string {
  const { snapshot: s, errors } = o;
  const keys = Object.keys(errors) as (keyof EventFieldErrors)[];
  if (
    keys.length === 1 &&
    errors.summary &&
    o.publicNow !== null &&
    publishingProblems(s).length > 0
  )
    return `Version ${o.version} has no summary, and a ${o.publicNow} event needs one: unpublish this event first, or restore another version.`;

  const problems = new Set<string>();
  for (const key of keys) {
    const messages = (errors[key] ?? []).map(lowerFirst).join('; ');
    if (key === 'categoryId') {
      problems.add(
        s.category
          ? `Its category “${s.category.name}” no longer exists`
          : 'Its category no longer exists',
      );
      continue;
    }
    const row = ROW_KEY.exec(key);
    if (!row) {
      for (const m of errors[key] ?? []) problems.add(sentence(m));
      continue;
    }
    const i = Number(row[2]);
    const what =
      row[1] === 'links'
        ? `Its link to “${s.links[i]?.eventTitle ?? `event #${s.links[i]?.eventId ?? '?'}`}”`
        : row[1] === 'people'
          ? `Its person “${s.people[i]?.name ?? i + 1}”`
          : row[1] === 'references'
            ? `Its reference “${s.references[i]?.title ?? i + 1}”`
            : `Its tag “${s.tags[i]?.name ?? i + 1}”`;
    problems.add(`${what}: ${messages}`);
  }
  return `Version ${o.version} cannot be restored: ${[...problems].map(sentence).join(' ')} Restore another version, or edit the event instead.`;
}
