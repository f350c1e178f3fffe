import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { formatCount } from '@/components/site/format';
import { getTagBySlug, listCachedTagIndex } from '@/server/public-cache';
import type { TagSummary, TagWithCount } from '@/db/store';
import { sitePaths } from '@/lib/site-urls';
import {
  BrowseListing,
  type BrowseView,
  ScopeHighlights,
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
      title: 'Topics and tags',
      description: 'The best-known topics of the archive, and every tag our editors use, A to Z.',
      alternates: { canonical: sitePaths.tags() },
    };
  const sub = r.view.kind === 'latest' && r.view.page === 1 ? '' : ` — ${viewTitle(r.view)}`;
  const topic = r.tag.kind === 'topic';
  return {
    title: topic ? `${r.tag.name}${sub}` : `Tagged “${r.tag.name}”${sub}`,
    description: topic
      ? `Entries on ${r.tag.name}, best known first and by century.`
      : `Events tagged “${r.tag.name}”, by century.`,
    alternates: { canonical: viewPath(sitePaths.tag(r.tag.slug), r.view) },
  };
}

/** How many topics the index shows: the best known (every topic has its page, found from its entries and search). */
const INDEX_TOPICS = 150;

function Pills({ items }: { items: readonly TagWithCount[] }) {
  return (
    <ul className="mt-4 flex flex-wrap gap-2">
      {items.map((t) => (
        <li key={t.id}>
          <a className="pill" href={sitePaths.tag(t.slug)}>
            {t.name} <span className="count">{formatCount(t.eventCount)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

async function TagIndex() {
  const index = await listCachedTagIndex(INDEX_TOPICS);
  return (
    <>
      <p className="eyebrow">Browse</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">Topics and tags</h1>
      {index.tags.length === 0 && index.topics.length === 0 ? (
        <p className="mt-6">
          No tags are in use yet. Browse by <a href={sitePaths.categories()}>category</a> instead.
        </p>
      ) : null}
      {index.topics.length > 0 ? (
        <section aria-labelledby="topics" className="mt-8">
          <h2 id="topics" className="section-title">
            Topics
            <span className="count">
              {index.topicCount > index.topics.length
                ? `the ${formatCount(index.topics.length)} best known of ${formatCount(index.topicCount)}`
                : formatCount(index.topicCount)}
            </span>
          </h2>
          <p className="text-muted">
            Subjects many entries share, from the articles they link. Every topic has its page: find
            the others from their entries or <a href="/search">by searching</a>.
          </p>
          <Pills items={index.topics} />
        </section>
      ) : null}
      {index.tags.length > 0 ? (
        <section aria-labelledby="tags" className="mt-10">
          <h2 id="tags" className="section-title">
            Tags <span className="count">{formatCount(index.tags.length)}</span>
          </h2>
          <p className="text-muted">The tags our editors give entries, A to Z.</p>
          <Pills items={index.tags} />
        </section>
      ) : null}
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
          { label: 'Topics and tags', href: sitePaths.tags() },
          { label: tag.name, href: base },
          ...(isLanding ? [] : [{ label: viewTitle(view) }]),
        ]}
      />
      <header className="mb-8">
        <p className="eyebrow">{tag.kind === 'topic' ? 'Topic' : 'Tag'}</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">{tag.name}</h1>
        {tag.description ? <p className="mt-3 text-lg text-ink-soft">{tag.description}</p> : null}
        {tag.referenceUrl ? (
          <p className="mt-3 text-muted">
            <a href={tag.referenceUrl} rel="nofollow noopener">
              {tag.name} on Wikipedia
            </a>
          </p>
        ) : null}
      </header>
      {isLanding ? <ScopeHighlights scope={{ tagId: tag.id }} /> : null}
      <BrowseListing scope={{ tagId: tag.id }} base={base} view={view} />
    </>
  );
}
