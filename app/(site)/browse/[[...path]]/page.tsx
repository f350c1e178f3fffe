import type { Metadata } from 'next';
import {
  countCachedPeopleByInitial,
  countCachedPublicEvents,
  listCachedYearCounts,
} from '@/server/public-cache';
import { centuryOf } from '@/lib/dates';
import { peopleInitialLabel } from '@/lib/people-initials';
import { centuryLabel, indexViewPath, type IndexView, parseIndexPath } from '@/lib/site-urls';
import { PAGE_SIZE } from '../../_lib/params';
import { orNotFound, orNull, type Resolved, unresolvedMetadata } from '../../_lib/params';
import { EventsIndex } from '../events-index';
import { PEOPLE_PAGE_SIZE, PeopleInitialPage, PeopleLanding } from '../people-index';
import { CenturyPage, YearsLanding } from '../years-index';

/*
 * The index pages /events, /people and /years (and their sub-pages), served here through rewrites in
 * next.config.ts. They cannot be pages of their own folders: /events/page.tsx beside events/[slug] would
 * be prerendered at build, when there is no database, and an optional catch-all cannot sit beside a
 * dynamic segment. As one optional catch-all they render on their first request and are then cached
 * (ISR) like every other public page. /browse/... itself redirects to the public address.
 */
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

async function resolve(params: Props['params']): Promise<Resolved<IndexView>> {
  const view = parseIndexPath((await params).path ?? []);
  return view ? { ok: view } : null;
}

const page = (n: number) => (n > 1 ? `, page ${n}` : '');

function describe(view: IndexView): { title: string; description: string } {
  switch (view.index) {
    case 'events':
      return {
        title: `Events, latest published first${page(view.page)}`,
        description:
          'Every event, birth, death and observance in our records, the latest published first, with the ways to browse them by day, year, person, category and tag.',
      };
    case 'people':
      return {
        title: 'People A to Z',
        description:
          'Everyone in our records, A to Z: who was born, who died and who took part in the events of history.',
      };
    case 'people-initial': {
      const label = peopleInitialLabel(view.initial);
      return {
        title: `People: ${label}${page(view.page)}`,
        description: `People in our records whose names begin with ${label}, with their years and what they are known for.`,
      };
    }
    case 'years':
      return {
        title: 'Years',
        description: 'Every year with something in our records, century by century, BCE included.',
      };
    case 'century':
      return {
        title: `Years of the ${centuryLabel(view.century)}`,
        description: `The years of the ${centuryLabel(view.century)} in our records, decade by decade, with how much happened in each.`,
      };
  }
}

/** Whether the page has anything to show (the page itself answers 404 otherwise), from the same cached reads. */
async function exists(view: IndexView): Promise<boolean> {
  switch (view.index) {
    case 'events':
      return view.page === 1 || (view.page - 1) * PAGE_SIZE < (await countCachedPublicEvents());
    case 'people-initial': {
      const n = (await countCachedPeopleByInitial()).find((i) => i.initial === view.initial)?.count;
      return (view.page - 1) * PEOPLE_PAGE_SIZE < (n ?? 0);
    }
    case 'century':
      return (await listCachedYearCounts()).some((y) => centuryOf(y.year) === view.century);
    default:
      return true;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = orNull(await resolve(params));
  if (!view || !(await exists(view))) return unresolvedMetadata;
  return { ...describe(view), alternates: { canonical: indexViewPath(view) } };
}

export default async function IndexPage({ params }: Props) {
  const view = orNotFound(await resolve(params));
  switch (view.index) {
    case 'events':
      return <EventsIndex page={view.page} />;
    case 'people':
      return <PeopleLanding />;
    case 'people-initial':
      return <PeopleInitialPage initial={view.initial} page={view.page} />;
    case 'years':
      return <YearsLanding />;
    case 'century':
      return <CenturyPage century={view.century} />;
  }
}
