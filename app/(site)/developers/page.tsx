import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import {
  buildOnThisDayResponse,
  PERSON_PAGEID_OFFSET,
  type OnThisDayEntry,
} from '@/lib/api/onthisday';
import { buildOpenApiDocument, type ApiParameter } from '@/lib/api/openapi';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/api/v1-params';
import { apiPaths, toEventSummary, type ApiEventRow } from '@/lib/api/v1-shapes';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = {
  title: 'API for developers',
  description:
    'Almanac’s read API: events by day, year, category, tag and person, full events and search as JSON, plus a Wikipedia-compatible “on this day” feed.',
  alternates: { canonical: '/developers' },
};

// The examples are built with the same functions the API answers with, so they cannot drift from it.
const EXAMPLE_ROW: ApiEventRow = {
  id: 1,
  slug: 'united-kingdom-recognises-the-soviet-union',
  kind: 'event',
  title: 'The United Kingdom recognises the Soviet Union',
  summary:
    "Ramsay MacDonald's new Labour government granted the Soviet Union full de jure recognition, ten days after taking office.",
  year: 1924,
  month: 2,
  day: 1,
  precision: 'day',
  circa: false,
  calendar: 'gregorian',
  featured: true,
  categorySlug: 'politics-government',
  categoryName: 'Politics & Government',
};

const EXAMPLE_ENTRY: OnThisDayEntry = {
  ...EXAMPLE_ROW,
  source: null,
  selected: true,
  categoryName: 'Politics & Government',
  location: 'Moscow, Soviet Union',
  latitude: 55.7558,
  longitude: 37.6173,
  imageUrl: null,
  imageAlt: null,
  updatedAt: Date.UTC(2026, 10, 1, 9, 30),
  revisionId: 42,
  people: [
    {
      id: 7,
      slug: 'ramsay-macdonald',
      name: 'Ramsay MacDonald',
      description: 'Prime Minister of the United Kingdom',
      birthYear: 1866,
      deathYear: 1937,
      role: 'Prime Minister',
      updatedAt: Date.UTC(2026, 10, 1, 9, 30),
    },
  ],
  articles: [],
};

// An imported entry: its pages are the Wikipedia articles it links.
const EXAMPLE_IMPORTED: OnThisDayEntry = {
  ...EXAMPLE_ENTRY,
  id: 2,
  slug: 'the-first-part-of-the-oxford-english-dictionary-is-published',
  title: 'The first part of the Oxford English Dictionary is published',
  summary: 'The first part of the Oxford English Dictionary is published.',
  year: 1884,
  categoryName: 'Arts & Culture',
  location: null,
  latitude: null,
  longitude: null,
  revisionId: 43,
  people: [],
  source: 'muffinlabs',
  articles: [
    {
      url: 'https://en.wikipedia.org/wiki/Oxford_English_Dictionary',
      person: null,
      topicDescription: '',
    },
  ],
};

