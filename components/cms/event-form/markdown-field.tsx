'use client';

import { useRef, useState, useTransition } from 'react';
import type { PreviewResult } from '@/lib/forms/event-form';
import type { EventField } from '@/lib/validation/event';
import { buttonClass, hintClass, inputClass, labelClass } from '../ui';
import { FieldError, fieldId, useFieldErrors } from './errors';
import { useHydrated } from './use-hydrated';

export type PreviewAction = (markdown: string) => Promise<PreviewResult>;

/**
 * A Markdown textarea with a Preview tab rendered on the server by the same renderer and sanitizer
 * as the public page. The textarea stays in the form (hidden) while the preview shows.
 */
export function MarkdownField({
  name,
  label,
  hint,
  defaultValue,
  rows = 8,
  maxLength,
  previewAction,
}: {
  name: EventField;
  label: string;
  hint: string;
  defaultValue: string;
  rows?: number;
  maxLength: number;
  previewAction: PreviewAction;
}) {
  const hydrated = useHydrated();
  const area = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [pending, startTransition] = useTransition();
  const hintId = `${fieldId(name)}-hint`;
  const { props } = useFieldErrors(name, hintId);
  const showing = preview !== null;

  function togglePreview() {
    if (showing) {
      setPreview(null);
      requestAnimationFrame(() => area.current?.focus());
      return;
    }
    const text = area.current?.value ?? '';
    startTransition(async () => {
      setPreview(await previewAction(text));
    });
  }

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={fieldId(name)} className={labelClass}>
          {label}
        </label>
        {hydrated && (
          <button
            type="button"
            onClick={togglePreview}
            aria-pressed={showing}
            disabled={pending}
            className={`${buttonClass.ghost} px-2 py-1 text-xs`}
          >
            {pending ? 'Rendering…' : showing ? 'Edit' : 'Preview'}
            <span className="sr-only"> {label}</span>
          </button>
        )}
      </div>
      <textarea
        ref={area}
        id={fieldId(name)}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        hidden={showing}
        className={`${inputClass} mt-1.5 w-full font-mono text-sm`}
        {...props}
      />
      {showing && (
        <div
          aria-live="polite"
          className="mt-1.5 min-h-24 rounded-md border border-dashed border-stone-300 bg-stone-50 px-4 py-3 dark:border-stone-700 dark:bg-stone-950"
        >
          {!preview.ok ? (
            <p className="text-sm text-red-700 dark:text-red-300">{preview.message}</p>
          ) : preview.html ? (
            <div
              className="prose prose-stone dark:prose-invert max-w-none"
              // Rendered by lib/markdown's renderMarkdown: sanitized against an allow-list.
              dangerouslySetInnerHTML={{ __html: preview.html }}
            />
          ) : (
            <p className="text-sm text-stone-500">Nothing to preview yet.</p>
          )}
        </div>
      )}
      <p id={hintId} className={hintClass}>
        {hint}
      </p>
      <FieldError name={name} />
    </div>
  );
}
