import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import {
  PERSON_PAGEID_OFFSET,
  type OnThisDayResponse,
  type PageSummary,
} from '@/lib/api/onthisday';
import { importRows } from '@/db/queries/import';
import { parseImportJson } from '@/lib/import';
import { insertApiSample, type ApiSample } from '@/test/api-sample';
import {
  legacyClient,
  modernClient,
  modernClientPages,
  onThisDayErrors,
  problemErrors,
  wikipediaArticleAt,
} from '@/test/wikifeeds';
import * as gatewayRoute from '../v1/wikipedia/[lang]/onthisday/[type]/[mm]/[dd]/route';
import * as restRoute from '../../rest_v1/feed/onthisday/[type]/[mm]/[dd]/route';
import { getOnThisDay } from './handler';

process.env.SITE_URL = 'https://almanac.test';
const SITE = 'https://almanac.test';

// A day file in the muffinlabs shape (texts in our own words), imported through the real importer,
// so its entries carry their articles (event_articles) as the corpus's do.
// Links as the scraped files write them: no language in the host, an apostrophe as %27.
const wiki = (title: string) =>
  `https://wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/'/g, '%27')}`;
const a = (title: string, shown = title) =>
  `<a href="${wiki(title)}" title="${title}">${shown}</a>`;
const line = (year: string, text: string, html: string, links: string[]) => ({
  year,
  text,
  html: `${year} - ${html}`,
  no_year_html: html,
  links: links.map((title) => ({ title, link: wiki(title) })),
});
const april26 = {
  date: 'April 26',
  url: 'https://wikipedia.org/wiki/April_26',
  data: {
    Events: [
      line(
        '1478',
        "The Pazzi family's plot against the Medici fails in Florence Cathedral: Giuliano de' Medici is killed and his brother Lorenzo de' Medici escapes.",
        `The Pazzi family's ${a('Pazzi conspiracy', 'plot against the Medici')} fails in ${a('Florence Cathedral')}: ${a("Giuliano de' Medici")} is killed and his brother ${a("Lorenzo de' Medici")} escapes.`,
        ['Pazzi conspiracy', 'Florence Cathedral', "Giuliano de' Medici", "Lorenzo de' Medici"],
      ),
      line(
        '1986',
        'A reactor of the Chernobyl Nuclear Power Plant explodes, the worst nuclear accident there has been.',
        `${a('Chernobyl disaster', 'A reactor')} of the ${a('Chernobyl Nuclear Power Plant')} explodes, the worst nuclear accident there has been.`,
        ['Chernobyl disaster', 'Chernobyl Nuclear Power Plant'],
      ),
      // An entry without links: nothing on Wikipedia to send a client to.
      line(
        '1915',
        'The Treaty of London is signed in secret.',
        'The Treaty of London is signed in secret.',
        [],
      ),
    ],
    Births: [
      line(
        '1889',
        'Ludwig Wittgenstein, Austrian-British philosopher (d. 1951)',
        `${a('Ludwig Wittgenstein')}, Austrian-British philosopher (d. 1951)`,
        ['Ludwig Wittgenstein'],
      ),
    ],
    Deaths: [
      line(
        '1478',
        "Giuliano de' Medici, Italian nobleman (b. 1453)",
        `${a("Giuliano de' Medici")}, Italian nobleman (b. 1453)`,
        ["Giuliano de' Medici"],
      ),
    ],
  },
};

let sample: ApiSample;
beforeAll(() => {
  sample = insertApiSample();
  const parsed = parseImportJson(april26, { fileName: '04-26.json' });
  if (!parsed.ok) throw new Error(parsed.error);
  importRows({ rows: parsed.value.rows, status: 'published' });
  // The selected list marks this year's round anniversaries: answer as in 2026.
  vi.useFakeTimers({ now: Date.UTC(2026, 5, 1, 12), toFake: ['Date'] });
});
afterAll(() => {
  vi.useRealTimers();
});

async function get(type: string, mm: string, dd: string, headers: Record<string, string> = {}) {
  const url = `${SITE}/api/feed/onthisday/${type}/${mm}/${dd}`;
  return getOnThisDay(new Request(url, { headers }), { params: Promise.resolve({ type, mm, dd }) });
}

