import { sideOf, type FieldChange, type TextSegment } from '@/lib/revisions/diff';

function Side({ segments, side }: { segments: readonly TextSegment[]; side: 'before' | 'after' }) {
  return (
    <>
      {sideOf(segments, side).map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'delete' ? (
          <del
            key={i}
            className="rounded-sm bg-red-100 text-red-900 decoration-red-700/60 dark:bg-red-950 dark:text-red-100"
          >
            <span className="sr-only">[removed: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins
            key={i}
            className="rounded-sm bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-100"
          >
            <span className="sr-only">[added: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </>
  );
}

const empty = <span className="text-stone-400 italic dark:text-stone-500">(empty)</span>;

/** Field-by-field, side-by-side: what was there before (removals marked) and after (additions marked). */
export function RevisionDiff({
  changes,
  beforeLabel,
  afterLabel,
}: {
  changes: readonly FieldChange[];
  beforeLabel: string;
  afterLabel: string;
}) {
  if (changes.length === 0)
    return (
      <p className="text-stone-600 dark:text-stone-400">No differences in content or status.</p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full table-fixed text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-left text-xs tracking-wide text-stone-600 uppercase dark:border-stone-800 dark:bg-stone-950 dark:text-stone-400">
          <tr>
            <th scope="col" className="w-36 px-3 py-2">
              Field
            </th>
            <th scope="col" className="px-3 py-2">
              {beforeLabel}
            </th>
            <th scope="col" className="px-3 py-2">
              {afterLabel}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 align-top dark:divide-stone-800">
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row" className="px-3 py-2.5 text-left font-medium">
                {c.label}
              </th>
              <td className="px-3 py-2.5 break-words whitespace-pre-wrap">
                {c.before === '' ? (
                  empty
                ) : c.segments ? (
                  <Side segments={c.segments} side="before" />
                ) : (
                  c.before
                )}
              </td>
              <td className="px-3 py-2.5 break-words whitespace-pre-wrap">
                {c.after === '' ? (
                  empty
                ) : c.segments ? (
                  <Side segments={c.segments} side="after" />
                ) : (
                  c.after
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
