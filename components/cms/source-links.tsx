import type { SourceLink } from '@/db/store';

/**
 * An imported entry's links as its source had them, and the person or topic each became: the
 * People and Tags fields of the form are where they are edited (removing one there is not undone
 * by a later import).
 */
export function SourceLinks({ links }: { links: readonly SourceLink[] }) {
  if (links.length === 0) return null;
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4 text-sm dark:border-stone-700 dark:bg-stone-900">
      <summary className="cursor-pointer font-medium">
        Links in the imported text ({links.length})
      </summary>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        The Wikipedia articles the source links. Those that are a person or a topic in Almanac are
        in the People and Tags fields above: edit them there. A later import never adds back one you
        removed.
      </p>
      <ul className="mt-3 space-y-1.5">
        {links.map((l) => (
          <li key={l.url} className="break-words">
            <span className="font-medium">“{l.anchor}”</span>{' '}
            <a
              href={l.url}
              rel="nofollow noopener"
              target="_blank"
              className="text-amber-800 underline-offset-4 hover:underline dark:text-amber-300"
            >
              {l.title}
            </a>
            <span className="text-stone-600 dark:text-stone-400">
              {l.target
                ? ` — ${l.target.kind === 'person' ? 'person' : 'topic'} ${l.target.name}${l.target.linked ? '' : ' (not linked to this event)'}`
                : ' — an article only'}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