async function getJson(type: string, mm: string, dd: string): Promise<OnThisDayResponse> {
  const response = await get(type, mm, dd);
  expect(response.status).toBe(200);
  return (await response.json()) as OnThisDayResponse;
}

const urls = (pages: PageSummary[] | undefined) => pages?.map((p) => p.content_urls.desktop.page);

describe('GET /api/feed/onthisday/{type}/{MM}/{DD}', () => {
  it('answers `all` for 1 February in the shape of Wikipedia’s onthisdayResponse', async () => {
    const response = await get('all', '02', '01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/OnThisDay/0.3.3"',
    );
    const body = (await response.json()) as OnThisDayResponse;
    expect(onThisDayErrors(body)).toEqual([]);
    expect(Object.keys(body)).toEqual(['selected', 'events', 'births', 'deaths', 'holidays']);
  });

  it('lists only published, day-precision entries of the day, newest first, BCE years negative', async () => {
    const body = await getJson('all', '02', '01');
    expect(body.selected?.map((i) => [i.year, i.text])).toEqual([
      [2021, 'Myanmar’s military seizes power'],
      [1924, 'The United Kingdom recognises the Soviet Union'],
      [1924, 'Italy recognises the Soviet Union'],
      [1876, 'Maxim Litvinov, Soviet diplomat (d. 1951)'],
    ]);
    expect(body.events?.map((i) => i.year)).toEqual([2021, 1924, 1924, 1650, -100]);
    expect(body.births?.map((i) => i.year)).toEqual([1876, -20]);
    expect(body.deaths?.map((i) => [i.year, i.text])).toEqual([[1800, 'Someone died, a poet.']]);
    const hidden = [
      'draft-event',
      'archived-event',
      'trashed-event',
      'month-precision',
      'other-day',
    ];
    const all = Object.values(body).flatMap((list) => list.flatMap((i) => urls(i.pages) ?? []));
    for (const slug of hidden) expect(all).not.toContain(`${SITE}/events/${slug}`);
  });

  it('answers `selected` with the day’s selected anniversaries: featured first, then this year’s round ones', async () => {
    // Half of the 8 dated entries of 1 February: the two featured events, and Litvinov's birth,
    // 150 years ago in 2026, among the others.
    const selected = (await getJson('selected', '02', '01')).selected ?? [];
    expect(selected.map((i) => i.year)).toContain(1876);
    // In 2050 it is no round anniversary, but the death of 1800 (250 years) is; the imported line of
    // 1650 (400 years) stays out: what editors wrote ranks higher (notability), and it is the
    // fourth entry of one category.
    vi.setSystemTime(Date.UTC(2050, 5, 1, 12));
    try {
      const later = (await getJson('selected', '02', '01')).selected ?? [];
      expect(later.map((i) => [i.year, i.text])).toEqual([
        [2021, 'Myanmar’s military seizes power'],
        [1924, 'The United Kingdom recognises the Soviet Union'],
        [1924, 'Italy recognises the Soviet Union'],
        [1800, 'Someone died, a poet.'],
      ]);
    } finally {
      vi.setSystemTime(Date.UTC(2026, 5, 1, 12));
    }
  });

  it('leaves an entry its editors keep out of the selected list in its own list only', async () => {
    db.update(events).set({ selectable: false }).where(eq(events.id, sample.events.birth.id)).run();
    try {
      const body = await getJson('all', '02', '01');
      expect(body.selected?.map((i) => i.year)).not.toContain(1876);
      expect(body.births?.map((i) => i.year)).toContain(1876);
    } finally {
      db.update(events)
        .set({ selectable: true })
        .where(eq(events.id, sample.events.birth.id))
        .run();
    }
  });

  it('gives holidays no year, with the observance’s page and the person it commemorates', async () => {
    const body = await getJson('holidays', '02', '01');
    expect(Object.keys(body)).toEqual(['holidays']);
    expect(body.holidays).toHaveLength(1);
    const holiday = body.holidays?.[0];
    expect(holiday && 'year' in holiday).toBe(false);
    expect(holiday?.text).toBe("Saint Brigid's Day");
    // Not "Saint Brigid&#39;s Day": a client that shows the display title shows the title.
    expect(holiday?.pages[0]?.titles.display).toBe("Saint Brigid's Day");
    expect(holiday?.pages[0]?.displaytitle).toBe("Saint Brigid's Day");
    expect(urls(holiday?.pages)).toEqual([
      `${SITE}/events/saint-brigids-day`,
      `${SITE}/people/brigid-of-kildare`,
    ]);
  });

  it('describes an event page with absolute links to Almanac, its image, place, revision and date', async () => {
    const body = await getJson('selected', '02', '01');
    const [uk, macdonald, chicherin] =
      body.selected?.find((i) => i.text === 'The United Kingdom recognises the Soviet Union')
        ?.pages ?? [];
    expect(uk).toEqual({
      type: 'standard',
      title: 'The_United_Kingdom_recognises_the_Soviet_Union',
      displaytitle: 'The United Kingdom recognises the Soviet Union',
      normalizedtitle: 'The United Kingdom recognises the Soviet Union',
      namespace: { id: 0, text: '' },
      titles: {
        canonical: 'The_United_Kingdom_recognises_the_Soviet_Union',
        normalized: 'The United Kingdom recognises the Soviet Union',
        display: 'The United Kingdom recognises the Soviet Union',
      },
      pageid: sample.events.uk.id,
      lang: 'en',
      dir: 'ltr',
      revision: String(sample.revisions.ukRevision),
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      description: 'Politics & Government · 1 February 1924',
      description_source: 'local',
      content_urls: {
        desktop: {
          page: `${SITE}/events/united-kingdom-recognises-the-soviet-union`,
          revisions: `${SITE}/editor/events/${sample.events.uk.id}/history`,
          edit: `${SITE}/editor/events/${sample.events.uk.id}`,
          talk: `${SITE}/events/united-kingdom-recognises-the-soviet-union/report`,
        },
        mobile: {
          page: `${SITE}/events/united-kingdom-recognises-the-soviet-union`,
          revisions: `${SITE}/editor/events/${sample.events.uk.id}/history`,
          edit: `${SITE}/editor/events/${sample.events.uk.id}`,
          talk: `${SITE}/events/united-kingdom-recognises-the-soviet-union/report`,
        },
      },
      extract:
        "Ramsay MacDonald's new Labour government granted the Soviet Union de jure recognition.",
      extract_html:
        "<p>Ramsay MacDonald's new Labour government granted the Soviet Union de jure recognition.</p>",
      thumbnail: { source: 'https://images.example.org/uk-note.jpg', width: 0, height: 0 },
      originalimage: { source: 'https://images.example.org/uk-note.jpg', width: 0, height: 0 },
      coordinates: { lat: 55.7558, lon: 37.6173 },
    });
    expect(macdonald).toMatchObject({
      titles: { normalized: 'Ramsay MacDonald', canonical: 'Ramsay_MacDonald' },
      pageid: PERSON_PAGEID_OFFSET + sample.people.macdonald,
      extract:
        'Ramsay MacDonald (1866–1937), Prime Minister of the United Kingdom in 1924 and 1929–1935',
      description: 'Prime Minister of the United Kingdom in 1924 and 1929–1935',
      content_urls: { desktop: { page: `${SITE}/people/ramsay-macdonald` } },
    });
    expect(chicherin?.titles.normalized).toBe('Georgy Chicherin');
    expect(chicherin && 'description' in chicherin).toBe(false);
  });

  it('puts the person first for a birth and tells the event apart when it bears the same title', async () => {
    const body = await getJson('births', '02', '01');
    const [litvinov, bce] = body.births ?? [];
    expect(litvinov?.text).toBe('Maxim Litvinov, Soviet diplomat (d. 1951)');
    expect(litvinov?.pages.map((p) => [p.titles.normalized, p.content_urls.desktop.page])).toEqual([
      ['Maxim Litvinov', `${SITE}/people/maxim-litvinov`],
      ['Maxim Litvinov (birth)', `${SITE}/events/maxim-litvinov-born`],
    ]);
    expect(bce?.text).toBe('Someone born in 20 BCE');
    expect(bce?.pages[0]?.description).toBe('Births · 1 February 20 BCE');
  });

  it('keeps imported lines whole and escapes what HTML would read', async () => {
    const body = await getJson('events', '02', '01');
    const imported = body.events?.find((i) => i.year === 1650);
    expect(imported?.text).toBe(
      'A long imported line about a treaty that was signed in a city far away, with much more text.',
    );
    const roman = body.events?.find((i) => i.year === -100)?.pages[0];
    // Display titles are HTML: what HTML would read as markup is escaped, quotes are not.
    expect(roman?.titles.display).toBe('A Roman event &lt;with&gt; "marks" &amp; more');
    expect(roman?.titles.normalized).toBe('A Roman event <with> "marks" & more');
  });

  it('works for a client written for Wikipedia, today’s or 2017’s', async () => {
    const body = await getJson('all', '02', '01');
    expect(modernClient(body, 'selected')[1]).toEqual({
      year: 1924,
      text: 'The United Kingdom recognises the Soviet Union',
      title: 'The United Kingdom recognises the Soviet Union',
      link: `${SITE}/events/united-kingdom-recognises-the-soviet-union`,
    });
    expect(modernClient(body, 'holidays')[0]?.year).toBeUndefined();
    expect(modernClient(body, 'births')[0]?.link).toBe(`${SITE}/people/maxim-litvinov`);
    expect(legacyClient(body, 'events').map((e) => e.title)[0]).toBe(
      'Myanmar’s military seizes power',
    );
  });

  it('answers 29 February, and an empty day with empty lists', async () => {
    expect((await getJson('events', '02', '29')).events?.map((i) => i.year)).toEqual([1504]);
    const empty = await getJson('all', '07', '04');
    expect(empty).toEqual({ selected: [], events: [], births: [], deaths: [], holidays: [] });
    expect(onThisDayErrors(empty)).toEqual([]);
  });

  it('is cacheable: Cache-Control, CORS and an ETag "<revision>/<hash>" that a 304 honours', async () => {
    const first = await get('selected', '02', '01');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[^/"]+\/[^/"]+"$/);
    expect(etag.startsWith(`"${sample.revisions.italyRevision}/`)).toBe(true);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');

    const again = await get('selected', '02', '01', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get('selected', '02', '01', { 'If-None-Match': `W/${etag}` })).status).toBe(304);
    expect((await get('selected', '02', '01', { 'If-None-Match': '"0/other"' })).status).toBe(200);
  });

  it('changes the ETag when the content changes', async () => {
    const before = (await get('events', '02', '01')).headers.get('etag');
    db.update(events)
      .set({ title: 'Myanmar’s army seizes power' })
      .where(eq(events.id, sample.events.myanmar.id))
      .run();
    const after = (await get('events', '02', '01')).headers.get('etag');
    expect(after).not.toBe(before);
    // A list the change does not touch keeps its tag.
    const births = [
      (await get('births', '02', '01')).headers.get('etag'),
      (await get('births', '02', '01')).headers.get('etag'),
    ];
    expect(births[0]).toBe(births[1]);
  });

  it('answers bad parameters with the spec’s problem+json: 400 for type/month/day, 404 for a day no year has', async () => {
    const bad = await get('weddings', '02', '01');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    const problem = (await bad.json()) as Record<string, unknown>;
    expect(problemErrors(problem)).toEqual([]);
    expect(problem).toEqual({
      status: 400,
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/bad_request',
      title: 'Invalid parameters',
      detail:
        'type must be one of all, selected, events, births, deaths, holidays (got "weddings")',
      method: 'get',
      uri: '/api/feed/onthisday/weddings/02/01',
    });
    expect((await get('all', '13', '01')).status).toBe(400);
    expect((await get('all', '02', '32')).status).toBe(400);
    const missing = await get('all', '02', '30');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      status: 404,
      title: 'Not found.',
      uri: '/api/feed/onthisday/all/02/30',
    });
  });
});

