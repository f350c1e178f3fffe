'use client';

import Link from 'next/link';
import {
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
} from 'react';
import { useFormStatus } from 'react-dom';
import type { EventFormState } from '@/lib/forms/event-form';
import { MONTH_NAMES } from '@/lib/dates';
import { isImportedEntry } from '@/lib/events/provenance';
import { SHORT_TITLE_MAX } from '@/lib/events/short-title';
import {
  createEventSchema,
  EVENT_KINDS,
  EVENT_LIMITS,
  FORM_STATUS_LABELS,
  FORM_STATUSES,
  KIND_LABELS,
  keptRowIndices,
  parseEventFormData,
  PRECISION_LABELS,
  validateEventForm,
  type EventErrorKey,
  type EventField,
  type EventFieldErrors,
  type EventFormValues,
  type EventSchema,
} from '@/lib/validation/event';
import { ActionForm } from '../action-form';
import { SubmitButton } from '../submit-button';
import { buttonClass, hintClass, inputClass, labelClass, Notice } from '../ui';
import { ErrorsProvider, FieldError, fieldId, useFieldErrors, type FieldErrorsApi } from './errors';
import { LinksField } from './links-field';
import { MarkdownField, type PreviewAction } from './markdown-field';
import {
  describePendingSave,
  pendingSaveKey,
  readPendingSave,
  type RecoveredSave,
  type StoredState,
} from './pending-save';
import { PeopleField } from './people-field';
import { ReferencesField } from './references-field';
import { AutosaveOffer, AutosaveStatusLine } from './autosave-offer';
import { SaveNotice } from './save-notice';
import { useAutosave } from './use-autosave';
import { useLeaveGuard, useSaveShortcut } from './use-leave-guard';
import { TagPicker } from './tag-picker';
import { useHydrated } from './use-hydrated';

type SaveAction = (prev: EventFormState, formData: FormData) => Promise<EventFormState>;
export type CategoryChoice = { id: number; name: string };

const PRECISIONS = ['day', 'month', 'year', 'decade', 'century'] as const;

/** "references[2][url]" -> "references.2.url"; the relation select reports as the link's type. */
function errorKeyOfControl(name: string): string {
  const m = /^(people|references|links)\[(\d+)\]\[(\w+)\]$/.exec(name);
  if (!m) return name;
  return `${m[1]}.${m[2]}.${m[3] === 'relation' ? 'type' : m[3]}`;
}

/** The schema's errors for the form as it is now, with list rows numbered as the form numbers them. */
function liveErrors(form: HTMLFormElement, schema: EventSchema): Record<string, string[]> {
  const data = new FormData(form);
  const result = validateEventForm(parseEventFormData(data), schema);
  if (result.ok) return {};
  const kept = keptRowIndices(data);
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(result.errors)) {
    const m = /^(people|references|links)\.(\d+)\.(.+)$/.exec(key);
    const list = m?.[1] as keyof typeof kept | undefined;
    const formKey = m && list ? `${list}.${kept[list][Number(m[2])] ?? m[2]}.${m[3]}` : key;
    if (messages) out[formKey] = [...messages];
  }
  return out;
}

const GROUPED: readonly string[] = ['tags', 'keyPoints'];

function TextField({
  name,
  label,
  hint,
  defaultValue,
  type = 'text',
  maxLength,
  className = 'w-full',
  inputMode,
  required,
  placeholder,
}: {
  name: EventField;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue: string;
  type?: string;
  maxLength?: number;
  className?: string;
  inputMode?: 'numeric' | 'decimal' | 'url';
  required?: boolean;
  placeholder?: string;
}) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const { props } = useFieldErrors(name, hintId);
  return (
    <div>
      <label htmlFor={fieldId(name)} className={labelClass}>
        {label}
        {required && <span className="text-red-700 dark:text-red-300"> *</span>}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        inputMode={inputMode}
        maxLength={maxLength}
        defaultValue={defaultValue}
        placeholder={placeholder}
        aria-required={required || undefined}
        className={`${inputClass} mt-1.5 ${className}`}
        {...props}
      />
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError name={name} />
    </div>
  );
}

