import { centuryLabel, centurySlug } from '@/lib/site-urls';

/** Heading text of a century group; null is the group of entries without a year. */
export const centuryTitle = (century: number | null) =>
  century === null ? 'Undated' : centuryLabel(century);

/** In-page anchor id of a century group ("c-20th-century"). */
export const centuryAnchor = (century: number | null) =>
  century === null ? 'c-undated' : `c-${centurySlug(century)}`;
