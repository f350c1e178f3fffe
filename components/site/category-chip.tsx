import type { CSSProperties } from 'react';
import type { CategoryChip as Chip } from '@/db/queries/cards';
import { sitePaths } from '@/lib/site-urls';

export const catStyle = (color: string) => ({ '--cat': color }) as CSSProperties;

/**
 * A category link with its colour as a dot (the text itself keeps full contrast). Long lists render
 * it as plain text (`asLink={false}`): the event page links the category, and the list stays light.
 */
export function CategoryChip({ category, asLink = true }: { category: Chip; asLink?: boolean }) {
  if (!asLink) {
    return (
      <span className="chip" style={catStyle(category.color)}>
        {category.name}
      </span>
    );
  }
  return (
    <a href={sitePaths.category(category.slug)} className="chip" style={catStyle(category.color)}>
      {category.name}
    </a>
  );
}