function SelectField({
  name,
  label,
  defaultValue,
  options,
  hint,
  onChange,
}: {
  name: EventField;
  label: ReactNode;
  defaultValue: string;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  onChange?: (value: string) => void;
}) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const { props } = useFieldErrors(name, hintId);
  return (
    <div>
      <label htmlFor={fieldId(name)} className={labelClass}>
        {label}
      </label>
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={defaultValue}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        className={`${inputClass} mt-1.5 w-full`}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError name={name} />
    </div>
  );
}

function TextArea({
  name,
  label,
  hint,
  defaultValue,
  rows,
  maxLength,
  counter,
}: {
  name: EventField;
  label: string;
  hint: ReactNode;
  defaultValue: string;
  rows: number;
  maxLength?: number;
  counter?: number;
}) {
  const hintId = `${fieldId(name)}-hint`;
  const { props } = useFieldErrors(name, hintId);
  const [length, setLength] = useState(defaultValue.length);
  return (
    <div>
      <label htmlFor={fieldId(name)} className={labelClass}>
        {label}
      </label>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        onInput={counter ? (e) => setLength(e.currentTarget.value.length) : undefined}
        className={`${inputClass} mt-1.5 w-full`}
        {...props}
      />
      <p id={hintId} className={`${hintClass} flex justify-between gap-4`}>
        <span>{hint}</span>
        {counter && (
          <span className={length > counter ? 'font-medium text-red-700 dark:text-red-300' : ''}>
            {length}/{counter}
          </span>
        )}
      </p>
      <FieldError name={name} />
    </div>
  );
}

function Section({
  title,
  children,
  id,
  className = 'lg:col-start-1',
}: {
  title: string;
  children: ReactNode;
  id: string;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`min-w-0 rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900 ${className}`}
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-4 space-y-5">{children}</div>
    </section>
  );
}

/** A second submit button that sends one more field (e.g. "save anyway"). */
function ConfirmButton({
  name,
  value,
  children,
  variant = 'secondary',
}: {
  name: string;
  value: string;
  children: ReactNode;
  variant?: keyof typeof buttonClass;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={buttonClass[variant]}
    >
      {children}
    </button>
  );
}

/** The statuses that make an event public or set it to become so: a reviewer's, when review is required. */
const GOES_PUBLIC: ReadonlySet<string> = new Set(['published', 'scheduled']);

