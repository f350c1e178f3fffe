import type { CSSProperties } from 'react';
import type { CategoryChip as Chip } from '@/db/queries/cards';
import { sitePaths } from '@/lib/site-urls';

export const catStyle = (color: string) => ({ '--cat': color }) as CSSProperties;

/** A category link with its colour as a dot (the text itself keeps full contrast). */
export function CategoryChip({ category }: { category: Chip }) {
  return (
    <a href={sitePaths.category(category.slug)} className="chip" style={catStyle(category.color)}>
      {category.name}
    </a>
  );
}