function Code({ children }: { children: string }) {
  return (
    // Focusable so a keyboard can scroll a long example sideways.
    <pre tabIndex={0} className="overflow-x-auto text-sm">
      <code>{children}</code>
    </pre>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

export default function DevelopersPage() {
  const site = getConfig().siteUrl;
  const doc = buildOpenApiDocument(site);
  const parameters = (list: (ApiParameter | { $ref: string })[] | undefined): ApiParameter[] =>
    (list ?? []).flatMap((p) => {
      if (!('$ref' in p)) return [p];
      const found = doc.components.parameters[p.$ref.split('/').at(-1) ?? ''];
      return found ? [found] : [];
    });
  const summary = toEventSummary(site, EXAMPLE_ROW);
  const dayExample = {
    day: {
      month: 2,
      day: 1,
      label: '1 February',
      url: `${site}/days/february-1`,
      apiUrl: `${site}${apiPaths.day(2, 1)}`,
    },
    data: [summary],
    pagination: {
      limit: 1,
      nextCursor: 'eyJ2IjoxLCJzIjoiZGF5OjItMSIsImsiOlsxOTI0LDFdfQ',
      next: `${site}${apiPaths.day(2, 1)}?limit=1&cursor=eyJ2IjoxLCJzIjoiZGF5OjItMSIsImsiOlsxOTI0LDFdfQ`,
    },
  };
  const onThisDay = buildOnThisDayResponse([EXAMPLE_ENTRY, EXAMPLE_IMPORTED], 'selected', site);
  const v1Paths = Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/v1/'));

  return (
    <article className="mx-auto max-w-3xl">
      <p className="eyebrow">For developers</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">The Almanac API</h1>
      <div className="prose mt-6 max-w-none prose-code:before:content-none prose-code:after:content-none">
        <p className="lead">
          Everything readers see on Almanac is also available as JSON: the events of any day, year,
          category, tag or person, each event in full, and search. No key is needed, and a program
          written for Wikipedia’s “on this day” feed can read ours unchanged.
        </p>
        <nav aria-label="On this page">
          <ul>
            <li>
              <a href="#basics">Basics</a>
            </li>
            <li>
              <a href="#endpoints">Endpoints</a>
            </li>
            <li>
              <a href="#pagination">Pages and cursors</a>
            </li>
            <li>
              <a href="#errors">Errors</a>
            </li>
            <li>
              <a href="#wikimedia">Wikipedia-compatible “on this day”</a>
            </li>
          </ul>
        </nav>

        <Section id="basics" title="Basics">
          <ul>
            <li>
              Base URL: <code>{`${site}${apiPaths.index()}`}</code>, which lists the endpoints. The
              full description is an OpenAPI 3.1 document at{' '}
              <a href={apiPaths.openapi()}>
                <code>{apiPaths.openapi()}</code>
              </a>
              .
            </li>
            <li>
              Read-only: <code>GET</code> (and <code>HEAD</code>, <code>OPTIONS</code>). Any origin
              may call it from a browser (<code>Access-Control-Allow-Origin: *</code>); there are no
              cookies or keys.
            </li>
            <li>
              Every answer has an <code>ETag</code>. Send it back in <code>If-None-Match</code> and
              an unchanged answer comes back as <code>304 Not Modified</code> with no body.{' '}
              <code>Cache-Control</code> says how long you may keep it (five minutes in a browser).
            </li>
            <li>
              Years use historical numbering: <code>-44</code> is 44 BCE and there is no year 0.
              Dates come with their precision (<code>day</code>, <code>month</code>,{' '}
              <code>year</code>, <code>decade</code>, <code>century</code>), whether they are{' '}
              <code>circa</code>, the calendar they are recorded in, and a <code>label</code> as the
              site writes them.
            </li>
            <li>
              Texts imported from Wikipedia are licensed CC BY-SA; such events carry their source
              and licence in <code>attribution</code>. Please keep it with anything you show.
            </li>
          </ul>
          <p>For example, the events of 1 February, one at a time:</p>
          <Code>{`curl '${site}${apiPaths.day(2, 1)}?limit=1'`}</Code>
          <Code>{pretty(dayExample)}</Code>
        </Section>

        <Section id="endpoints" title="Endpoints">
          {v1Paths.map(([path, { get }]) => {
            const params = parameters(get.parameters);
            return (
              <section key={path} aria-labelledby={get.operationId}>
                <h3 id={get.operationId}>
                  {get.summary}: <code>GET {path}</code>
                </h3>
                <p>{get.description}</p>
                {params.length > 0 && (
                  <table>
                    <caption className="sr-only">Parameters of {path}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">In</th>
                        <th scope="col">Meaning</th>
                      </tr>
                    </thead>
                    <tbody>
                      {params.map((p) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <td>
                            <code>{p.name}</code>
                          </td>
                          <td>{p.in}</td>
                          <td>
                            {p.description}
                            {Array.isArray(p.schema.enum) && (
                              <>
                                {' '}
                                One of{' '}
                                {p.schema.enum.map((v: unknown, i: number) => (
                                  <span key={String(v)}>
                                    {i > 0 && ', '}
                                    <code>{String(v)}</code>
                                  </span>
                                ))}
                                .
                              </>
                            )}
                            {p.example !== undefined && (
                              <>
                                {' '}
                                Example: <code>{String(p.example)}</code>.
                              </>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            );
          })}
          <p>
            One event in full adds its text (Markdown in <code>body</code>, sanitised HTML in{' '}
            <code>bodyHtml</code>), key points, place, image, people with their roles, tags,
            references, related events in both directions and <code>updatedAt</code>:
          </p>
          <Code>{`curl '${site}${apiPaths.event(EXAMPLE_ROW.slug)}'`}</Code>
        </Section>

        <Section id="pagination" title="Pages and cursors">
          <p>
            Lists answer <code>{'{ data: [...], pagination: { limit, nextCursor, next } }'}</code>,
            with what the list is about beside <code>data</code> (the <code>day</code>,{' '}
            <code>category</code>, <code>person</code>…). Ask for up to {MAX_LIMIT} items with{' '}
            <code>limit</code> (default {DEFAULT_LIMIT}; search pages hold 20). To read on, follow{' '}
            <code>pagination.next</code> (also sent as a <code>Link: rel=&quot;next&quot;</code>{' '}
            header) until it is <code>null</code>. Cursors are opaque: pass them back unchanged,
            with the same list and order. Pages are cut by position, not by number, so an event
            published while you read neither repeats nor disappears.
          </p>
        </Section>

        <Section id="errors" title="Errors">
          <p>
            Errors are JSON <code>{'{ "error": "…" }'}</code> with a message that names the problem:
          </p>
          <table>
            <caption className="sr-only">Error statuses</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>400</td>
                <td>
                  A parameter is not valid: a limit out of range, an unknown kind, a year that is
                  not a year, a cursor from another list.
                </td>
              </tr>
              <tr>
                <td>404</td>
                <td>
                  No such event, category, tag, person or day (02-30). Drafts and deleted events are
                  not found either. A path that names no endpoint answers{' '}
                  <code>application/problem+json</code> (<code>status</code>, <code>type</code>,{' '}
                  <code>title</code>, <code>detail</code>, <code>method</code>, <code>uri</code>),
                  with <code>error</code> as well.
                </td>
              </tr>
              <tr>
                <td>308</td>
                <td>
                  An event was renamed: <code>Location</code> has its new URL.
                </td>
              </tr>
              <tr>
                <td>405</td>
                <td>Anything but GET, HEAD or OPTIONS, asked of an endpoint.</td>
              </tr>
            </tbody>
          </table>
          <Code>{pretty({ error: `limit must be at most ${MAX_LIMIT}` })}</Code>
        </Section>

        <Section id="wikimedia" title="Wikipedia-compatible “on this day”">
          <p>
            <code>GET /api/feed/onthisday/{'{type}/{MM}/{DD}'}</code> answers exactly as Wikipedia’s{' '}
            <code>feed/onthisday</code> does, built from Almanac’s published events, so an app or
            script written for Wikipedia works when you change its base URL. It is also served at
            Wikipedia’s own path, <code>/api/rest_v1/feed/onthisday/…</code>, for clients that only
            let you change the host, and at the path of Wikimedia’s API gateway,{' '}
            <code>/api/feed/v1/wikipedia/en/onthisday/{'{type}/{MM}/{DD}'}</code> (a client of{' '}
            <code>https://api.wikimedia.org</code> works with its base URL set to{' '}
            <code>{site}/api</code>; the language is <code>en</code> only, any other answers 404).
            All three answer the same, with the same caching.
          </p>
          <ul>
            <li>
              <code>type</code>: <code>all</code>, <code>selected</code> (the day’s selected
              anniversaries: featured events first, then the best-known entries and this year’s
              round anniversaries), <code>events</code>, <code>births</code>, <code>deaths</code> or{' '}
              <code>holidays</code> (observances). A single type answers with only its own key.
            </li>
            <li>
              Items are <code>{'{ text, year, pages }'}</code>, newest first; BCE years are
              negative; holidays have no <code>year</code>.
            </li>
            <li>
              An imported entry’s pages are the Wikipedia articles its text links, in order, as
              Wikipedia’s answer has them: <code>titles</code> and <code>content_urls</code>{' '}
              (desktop and mobile) are the article’s, so a client following a page opens it on
              Wikipedia. What only Wikipedia knows is not made up: <code>pageid</code> is 0,{' '}
              <code>revision</code> is <code>&quot;0&quot;</code>, and <code>extract</code> and{' '}
              <code>description</code> hold what Almanac knows of the subject (a person’s life and
              description) or are empty.
            </li>
            <li>
              The pages of entries written in Almanac describe Almanac’s own event and person pages:{' '}
              <code>content_urls</code> link to them, <code>talk</code> to “Report an error”,{' '}
              <code>edit</code> and <code>revisions</code> to the editors’ forms. A person’s{' '}
              <code>pageid</code> is {PERSON_PAGEID_OFFSET.toLocaleString('en')} plus their id, so
              it never equals an event’s. Image <code>width</code> and <code>height</code> are 0: we
              do not record image sizes.
            </li>
            <li>
              <code>titles.display</code> (and <code>displaytitle</code>) is HTML, as Wikipedia’s:
              only <code>&amp;</code>, <code>&lt;</code> and <code>&gt;</code> are escaped, so a
              title such as “Saint Brigid’s Day” reads the same in both.
            </li>
            <li>
              Errors are <code>application/problem+json</code> as Wikipedia sends them: 400 for a
              type, month or day the spec does not allow, 404 for a day no year has. Any path under{' '}
              <code>/api</code> that names no endpoint answers a problem+json 404 too, whatever the
              method.
            </li>
          </ul>
          <Code>{`curl '${site}/api/feed/onthisday/selected/02/01'`}</Code>
          <Code>{pretty(onThisDay)}</Code>
        </Section>
      </div>
    </article>
  );
}