describe('the pages of imported entries', () => {
  const en = (title: string) => `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`;

  it('are the Wikipedia articles the entry links, in order, with their real titles and URLs', async () => {
    const body = await getJson('all', '04', '26');
    expect(onThisDayErrors(body)).toEqual([]);
    const pazzi = body.events?.find((i) => i.year === 1478);
    // The entry's one sentence is its title (whole, without its full stop: lib/import/normalize.ts).
    expect(pazzi?.text).toBe(
      "The Pazzi family's plot against the Medici fails in Florence Cathedral: Giuliano de' Medici is killed and his brother Lorenzo de' Medici escapes",
    );
    expect(
      pazzi?.pages.map((p) => [
        p.titles.normalized,
        p.titles.canonical,
        p.content_urls.desktop.page,
      ]),
    ).toEqual([
      ['Pazzi conspiracy', 'Pazzi_conspiracy', en('Pazzi conspiracy')],
      ['Florence Cathedral', 'Florence_Cathedral', en('Florence Cathedral')],
      ["Giuliano de' Medici", "Giuliano_de'_Medici", en("Giuliano de' Medici")],
      ["Lorenzo de' Medici", "Lorenzo_de'_Medici", en("Lorenzo de' Medici")],
    ]);
    const [, , giuliano, lorenzo] = pazzi?.pages ?? [];
    expect(giuliano).toMatchObject({
      type: 'standard',
      title: "Giuliano_de'_Medici",
      normalizedtitle: "Giuliano de' Medici",
      displaytitle: "Giuliano de' Medici",
      titles: { display: "Giuliano de' Medici" },
      namespace: { id: 0, text: '' },
      pageid: 0,
      revision: '0',
      lang: 'en',
      dir: 'ltr',
      content_urls: {
        desktop: {
          page: en("Giuliano de' Medici"),
          revisions: `${en("Giuliano de' Medici")}?action=history`,
          edit: `${en("Giuliano de' Medici")}?action=edit`,
          talk: en("Talk:Giuliano de' Medici"),
        },
        mobile: {
          page: "https://en.m.wikipedia.org/wiki/Giuliano_de'_Medici",
          revisions: "https://en.m.wikipedia.org/wiki/Special:History/Giuliano_de'_Medici",
          edit: "https://en.m.wikipedia.org/wiki/Giuliano_de'_Medici?action=edit",
          talk: "https://en.m.wikipedia.org/wiki/Talk:Giuliano_de'_Medici",
        },
      },
      // What Almanac knows of him: the person his death entry made.
      description: 'Italian nobleman',
      extract: "Giuliano de' Medici (1453–1478), Italian nobleman",
      extract_html: "<p>Giuliano de' Medici (1453–1478), Italian nobleman</p>",
    });
    // Nobody in Almanac has Lorenzo's article: nothing is said of him rather than something made up.
    expect(lorenzo && 'description' in lorenzo).toBe(false);
    expect(lorenzo?.extract).toBe('');
    expect(JSON.stringify(body)).not.toMatch(/&#39;|&quot;/);
  });

  it('puts the person first for an imported birth or death, described from the people table', async () => {
    const body = await getJson('all', '04', '26');
    const [wittgenstein] = body.births ?? [];
    expect(wittgenstein?.pages.map((p) => p.titles.normalized)).toEqual(['Ludwig Wittgenstein']);
    expect(wittgenstein?.pages[0]).toMatchObject({
      description: 'Austrian-British philosopher',
      extract: 'Ludwig Wittgenstein (1889–1951), Austrian-British philosopher',
      content_urls: { desktop: { page: en('Ludwig Wittgenstein') } },
    });
    expect(body.deaths?.[0]?.pages[0]?.titles.display).toBe("Giuliano de' Medici");
  });

  it('keeps Almanac’s own page for an imported entry that links nothing', async () => {
    const body = await getJson('events', '04', '26');
    const treaty = body.events?.find((i) => i.year === 1915);
    expect(treaty?.pages.map((p) => p.content_urls.desktop.page)).toEqual([
      `${SITE}/events/the-treaty-of-london-is-signed-in-secret-1915`,
    ]);
    // And the imported line of 1 February without links, as before.
    const february = await getJson('events', '02', '01');
    expect(urls(february.events?.find((i) => i.year === 1650)?.pages)).toEqual([
      `${SITE}/events/imported-line`,
    ]);
  });

  it('sends a client written for Wikipedia, today’s or 2017’s, to the article on Wikipedia', async () => {
    const body = await getJson('all', '04', '26');
    // Today's client follows content_urls, on the desktop site or the mobile one.
    for (const site of ['desktop', 'mobile'] as const) {
      const pages = modernClientPages(body, 'events', site);
      const chernobyl = pages[0];
      expect(chernobyl?.map((p) => wikipediaArticleAt(p.link))).toEqual([
        { lang: 'en', title: 'Chernobyl disaster' },
        { lang: 'en', title: 'Chernobyl Nuclear Power Plant' },
      ]);
      // Every link of an item with articles opens the article the client shows.
      for (const item of pages)
        for (const p of item)
          if (!p.link.startsWith(SITE))
            expect(wikipediaArticleAt(p.link)).toEqual({ lang: 'en', title: p.title });
    }
    expect(modernClient(body, 'deaths')[0]).toEqual({
      year: 1478,
      text: "Giuliano de' Medici, Italian nobleman (b. 1453)",
      title: "Giuliano de' Medici",
      link: en("Giuliano de' Medici"),
    });
    // The 2017 client builds its link from the page's title and lang: the same article.
    const legacy = legacyClient(body, 'deaths')[0];
    expect(legacy?.key).toBe("Giuliano_de'_Medici");
    expect(wikipediaArticleAt(legacy?.link ?? '')).toEqual({
      lang: 'en',
      title: "Giuliano de' Medici",
    });
    expect(legacyClient(body, 'births')[0]?.title).toBe('Ludwig Wittgenstein');
  });
});

describe('the same answer at Wikipedia’s and at the API gateway’s paths', () => {
  const gateway = (lang: string, type: string, mm: string, dd: string) =>
    gatewayRoute.GET(
      new Request(`${SITE}/api/feed/v1/wikipedia/${lang}/onthisday/${type}/${mm}/${dd}`),
      { params: Promise.resolve({ lang, type, mm, dd }) },
    );

  it('answers /api/feed/v1/wikipedia/en/onthisday/… and /api/rest_v1/feed/onthisday/… as the feed does', async () => {
    const feed = await get('all', '04', '26');
    const feedBody = await feed.text();
    const v1 = await gateway('en', 'all', '04', '26');
    expect(v1.status).toBe(200);
    expect(await v1.text()).toBe(feedBody);
    for (const header of ['content-type', 'cache-control', 'etag', 'access-control-allow-origin'])
      expect(v1.headers.get(header)).toBe(feed.headers.get(header));
    const rest = await restRoute.GET(new Request(`${SITE}/api/rest_v1/feed/onthisday/all/04/26`), {
      params: Promise.resolve({ type: 'all', mm: '04', dd: '26' }),
    });
    expect(await rest.text()).toBe(feedBody);
    expect(gatewayRoute.OPTIONS().status).toBe(204);
  });

  it('answers a language other than English with a problem+json 404, and bad days as the feed', async () => {
    const french = await gateway('fr', 'all', '04', '26');
    expect(french.status).toBe(404);
    expect(french.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await french.json()) as Record<string, unknown>;
    expect(problemErrors(problem)).toEqual([]);
    expect(problem).toEqual({
      status: 404,
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      detail:
        'Almanac\'s feed is in English only: the language must be "en" (got "fr"), as in /api/feed/v1/wikipedia/en/onthisday/{type}/{MM}/{DD}.',
      method: 'get',
      uri: '/api/feed/v1/wikipedia/fr/onthisday/all/04/26',
    });
    expect((await gateway('EN', 'all', '04', '26')).status).toBe(404);
    expect((await gateway('en', 'weddings', '04', '26')).status).toBe(400);
    expect((await gateway('en', 'all', '02', '30')).status).toBe(404);
  });
});
