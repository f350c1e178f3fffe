import type { DuplicateCandidate } from '@/lib/validation/duplicates';
import type { EventFieldErrors, EventFormValues } from '@/lib/validation/event';

/** What a failed save hands back to the event form: everything typed comes back in `values`. */
export type EventFormState = {
  errors?: EventFieldErrors;
  message?: string;
  values?: EventFormValues;
  /** Someone saved the event since this form was opened. */
  conflict?: { byName: string; at: number; currentVersion: number; message: string };
  /** Events on the same date with similar titles: the editor confirms with "Save anyway". */
  duplicates?: DuplicateCandidate[];
  /** When the save was refused: a new answer re-seeds the form's lists from `values`. */
  at?: number;
  /** The refusal's code (lib/failure.ts): "unauthenticated" when the editor's session has ended. */
  code?: string;
};

/** The outcome of a one-button action (bulk change, trash, restore). */
export type ActionState = {
  ok?: boolean;
  message?: string;
  /** When it ran, so a repeated identical message is still announced. */
  at?: number;
  /** Events the message is about, each with what happened to it (a bulk change's refusals). */
  items?: { id: number; title: string; text: string }[];
  /** A bulk change's events left as they were: they stay selected, the changed ones do not. */
  unchanged?: number[];
};

export type PreviewResult = { ok: true; html: string } | { ok: false; message: string };
