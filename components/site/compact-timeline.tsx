'use client';

import type { CSSProperties } from 'react';
import { sitePaths } from '@/lib/site-urls';
import { TitleLink } from './title-link';

/**
 * The long lists of a day page (events by century; births and deaths highlights), rendered from
 * compact rows. Nothing here is interactive: these are client components only so that the RSC
 * payload every cached page embeds carries the rows as data ([when, slug, title, ...]) instead of a
 * serialised element tree, which was two thirds of a 100 KB day page and capped its cached
 * throughput. The server renders them to HTML like any other component; no JavaScript needed.
 */
export type CompactRow = [
  when: string,
  slug: string,
  title: string,
  summary: string,
  category: number,
];
export type CompactGroup = {
  anchor: string;
  title: string;
  count: number;
  countLabel: string;
  rows: CompactRow[];
};
export type CompactCategory = [name: string, color: string, slug: string];
export type CompactLine = [when: string, slug: string, title: string, detail: string];

export function CompactTimeline({
  groups,
  categories,
}: {
  groups: CompactGroup[];
  categories: CompactCategory[];
}) {
  return (
    <>
      {groups.length > 1 ? (
        <nav aria-label="Events by century" className="mb-4">
          <ul className="scroll-row flex flex-wrap gap-2">
            {groups.map((g) => (
              <li key={g.anchor}>
                <a className="pill sm" href={`#${g.anchor}`}>
                  {g.title} <span className="count">{g.count.toLocaleString('en')}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section key={g.anchor} aria-labelledby={g.anchor}>
          <h3 id={g.anchor} className="group-title">
            {g.title}
            <span className="count">{g.countLabel}</span>
          </h3>
          <ol className="timeline">
            {g.rows.map(([when, slug, title, summary, c]) => {
              const cat = categories[c];
              return (
                <li key={slug}>
                  <span className="when">{when}</span>
                  <TitleLink slug={slug} title={title} />
                  {summary ? <p>{summary}</p> : null}
                  {cat ? (
                    <div className="meta">
                      <a
                        href={sitePaths.category(cat[2])}
                        className="chip"
                        style={{ '--cat': cat[1] } as CSSProperties}
                      >
                        {cat[0]}
                      </a>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}

/** One-line entries (births, deaths): "1877  Hermann Hesse, German author (d. 1962)". */
export function CompactLines({ lines }: { lines: CompactLine[] }) {
  return (
    <ol className="lines">
      {lines.map(([when, slug, title, detail]) => (
        <li key={slug}>
          <span className="when">{when}</span>
          <span>
            <a href={sitePaths.event(slug)}>{title}</a>
            {detail ? <span className="rest">{detail}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
