import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { formatCount } from '@/components/site/format';
import { getTagBySlug, listCachedTagsWithCounts } from '@/server/public-cache';
import type { TagSummary } from '@/db/store';
import { sitePaths } from '@/lib/site-urls';
import {
  BrowseListing,
  type BrowseView,
  parseBrowseSegments,
  viewPath,
  viewTitle,
} from '../../_lib/browse';
import {
  decodeParam,
  orNotFound,
  orNull,
  type Resolved,
  unresolvedMetadata,
} from '../../_lib/params';

// Like /categories: one optional catch-all, so the index is ISR too and nothing is prerendered at build.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

type Target = { index: true } | { index: false; tag: TagSummary; view: BrowseView };

async function resolve(params: Props['params']): Promise<Resolved<Target>> {
  const [slug, ...rest] = (await params).path ?? [];
  if (slug === undefined) return { ok: { index: true } };
  const tag = await getTagBySlug(decodeParam(slug));
  const view = parseBrowseSegments(rest);
  return tag && view ? { ok: { index: false, tag, view } } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = orNull(await resolve(params));
  if (!r) return unresolvedMetadata;
  if (r.index)
    return {
      title: 'Tags',
      description: 'Every tag our editors use, A to Z.',
      alternates: { canonical: sitePaths.tags() },
    };
  const sub = r.view.kind === 'latest' && r.view.page === 1 ? '' : ` — ${viewTitle(r.view)}`;
  return {
    title: `Tagged “${r.tag.name}”${sub}`,
    description: `Events tagged “${r.tag.name}”, by century.`,
    alternates: { canonical: viewPath(sitePaths.tag(r.tag.slug), r.view) },
  };
}

async function TagIndex() {
  const tags = await listCachedTagsWithCounts();
  return (
    <>
      <p className="eyebrow">Browse</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">Tags</h1>
      {tags.length === 0 ? (
        <p className="mt-6">
          No tags are in use yet. Browse by <a href={sitePaths.categories()}>category</a> instead.
        </p>
      ) : (
        <ul className="mt-8 flex flex-wrap gap-2">
          {tags.map((t) => (
            <li key={t.id}>
              <a className="pill" href={sitePaths.tag(t.slug)}>
                {t.name} <span className="count">{formatCount(t.eventCount)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export default async function TagsPage({ params }: Props) {
  const r = orNotFound(await resolve(params));
  if (r.index) return <TagIndex />;
  const { tag, view } = r;
  const base = sitePaths.tag(tag.slug);
  const isLanding = view.kind === 'latest' && view.page === 1;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Tags', href: sitePaths.tags() },
          { label: tag.name, href: base },
          ...(isLanding ? [] : [{ label: viewTitle(view) }]),
        ]}
      />
      <header className="mb-8">
        <p className="eyebrow">Tag</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{tag.name}</h1>
      </header>
      <BrowseListing scope={{ tagId: tag.id }} base={base} view={view} />
    </>
  );
}
