import { splitTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';

/**
 * An event's title in a list a reader reads through (a day's timeline): the whole title, of which
 * the link is the short form ("Hungarian Revolution: A new Hungarian government is formed") and the
 * rest follows as plain text (", in which many members of banned … participate"). The sentence is
 * read once, whole, and the link stays short enough to scan.
 */
export function TitleLink({ slug, title }: { slug: string; title: string }) {
  const { head, rest } = splitTitle(title);
  return (
    <span className={rest ? 'title-text cut' : 'title-text'}>
      <a href={sitePaths.event(slug)}>{head}</a>
      {rest ? <span className="rest">{rest}</span> : null}
    </span>
  );
}
