import { getConfig } from '@/lib/config';
import { absoluteUrl } from '@/lib/feeds/paths';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from './json-ld';

export type Crumb = { label: string; href?: string };

/**
 * Where the page sits: Home › … › current (the last crumb is the page itself and is not a link), with
 * the same trail as a schema.org BreadcrumbList for search engines.
 */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { siteUrl } = getConfig();
  const trail = [
    { name: 'Home', url: absoluteUrl(siteUrl, '/') },
    ...items.map((c) => ({
      name: c.label,
      url: c.href ? absoluteUrl(siteUrl, c.href) : undefined,
    })),
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <nav aria-label="Breadcrumb" className="breadcrumbs mb-4">
        <ol>
          <li>
            <a href="/">Home</a>
          </li>
          {items.map((c, i) => (
            <li key={`${c.label}-${i}`}>
              {c.href && i < items.length - 1 ? (
                <a href={c.href}>{c.label}</a>
              ) : (
                <span aria-current="page">{c.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