function FormBody({
  state,
  values,
  stored,
  source,
  categories,
  eventId,
  previewAction,
  submitLabel,
  saveStatus,
  reviewRequired,
}: {
  /** Beside the save button: whether there are unsaved changes, and their draft copy. */
  saveStatus?: ReactNode;
  /** This editor's events go public through a review (the site setting, and not a reviewer). */
  reviewRequired: boolean;
  state: EventFormState;
  values: EventFormValues;
  /** The event as stored (editing): the live checks, like the server's, accept what was kept. */
  stored: EventFormValues | undefined;
  /** Where the stored event's text came from (an importer), null for an event written here. */
  source: string | null;
  categories: readonly CategoryChoice[];
  eventId: number | null;
  previewAction: PreviewAction;
  submitLabel: string;
}) {
  const hydrated = useHydrated();
  const schema = useMemo(() => createEventSchema({ stored, source }), [stored, source]);
  // While a save is on its way the fields take no input: its answer re-seeds them from what was sent.
  const { pending } = useFormStatus();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [live, setLive] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState(values.status);
  const root = useRef<HTMLDivElement>(null);
  const server: EventFieldErrors = state.errors ?? {};

  const pick = (source: Record<string, readonly string[] | undefined>, key: string) => {
    if (!GROUPED.includes(key)) return source[key];
    const all = Object.entries(source)
      .filter(([k]) => k === key || k.startsWith(`${key}.`))
      .flatMap(([, m]) => m ?? []);
    return all.length > 0 ? all : undefined;
  };
  const api: FieldErrorsApi = {
    get: (key: EventErrorKey) => (touched.has(key) ? pick(live, key) : pick(server, key)),
  };

  const goToFirstInvalid = () =>
    root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const target = event.target as HTMLInputElement;
    const form = target.form;
    if (!target.name || !form || target.type === 'hidden') return;
    const key = errorKeyOfControl(target.name);
    setLive(liveErrors(form, schema));
    setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  }

  const openedVersion = values.version;
  const errorCount = Object.keys(server).length;

  return (
    <ErrorsProvider value={api}>
      <div
        ref={root}
        onBlur={hydrated ? onBlur : undefined}
        inert={pending}
        aria-busy={pending || undefined}
        // The desk: on wide screens the publishing section is a sticky panel beside the others.
        className="space-y-6 lg:grid lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-6 lg:space-y-0"
      >
        <input type="hidden" name="version" value={values.version} />

        <div aria-live="polite" className="space-y-3 lg:col-start-1 lg:empty:hidden">
          {state.conflict ? (
            <SaveNotice at={state.at}>
              <Notice tone="error">
                <p className="font-medium">{state.conflict.message}</p>
                <p className="mt-1">
                  Your changes are still here and have not been saved. Look at what they changed,
                  then either copy what you need into this form and save over theirs, or reload to
                  start from their version.
                </p>
                <div className="mt-3 flex flex-wrap items-center gap-3">
                  {eventId !== null && (
                    <Link
                      href={`/editor/events/${eventId}/history?from=${openedVersion}&to=${state.conflict.currentVersion}`}
                      target="_blank"
                      className="font-medium underline underline-offset-4"
                    >
                      See what changed (opens in a new tab)
                    </Link>
                  )}
                  <ConfirmButton
                    name="forceVersion"
                    value={String(state.conflict.currentVersion)}
                    variant="danger"
                  >
                    Save mine anyway, replacing their changes
                  </ConfirmButton>
                </div>
              </Notice>
            </SaveNotice>
          ) : state.duplicates ? (
            <SaveNotice at={state.at}>
              <Notice tone="info">
                <p className="font-medium">{state.message}</p>
                <ul className="mt-2 list-disc space-y-0.5 pl-5">
                  {state.duplicates.map((d) => (
                    <li key={d.id}>
                      <Link
                        href={`/editor/events/${d.id}`}
                        target="_blank"
                        className="underline underline-offset-2"
                      >
                        {d.title}
                      </Link>{' '}
                      <span className="opacity-80">
                        ({d.date}, {d.status})
                      </span>
                    </li>
                  ))}
                </ul>
                <div className="mt-3">
                  <ConfirmButton name="allowDuplicates" value="1">
                    It is a different event: save anyway
                  </ConfirmButton>
                </div>
              </Notice>
            </SaveNotice>
          ) : (
            state.message && (
              <SaveNotice at={state.at}>
                <Notice tone="error">
                  <p>{state.message}</p>
                  {state.code === 'unauthenticated' ? (
                    <p className="mt-1">
                      Your changes are still in this form.{' '}
                      <a
                        href={`/login?callbackUrl=${encodeURIComponent('/editor')}`}
                        target="_blank"
                        className="font-medium underline underline-offset-4"
                      >
                        Sign in again in a new tab
                      </a>
                      , then come back here and save.
                    </p>
                  ) : null}
                  {errorCount > 1 && <p className="mt-1">{errorCount} fields need attention.</p>}
                  {errorCount > 0 && (
                    <button
                      type="button"
                      onClick={goToFirstInvalid}
                      className="mt-2 font-medium underline underline-offset-4"
                    >
                      Go to the first field that needs attention
                    </button>
                  )}
                </Notice>
              </SaveNotice>
            )
          )}
        </div>

        <Section title="Basics" id="ev-basics">
          <TextField
            name="title"
            label="Title"
            defaultValue={values.title}
            maxLength={EVENT_LIMITS.title}
            hint={`A headline, or a whole sentence. Cards, share images and the page’s title show it cut to about ${SHORT_TITLE_MAX} characters.`}
            required
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              name="kind"
              label="Kind"
              defaultValue={values.kind}
              options={EVENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
              hint="An observance recurs every year and has no year."
            />
            <SelectField
              name="categoryId"
              label="Category"
              defaultValue={values.categoryId}
              options={[
                { value: '', label: 'Choose a category…' },
                ...categories.map((c) => ({ value: String(c.id), label: c.name })),
              ]}
            />
          </div>
          <TextField
            name="slug"
            label="URL slug"
            defaultValue={values.slug}
            maxLength={EVENT_LIMITS.slug}
            hint={
              eventId === null
                ? 'Leave empty to make one from the title.'
                : 'Changing it keeps the old address working: it redirects to the new one.'
            }
            placeholder="made-from-the-title"
          />
        </Section>

        <Section title="Date" id="ev-date">
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField
              name="year"
              label="Year"
              defaultValue={values.year}
              inputMode="numeric"
              hint="Negative for BCE: -44 is 44 BCE. No year 0."
            />
            <SelectField
              name="month"
              label="Month"
              defaultValue={values.month}
              options={[
                { value: '', label: '—' },
                ...MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m })),
              ]}
            />
            <TextField name="day" label="Day" defaultValue={values.day} inputMode="numeric" />
          </div>
          <div className="grid gap-5 sm:grid-cols-3">
            <SelectField
              name="precision"
              label="Known to the"
              defaultValue={values.precision}
              options={PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] }))}
            />
            <SelectField
              name="calendar"
              label="Calendar"
              defaultValue={values.calendar}
              options={[
                { value: 'gregorian', label: 'Gregorian' },
                { value: 'julian', label: 'Julian (as recorded)' },
              ]}
            />
            <div className="flex items-end pb-2">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  name="circa"
                  defaultChecked={values.circa}
                  className="size-4 accent-amber-700"
                />
                Approximate (circa)
              </label>
            </div>
          </div>
          <details
            open={Boolean(values.endYear || values.endMonth || values.endDay)}
            className="group"
          >
            <summary className="cursor-pointer text-sm font-medium text-stone-700 dark:text-stone-300">
              Ends on a later date (a span)
            </summary>
            <div className="mt-3 grid gap-5 sm:grid-cols-4">
              <TextField
                name="endYear"
                label="End year"
                defaultValue={values.endYear}
                inputMode="numeric"
              />
              <SelectField
                name="endMonth"
                label="End month"
                defaultValue={values.endMonth}
                options={[
                  { value: '', label: '—' },
                  ...MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m })),
                ]}
              />
              <TextField
                name="endDay"
                label="End day"
                defaultValue={values.endDay}
                inputMode="numeric"
              />
              <SelectField
                name="endPrecision"
                label="Known to the"
                defaultValue={values.endPrecision}
                options={[
                  { value: '', label: 'As given' },
                  ...PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] })),
                ]}
              />
            </div>
          </details>
        </Section>

        <Section title="Place" id="ev-place">
          <TextField
            name="location"
            label="Location"
            defaultValue={values.location}
            maxLength={EVENT_LIMITS.location}
            placeholder="London, United Kingdom"
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="latitude"
              label="Latitude"
              defaultValue={values.latitude}
              inputMode="decimal"
              hint="-90 to 90; both or neither."
            />
            <TextField
              name="longitude"
              label="Longitude"
              defaultValue={values.longitude}
              inputMode="decimal"
              hint="-180 to 180."
            />
          </div>
        </Section>

        <Section title="Text" id="ev-text">
          <TextArea
            name="summary"
            label="Summary"
            rows={3}
            defaultValue={values.summary}
            hint={
              !isImportedEntry(source)
                ? 'Plain text: what readers see on cards and in search results. Needed to publish.'
                : 'Plain text: what readers see on cards and in search results. Optional for an imported entry: its title is its first sentence, and this holds any sentences after it.'
            }
            counter={EVENT_LIMITS.summary}
          />
          <TextArea
            name="keyPoints"
            label="Key points"
            rows={4}
            defaultValue={values.keyPoints.join('\n')}
            hint={`One per line; up to ${EVENT_LIMITS.keyPoints}, each at most ${EVENT_LIMITS.keyPoint} characters.`}
          />
          <MarkdownField
            name="body"
            label="What happened, and why it matters"
            defaultValue={values.body}
            rows={14}
            maxLength={EVENT_LIMITS.body}
            previewAction={previewAction}
            hint="Markdown: ## for section headings, **bold**, [links](https://…)."
          />
          <MarkdownField
            name="funFact"
            label="Fun fact"
            defaultValue={values.funFact}
            rows={3}
            maxLength={EVENT_LIMITS.funFact}
            previewAction={previewAction}
            hint="Optional, Markdown."
          />
          <MarkdownField
            name="furtherReading"
            label="Further reading"
            defaultValue={values.furtherReading}
            rows={4}
            maxLength={EVENT_LIMITS.furtherReading}
            previewAction={previewAction}
            hint="Optional, Markdown (a list of books or links)."
          />
        </Section>

        <Section title="Image" id="ev-image">
          <TextField
            name="imageUrl"
            label="Image address"
            type="url"
            defaultValue={values.imageUrl}
            maxLength={EVENT_LIMITS.url}
            hint="https:// only."
          />
          <TextField
            name="imageAlt"
            label="Image description (alt text)"
            defaultValue={values.imageAlt}
            maxLength={EVENT_LIMITS.imageAlt}
            hint="What the image shows, for readers who cannot see it. Needed with an image."
          />
          <TextField
            name="imageCredit"
            label="Credit"
            defaultValue={values.imageCredit}
            maxLength={EVENT_LIMITS.imageCredit}
            placeholder="Photographer, source, licence"
          />
        </Section>

        <Section title="People and tags" id="ev-people">
          <PeopleField initial={values.people} />
          <TagPicker initial={values.tags} />
        </Section>

        <Section title="Sources and links" id="ev-sources">
          <ReferencesField initial={values.references} />
          <LinksField initial={values.links} eventId={eventId} />
        </Section>

        <Section
          title="Publishing"
          id="ev-publishing"
          className="lg:sticky lg:top-4 lg:col-start-2 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto lg:[grid-row:1/span_8]"
        >
          {/* The panel's actions first, in view whatever its height (narrow screens: the bar below). */}
          <div className="space-y-2 max-lg:hidden">
            <div className="flex flex-wrap items-center gap-3">
              <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
              <Link href="/editor/events" className={buttonClass.ghost}>
                Cancel
              </Link>
            </div>
            {saveStatus}
          </div>
          <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-1">
            <SelectField
              name="status"
              label="Status"
              defaultValue={values.status}
              onChange={setStatus}
              options={FORM_STATUSES.filter(
                (s) => !reviewRequired || !GOES_PUBLIC.has(s) || s === stored?.status,
              ).map((s) => ({ value: s, label: FORM_STATUS_LABELS[s] }))}
              hint={
                reviewRequired
                  ? 'On this site a reviewer publishes events: save it as a draft, then submit it for review.'
                  : 'Scheduled: a draft that is published at the time below.'
              }
            />
            {(!hydrated || status === 'scheduled') && (
              <TextField
                name="publishAt"
                label="Publish at (UTC)"
                type="datetime-local"
                defaultValue={values.publishAt}
                hint={
                  hydrated
                    ? 'Goes live within a minute of this time.'
                    : 'Only for Scheduled: goes live within a minute of this time.'
                }
              />
            )}
          </div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="featured"
              defaultChecked={values.featured}
              className="size-4 accent-amber-700"
            />
            Featured on its day’s page
          </label>
          <div>
            <label className="flex items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                name="selectable"
                defaultChecked={values.selectable}
                aria-describedby="selectable-hint"
                className="size-4 accent-amber-700"
              />
              May be chosen for its day’s selected anniversaries
            </label>
            <p id="selectable-hint" className={hintClass}>
              The day page chooses its selected list itself (featured entries are always in it);
              untick to keep this entry out of it.
            </p>
          </div>
          <TextField
            name="note"
            label="What did you change?"
            defaultValue={values.note}
            maxLength={EVENT_LIMITS.note}
            hint="Optional; shown in the history beside this version."
            placeholder="e.g. Corrected the date from the Times report"
          />
        </Section>

        {/* Phones and narrow windows: the save button stays in reach at the foot of the screen. */}
        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-stone-200 bg-white/95 px-4 py-3 backdrop-blur lg:hidden dark:border-stone-800 dark:bg-stone-900/95">
          <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
          <div className="min-w-0 flex-1">{saveStatus}</div>
        </div>
      </div>
    </ErrorsProvider>
  );
}

