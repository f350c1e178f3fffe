import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { catStyle } from '@/components/site/category-chip';
import { plural } from '@/components/site/format';
import { SubscribeLinks } from '@/components/site/subscribe-links';
import type { CategorySummary } from '@/db/store';
import { getCategoryBySlug, listCachedCategoriesWithCounts } from '@/server/public-cache';
import { sitePaths } from '@/lib/site-urls';
import {
  BrowseListing,
  ScopeHighlights,
  type BrowseView,
  parseBrowseSegments,
  viewPath,
  viewTitle,
} from '../../_lib/browse';
import { categoryFeedLinks, feedAlternates } from '../../_lib/feeds';
import {
  decodeParam,
  orNotFound,
  orNull,
  type Resolved,
  unresolvedMetadata,
} from '../../_lib/params';

// One optional catch-all serves /categories and every category page, so even the index is rendered on
// its first request and then cached (ISR) instead of being prerendered at build, when there is no database.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

type Target = { index: true } | { index: false; category: CategorySummary; view: BrowseView };

async function resolve(params: Props['params']): Promise<Resolved<Target>> {
  const [slug, ...rest] = (await params).path ?? [];
  if (slug === undefined) return { ok: { index: true } };
  const category = await getCategoryBySlug(decodeParam(slug));
  const view = parseBrowseSegments(rest);
  return category && view ? { ok: { index: false, category, view } } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = orNull(await resolve(params));
  if (!r) return unresolvedMetadata;
  if (r.index) {
    return {
      title: 'Categories',
      description: 'Browse history by category: politics, war, science, the arts, sport and more.',
      alternates: { canonical: sitePaths.categories() },
    };
  }
  const base = sitePaths.category(r.category.slug);
  const sub = r.view.kind === 'latest' && r.view.page === 1 ? '' : ` — ${viewTitle(r.view)}`;
  return {
    title: `${r.category.name}${sub}`,
    description: r.category.description || `Events in ${r.category.name}, by century.`,
    alternates: {
      canonical: viewPath(base, r.view),
      types: feedAlternates(r.category.name, categoryFeedLinks(r.category.slug)),
    },
  };
}

async function CategoryIndex() {
  const categories = await listCachedCategoriesWithCounts();
  return (
    <>
      <p className="eyebrow">Browse</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">Categories</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-soft">
        Every event, birth, death and observance is filed under one category.
      </p>
      <ul className="cards mt-8">
        {categories.map((c) => (
          <li key={c.id} className="card" style={catStyle(c.color)}>
            <h2 className="title">
              <a href={sitePaths.category(c.slug)}>{c.name}</a>
            </h2>
            {c.description ? <p className="summary">{c.description}</p> : null}
            <p className="date">{plural(c.eventCount, 'entry', 'entries')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export default async function CategoriesPage({ params }: Props) {
  const r = orNotFound(await resolve(params));
  if (r.index) return <CategoryIndex />;
  const { category, view } = r;
  const base = sitePaths.category(category.slug);
  const isLanding = view.kind === 'latest' && view.page === 1;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Categories', href: sitePaths.categories() },
          { label: category.name, href: base },
          ...(isLanding ? [] : [{ label: viewTitle(view) }]),
        ]}
      />
      <header className="mb-8" style={catStyle(category.color)}>
        <p className="eyebrow">Category</p>
        <h1 className="mt-1 flex items-center gap-3 text-4xl font-bold tracking-tight sm:text-5xl">
          <span
            aria-hidden="true"
            className="inline-block size-4 shrink-0 rounded-full bg-(--cat)"
          />
          {category.name}
        </h1>
        {category.description ? (
          <p className="mt-3 max-w-2xl text-lg text-ink-soft">{category.description}</p>
        ) : null}
        <div className="mt-3">
          <SubscribeLinks what={category.name} links={categoryFeedLinks(category.slug)} />
        </div>
      </header>
      {isLanding ? <ScopeHighlights scope={{ categoryId: category.id }} /> : null}
      <BrowseListing scope={{ categoryId: category.id }} base={base} view={view} />
    </>
  );
}
