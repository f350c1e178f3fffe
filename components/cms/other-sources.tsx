import { SOURCE_LABELS } from '@/lib/events/provenance';

type OtherSource = {
  source: string;
  externalId: string;
  sourceUrl: string | null;
  license: string | null;
  text: string;
};

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The other corpora that tell this event (merged at import, db/queries/import.ts), each with its
 * own wording, for the editor to compare with the event's text. The public page credits them.
 */
export function OtherSources({ sources }: { sources: readonly OtherSource[] }) {
  if (sources.length === 0) return null;
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4 text-sm dark:border-stone-700 dark:bg-stone-900">
      <summary className="cursor-pointer font-medium">
        Also told by {sources.length === 1 ? 'one other source' : `${sources.length} other sources`}
      </summary>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        The same event as another corpus words it, merged into this one at import. The event page
        credits each source; the text above is the one readers see.
      </p>
      <ul className="mt-3 space-y-3">
        {sources.map((s) => (
          <li key={s.externalId} className="break-words">
            <p className="font-medium">
              {capitalized(SOURCE_LABELS[s.source] ?? s.source)}
              {s.license ? (
                <span className="font-normal text-stone-600 dark:text-stone-400">
                  {' '}
                  · {s.license}
                </span>
              ) : null}
              {s.sourceUrl ? (
                <>
                  {' '}
                  ·{' '}
                  <a
                    href={s.sourceUrl}
                    rel="nofollow noopener"
                    target="_blank"
                    className="font-normal text-amber-800 underline-offset-4 hover:underline dark:text-amber-300"
                  >
                    source page
                  </a>
                </>
              ) : null}
            </p>
            <blockquote className="mt-1 border-l-2 border-stone-300 pl-3 text-stone-700 dark:border-stone-600 dark:text-stone-300">
              {s.text}
            </blockquote>
            <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{s.externalId}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
