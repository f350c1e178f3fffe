import type { CSSProperties } from 'react';
import type { CategoryChip as Chip } from '@/db/store';
import { sitePaths } from '@/lib/site-urls';

export const catStyle = (color: string) => ({ '--cat': color }) as CSSProperties;

/**
 * A link to a category's page, its colour as a dot (the text itself keeps full contrast). Lists put it
 * beside the event's own link (in the item's meta line), never inside it: no list item or card is a
 * link as a whole, so there is no link within a link.
 */
export function CategoryChip({ category }: { category: Chip }) {
  return (
    <a href={sitePaths.category(category.slug)} className="chip" style={catStyle(category.color)}>
      {category.name}
    </a>
  );
}