/**
 * The event form (new and edit). A plain form posting to a server action, so it works without
 * JavaScript; with it, fields are checked with the same schema as the server when the editor
 * leaves them, and the pickers search as you type. A refused save echoes every value back.
 */
const NO_ANSWER: EventFormState = {};

/** This tab's storage, or null where there is none (private modes, quotas). */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * A save that got no answer (the server went down, the connection dropped) may have been stored
 * all the same. The form remembers, for this tab, that it is saving and from which version; any
 * answer forgets it. When the page loads again with it still there, the form says what became of
 * that save, from the event as stored (`stored`).
 */
function usePendingSave(o: {
  eventId: number | null;
  stored: StoredState;
  version: string;
  answer: EventFormState;
  justSaved: boolean;
}): { recovered: RecoveredSave | null; remember: (formData: FormData) => void } {
  const key = pendingSaveKey(o.eventId);
  const [recovered, setRecovered] = useState<RecoveredSave | null>(null);
  const { eventId, stored, justSaved } = o;

  useEffect(() => {
    const storage = tabStorage();
    const pending = readPendingSave(storage?.getItem(key) ?? null);
    storage?.removeItem(key);
    // Arrived here from that save's own answer ("Saved.", "Event created."): nothing to add.
    if (justSaved) storage?.removeItem(pendingSaveKey(null));
    // Read once from the browser's storage when the page loads (the server cannot know it), so
    // the notice is set here rather than during render (the server's HTML has none).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    else if (pending) setRecovered(describePendingSave(pending, stored, eventId));
    // Only when the page loads: later answers are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // An answer came (a refusal), or the page moved on to a newer version (a save's redirect).
  const answered = o.answer !== NO_ANSWER;
  const { answer, version } = o;
  const opened = useRef(version);
  useEffect(() => {
    if (answered || version !== opened.current) tabStorage()?.removeItem(key);
  }, [answer, answered, version, key]);

  const remember = (formData: FormData) => {
    const from = Number(formData.get('forceVersion') || formData.get('version')) || 0;
    try {
      tabStorage()?.setItem(key, JSON.stringify({ fromVersion: from, at: Date.now() }));
    } catch {
      // Storage full or refused: the save goes ahead; only this reassurance is lost.
    }
  };
  return { recovered, remember };
}

export function EventForm({
  action,
  initialValues,
  categories,
  eventId,
  previewAction,
  submitLabel,
  stored,
  source = null,
  justSaved = false,
  autosave = null,
  reviewRequired = false,
}: {
  /** Editors of this site submit events for review instead of publishing or scheduling them. */
  reviewRequired?: boolean;
  /** This editor's draft copy of the form (autosave), offered back: restore or discard. */
  autosave?: { values: EventFormValues; baseVersion: number; savedAt: string } | null;
  action: SaveAction;
  initialValues: EventFormValues;
  /** Where the event's text came from (an importer): an imported entry needs no summary to publish. */
  source?: string | null;
  categories: readonly CategoryChoice[];
  eventId: number | null;
  previewAction: PreviewAction;
  submitLabel: string;
  /** The event as stored (or this editor's latest new event): what became of an unanswered save. */
  stored: StoredState;
  /** The page is the answer to this form's save ("?saved="). */
  justSaved?: boolean;
}) {
  const [state, formAction] = useActionState(action, NO_ANSWER);
  const formRef = useRef<HTMLFormElement>(null);
  const currentVersion = Number(initialValues.version) || 0;
  // An earlier draft copy (autosave) is offered until the editor restores or discards it.
  const [offer, setOffer] = useState(autosave ?? null);
  const [restored, setRestored] = useState<{
    values: EventFormValues;
    onVersion: string;
    at: number;
  } | null>(null);
  const draft = useAutosave({
    form: formRef,
    eventId,
    baseVersion:
      restored && restored.onVersion === initialValues.version
        ? Number(restored.values.version) || 0
        : currentVersion,
    baselineKey: initialValues.version,
    enabled: offer === null,
  });
  useLeaveGuard({ dirty: draft.dirtyRef, submitting: draft.submitting });
  useSaveShortcut(formRef);
  const { onAnswer } = draft;
  useEffect(() => {
    if (state !== NO_ANSWER) onAnswer();
    // Each answer once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const { recovered, remember } = usePendingSave({
    eventId,
    stored,
    version: initialValues.version,
    answer: state,
    justSaved,
  });
  // A refused save's values win until the event moves past the version they were refused at:
  // after a successful save the page brings a newer version, and its values win.
  const refusedAt = Math.max(
    Number(state.values?.version) || 0,
    state.conflict?.currentVersion ?? 0,
  );
  const fromState = state.values !== undefined && refusedAt >= (Number(initialValues.version) || 0);
  const fromDraft = !fromState && restored !== null && restored.onVersion === initialValues.version;
  const values =
    fromState && state.values ? state.values : fromDraft ? restored.values : initialValues;
  const shown = fromState ? state : {};
  const bodyKey = fromState ? (state.at ?? 0) : fromDraft ? `draft-${restored.at}` : 'saved';
  return (
    <ActionForm
      ref={formRef}
      action={formAction}
      onSend={(formData) => {
        draft.onSend();
        remember(formData);
      }}
      noValidate
      aria-label={eventId === null ? 'New event' : 'Edit event'}
    >
      {offer && (
        <div className="mb-6">
          <AutosaveOffer
            savedAt={new Date(offer.savedAt)}
            baseVersion={offer.baseVersion}
            currentVersion={eventId === null ? null : currentVersion}
            onRestore={() => {
              setRestored({
                values: { ...offer.values, version: String(offer.baseVersion || '') },
                onVersion: initialValues.version,
                at: Date.now(),
              });
              setOffer(null);
              draft.check();
            }}
            onDiscard={() => {
              setOffer(null);
              void draft.discard();
              draft.check();
            }}
          />
        </div>
      )}
      {recovered && (
        <div aria-live="polite" className="mb-6">
          <Notice tone={recovered.tone}>
            <p>{recovered.text}</p>
            {recovered.link && (
              <p className="mt-1">
                <Link
                  href={recovered.link.href}
                  className="font-medium text-current underline underline-offset-4"
                >
                  {recovered.link.label}
                </Link>
              </p>
            )}
          </Notice>
        </div>
      )}
      {/* Enter in a field saves as the main button does: the first submit button in the form is
          the one implicit submission uses, and it must not be "save anyway" or "save mine anyway". */}
      <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      {/* A new answer from the server, or a newer version, re-seeds every field and list. */}
      <FormBody
        key={`${bodyKey}:${initialValues.version}`}
        state={shown}
        values={values}
        stored={eventId === null ? undefined : initialValues}
        source={eventId === null ? null : source}
        categories={categories}
        eventId={eventId}
        previewAction={previewAction}
        submitLabel={submitLabel}
        saveStatus={<AutosaveStatusLine status={draft.status} dirty={draft.dirty} />}
        reviewRequired={reviewRequired}
      />
    </ActionForm>
  );
}
