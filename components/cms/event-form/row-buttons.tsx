'use client';

import { buttonClass } from '../ui';

/** Up, down and remove for one row of an ordered list. */
export function RowButtons({
  label,
  index,
  count,
  onMove,
  onRemove,
}: {
  /** What the row is, for screen readers ("reference 2"). */
  label: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const small = `${buttonClass.ghost} px-2 py-1`;
  return (
    <div className="flex shrink-0 items-center gap-0.5">
      <button
        type="button"
        className={small}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <span aria-hidden="true">↑</span>
        <span className="sr-only">Move {label} up</span>
      </button>
      <button
        type="button"
        className={small}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <span aria-hidden="true">↓</span>
        <span className="sr-only">Move {label} down</span>
      </button>
      <button
        type="button"
        className={`${small} text-red-700 dark:text-red-300`}
        onClick={() => onRemove(index)}
      >
        Remove<span className="sr-only"> {label}</span>
      </button>
    </div>
  );
}

/** A list with stable keys for React, so moving rows keeps their inputs. */
export function withKeys<T>(items: readonly T[], start = 0): (T & { key: number })[] {
  return items.map((item, i) => ({ ...item, key: start + i }));
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
