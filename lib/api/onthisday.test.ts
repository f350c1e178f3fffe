import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legacyClient, onThisDayErrors, problemErrors, realResponsePath } from '@/test/wikifeeds';
import {
  buildOnThisDayResponse,
  escapeHtmlText,
  itemText,
  latestRevision,
  parseOnThisDayParams,
  problemBody,
  type OnThisDayArticle,
  type OnThisDayEntry,
} from './onthisday';

describe('parseOnThisDayParams', () => {
  it('accepts every type with two-digit (or one-digit) month and day, 29 February included', () => {
    for (const type of ['all', 'selected', 'events', 'births', 'deaths', 'holidays']) {
      expect(parseOnThisDayParams({ type, mm: '02', dd: '29' })).toEqual({
        ok: true,
        value: { type, month: 2, day: 29 },
      });
    }
    expect(parseOnThisDayParams({ type: 'all', mm: '1', dd: '5' })).toMatchObject({
      ok: true,
      value: { month: 1, day: 5 },
    });
  });

  it('answers 400 "Invalid parameters" for a type, month or day outside the spec, naming the parameter', () => {
    const cases: [Record<'type' | 'mm' | 'dd', string>, RegExp][] = [
      [
        { type: 'weddings', mm: '02', dd: '01' },
        /^type must be one of all, selected, events, births, deaths, holidays \(got "weddings"\)$/,
      ],
      [{ type: 'ALL', mm: '02', dd: '01' }, /^type must be/],
      [{ type: 'all', mm: '13', dd: '01' }, /^month must be .* 01 to 12 \(got "13"\)$/],
      [{ type: 'all', mm: '00', dd: '01' }, /^month must be/],
      [{ type: 'all', mm: 'feb', dd: '01' }, /^month must be/],
      [{ type: 'all', mm: '002', dd: '01' }, /^month must be/],
      [{ type: 'all', mm: '02', dd: '32' }, /^day must be .* 01 to 31 \(got "32"\)$/],
      [{ type: 'all', mm: '02', dd: '0' }, /^day must be/],
      [{ type: 'all', mm: '02', dd: '-1' }, /^day must be/],
    ];
    for (const [params, detail] of cases) {
      const parsed = parseOnThisDayParams(params);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.problem.status).toBe(400);
      expect(parsed.problem.title).toBe('Invalid parameters');
      expect(parsed.problem.type).toBe('https://mediawiki.org/wiki/HyperSwitch/errors/bad_request');
      expect(parsed.problem.detail).toMatch(detail);
    }
  });

  it('answers 404 for a well-formed day that no year has (30 February, 31 April)', () => {
    for (const [mm, dd] of [
      ['02', '30'],
      ['04', '31'],
      ['11', '31'],
    ] as const) {
      const parsed = parseOnThisDayParams({ type: 'events', mm, dd });
      expect(parsed).toMatchObject({ ok: false, problem: { status: 404, title: 'Not found.' } });
    }
  });

  it('builds problem bodies that satisfy the spec’s problem definition', () => {
    const parsed = parseOnThisDayParams({ type: 'all', mm: '13', dd: '01' });
    if (parsed.ok) throw new Error('expected a problem');
    const body = problemBody(parsed.problem, '/api/feed/onthisday/all/13/01');
    expect(problemErrors(body)).toEqual([]);
    expect(body).toMatchObject({
      status: 400,
      method: 'get',
      uri: '/api/feed/onthisday/all/13/01',
    });
  });
});

describe('itemText', () => {
  const imported = { source: 'muffinlabs' };
  it('gives an imported entry’s whole text: its title sentence and the sentences after it', () => {
    expect(
      itemText({
        ...imported,
        title: 'The first Super Bowl is played in Los Angeles',
        summary: 'The Green Bay Packers defeat the Kansas City Chiefs.',
      }),
    ).toBe(
      'The first Super Bowl is played in Los Angeles. The Green Bay Packers defeat the Kansas City Chiefs.',
    );
    expect(itemText({ ...imported, title: 'A one-sentence entry says it all', summary: '' })).toBe(
      'A one-sentence entry says it all',
    );
  });

  it('uses the whole imported line when the title is that line cut short or the person’s name', () => {
    expect(
      itemText({
        ...imported,
        title: 'A treaty is signed in a city far…',
        summary: 'A treaty is signed in a city far away.',
      }),
    ).toBe('A treaty is signed in a city far away.');
    expect(
      itemText({
        ...imported,
        title: 'Maxim Litvinov',
        summary: 'Maxim Litvinov, Soviet diplomat (d. 1951)',
      }),
    ).toBe('Maxim Litvinov, Soviet diplomat (d. 1951)');
  });

  it('uses the headline for our editors’ events, and the summary when there is no title', () => {
    const ours = { source: null };
    expect(
      itemText({
        ...ours,
        title: 'Italy recognises the Soviet Union',
        summary: 'Mussolini’s government followed.',
      }),
    ).toBe('Italy recognises the Soviet Union');
    expect(itemText({ ...ours, title: '  ', summary: 'Only a summary' })).toBe('Only a summary');
    expect(
      itemText({
        source: 'almanac-sample',
        title: 'Italy recognises the Soviet Union',
        summary: 'More.',
      }),
    ).toBe('Italy recognises the Soviet Union');
    expect(itemText({ ...ours, title: 'Two\nlines', summary: '' })).toBe('Two lines');
  });
});

describe('buildOnThisDayResponse', () => {
  const entry = (over: Partial<OnThisDayEntry>): OnThisDayEntry => ({
    id: 1,
    slug: 'e',
    kind: 'event',
    title: 'E',
    summary: '',
    source: null,
    year: 1900,
    month: 2,
    day: 1,
    precision: 'day',
    circa: false,
    calendar: 'gregorian',
    featured: false,
    selected: false,
    categoryName: 'C',
    location: null,
    latitude: null,
    longitude: null,
    imageUrl: null,
    imageAlt: null,
    updatedAt: Date.UTC(2026, 0, 2),
    revisionId: 7,
    people: [],
    articles: [],
    ...over,
  });

  it('sorts newest first whatever order the entries come in, BCE last', () => {
    const r = buildOnThisDayResponse(
      [entry({ id: 1, year: -44 }), entry({ id: 2, year: 1924 }), entry({ id: 3, year: 9 })],
      'events',
      'https://almanac.test',
    );
    expect(r.events?.map((i) => i.year)).toEqual([1924, 9, -44]);
    expect(Object.keys(r)).toEqual(['events']);
  });

  it('answers `selected` with the entries marked selected, of any kind, also in their own lists', () => {
    const entries = [
      entry({ id: 1, year: 1926, selected: true }),
      entry({ id: 2, year: 1969, featured: true }),
      entry({ id: 3, year: 1876, kind: 'birth', selected: true }),
      entry({ id: 4, year: 2001 }),
    ];
    const r = buildOnThisDayResponse(entries, 'all', 'https://almanac.test');
    expect(r.selected?.map((i) => i.year)).toEqual([1926, 1876]);
    expect(r.events?.map((i) => i.year)).toEqual([2001, 1969, 1926]);
    expect(r.births?.map((i) => i.year)).toEqual([1876]);
    expect(latestRevision([entry({ selected: true, revisionId: 9 })], 'selected')).toBe(9);
    expect(latestRevision([entry({ revisionId: 9 })], 'selected')).toBe(0);
  });

  it('escapes titles for display and extracts for HTML, keeping plain text plain', () => {
    const r = buildOnThisDayResponse(
      [entry({ title: 'A <b> & "c"', summary: 'x < y' })],
      'events',
      'https://almanac.test',
    );
    const page = r.events?.[0]?.pages[0];
    expect(page?.titles).toEqual({
      canonical: 'A_<b>_&_"c"',
      normalized: 'A <b> & "c"',
      display: escapeHtmlText('A <b> & "c"'),
    });
    expect(page?.displaytitle).toBe('A &lt;b&gt; &amp; "c"');
    expect(page?.extract).toBe('x < y');
    expect(page?.extract_html).toBe('<p>x &lt; y</p>');
  });

  it('titles an imported entry’s page with its short title, and gives its whole text', () => {
    const sentence =
      'A storm floods the lower town of a river port and carries away two of its bridges, leaving thousands of families without a home';
    const r = buildOnThisDayResponse(
      [entry({ title: sentence, summary: 'The town is rebuilt.', source: 'muffinlabs' })],
      'events',
      'https://almanac.test',
    );
    const item = r.events?.[0];
    expect(item?.text).toBe(`${sentence}. The town is rebuilt.`);
    expect(item?.pages[0]?.titles.normalized).toBe(
      'A storm floods the lower town of a river port and carries away two of its bridges…',
    );
    expect(item?.pages[0]?.extract).toBe(`${sentence}. The town is rebuilt.`);
  });

  it('leaves quotes and apostrophes alone in display titles and extracts, as Wikipedia does', () => {
    const r = buildOnThisDayResponse(
      [entry({ title: "Saint Brigid's Day", summary: 'The "Mary of the Gael"’s feast' })],
      'events',
      'https://almanac.test',
    );
    const page = r.events?.[0]?.pages[0];
    expect(page?.titles.display).toBe("Saint Brigid's Day");
    expect(page?.displaytitle).toBe("Saint Brigid's Day");
    expect(page?.extract_html).toBe('<p>The "Mary of the Gael"’s feast</p>');
    expect(JSON.stringify(r)).not.toMatch(/&#39;|&quot;|&#x27;/);
  });
});

describe('the pages of an imported entry', () => {
  const entry = (over: Partial<OnThisDayEntry>): OnThisDayEntry => ({
    id: 12,
    slug: 'pazzi-conspiracy',
    kind: 'event',
    title: 'The Pazzi conspiracy fails',
    summary: 'The Pazzi conspiracy fails.',
    year: 1478,
    month: 4,
    day: 26,
    precision: 'day',
    circa: false,
    calendar: 'julian',
    featured: false,
    selected: false,
    categoryName: 'Politics & Government',
    location: 'Florence',
    latitude: 43.77,
    longitude: 11.25,
    imageUrl: null,
    imageAlt: null,
    updatedAt: Date.UTC(2026, 3, 1, 8),
    revisionId: 30,
    people: [],
    source: 'muffinlabs',
    articles: [],
    ...over,
  });
  const article = (url: string, more: Partial<OnThisDayArticle> = {}): OnThisDayArticle => ({
    url,
    person: null,
    topicDescription: '',
    ...more,
  });
  const pagesOf = (e: OnThisDayEntry) =>
    buildOnThisDayResponse([e], 'events', 'https://almanac.test').events?.[0]?.pages ?? [];

  it('are the Wikipedia articles it links, in its order, as Wikipedia’s page summaries', () => {
    const e = entry({
      articles: [
        article('https://en.wikipedia.org/wiki/Pazzi_conspiracy', {
          topicDescription: 'A plot against the Medici in 1478.',
        }),
        article("https://en.wikipedia.org/wiki/Lorenzo_de'_Medici", {
          person: {
            name: "Lorenzo de' Medici",
            description: 'ruler of the Florentine Republic',
            birthYear: 1449,
            deathYear: 1492,
          },
        }),
        // The muffinlabs link is titled with a hyphen; the article (its URL) has an en dash.
        article('https://en.wikipedia.org/wiki/Russo-Turkish_War_(1877%E2%80%931878)'),
      ],
    });
    const response = buildOnThisDayResponse([e], 'all', 'https://almanac.test');
    expect(onThisDayErrors(response)).toEqual([]);
    const [pazzi, lorenzo, war] = response.events?.[0]?.pages ?? [];
    expect(lorenzo).toEqual({
      type: 'standard',
      title: "Lorenzo_de'_Medici",
      displaytitle: "Lorenzo de' Medici",
      normalizedtitle: "Lorenzo de' Medici",
      namespace: { id: 0, text: '' },
      titles: {
        canonical: "Lorenzo_de'_Medici",
        normalized: "Lorenzo de' Medici",
        display: "Lorenzo de' Medici",
      },
      pageid: 0,
      lang: 'en',
      dir: 'ltr',
      revision: '0',
      timestamp: '2026-04-01T08:00:00.000Z',
      description: 'ruler of the Florentine Republic',
      content_urls: {
        desktop: {
          page: "https://en.wikipedia.org/wiki/Lorenzo_de'_Medici",
          revisions: "https://en.wikipedia.org/wiki/Lorenzo_de'_Medici?action=history",
          edit: "https://en.wikipedia.org/wiki/Lorenzo_de'_Medici?action=edit",
          talk: "https://en.wikipedia.org/wiki/Talk:Lorenzo_de'_Medici",
        },
        mobile: {
          page: "https://en.m.wikipedia.org/wiki/Lorenzo_de'_Medici",
          revisions: "https://en.m.wikipedia.org/wiki/Special:History/Lorenzo_de'_Medici",
          edit: "https://en.m.wikipedia.org/wiki/Lorenzo_de'_Medici?action=edit",
          talk: "https://en.m.wikipedia.org/wiki/Talk:Lorenzo_de'_Medici",
        },
      },
      extract: "Lorenzo de' Medici (1449–1492), ruler of the Florentine Republic",
      extract_html: "<p>Lorenzo de' Medici (1449–1492), ruler of the Florentine Republic</p>",
    });
    expect(pazzi).toMatchObject({
      titles: { normalized: 'Pazzi conspiracy' },
      description: 'A plot against the Medici in 1478.',
      extract: 'A plot against the Medici in 1478.',
    });
    expect(war?.titles).toEqual({
      canonical: 'Russo-Turkish_War_(1877–1878)',
      normalized: 'Russo-Turkish War (1877–1878)',
      display: 'Russo-Turkish War (1877–1878)',
    });
    expect(war?.content_urls.desktop.page).toBe(
      'https://en.wikipedia.org/wiki/Russo-Turkish_War_(1877%E2%80%931878)',
    );
    // Nothing known of the subject: no description, an empty extract (never Wikipedia's text).
    expect(war && 'description' in war).toBe(false);
    expect([war?.extract, war?.extract_html]).toEqual(['', '']);
    // No Almanac page: the client is sent to Wikipedia.
    expect(JSON.stringify(response)).not.toContain('almanac.test');
  });

  it('escapes an ampersand for display only, and keeps each article once', () => {
    const pages = pagesOf(
      entry({
        articles: [
          article('https://en.wikipedia.org/wiki/Procter_%26_Gamble'),
          article('https://en.m.wikipedia.org/wiki/Procter_%26_Gamble'),
        ],
      }),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]?.titles).toEqual({
      canonical: 'Procter_&_Gamble',
      normalized: 'Procter & Gamble',
      display: 'Procter &amp; Gamble',
    });
    expect(pages[0]?.content_urls.desktop.page).toBe(
      'https://en.wikipedia.org/wiki/Procter_%26_Gamble',
    );
  });

  it('gives another Wikipedia’s article its language and direction, and a namespace its talk page', () => {
    const [fr, he, file] = pagesOf(
      entry({
        articles: [
          article('https://fr.wikipedia.org/wiki/Conjuration_des_Pazzi'),
          article('https://he.wikipedia.org/wiki/%D7%A4%D7%99%D7%A8%D7%A0%D7%A6%D7%94'),
          article('https://en.wikipedia.org/wiki/File:Florence_Duomo.jpg'),
        ],
      }),
    );
    expect([fr?.lang, fr?.dir, fr?.content_urls.mobile.page]).toEqual([
      'fr',
      'ltr',
      'https://fr.m.wikipedia.org/wiki/Conjuration_des_Pazzi',
    ]);
    expect([he?.lang, he?.dir, he?.titles.normalized]).toEqual(['he', 'rtl', 'פירנצה']);
    expect(file?.namespace).toEqual({ id: 6, text: 'File' });
    expect(file?.content_urls.desktop.talk).toBe(
      'https://en.wikipedia.org/wiki/File_talk:Florence_Duomo.jpg',
    );
  });

  it('keeps Almanac’s own pages for an entry without Wikipedia articles, and for what editors wrote', () => {
    const almanac = 'https://almanac.test/events/pazzi-conspiracy';
    const none = pagesOf(entry({ articles: [] }));
    expect(none.map((p) => p.content_urls.desktop.page)).toEqual([almanac]);
    const elsewhere = pagesOf(entry({ articles: [article('https://www.example.org/florence')] }));
    expect(elsewhere.map((p) => p.content_urls.desktop.page)).toEqual([almanac]);
    const written = pagesOf(
      entry({
        source: null,
        articles: [article('https://en.wikipedia.org/wiki/Pazzi_conspiracy')],
      }),
    );
    expect(written.map((p) => p.content_urls.desktop.page)).toEqual([almanac]);
  });
});

const hasRealData = fs.existsSync(realResponsePath);
if (!hasRealData) console.log(`skipping the real Wikipedia answer: ${realResponsePath} not found`);

describe.skipIf(!hasRealData)('the real Wikipedia answer for 30 October (../shared/data)', () => {
  const real = hasRealData
    ? (JSON.parse(fs.readFileSync(realResponsePath, 'utf8')) as Record<string, unknown>)
    : {};

  it('matches the fixture schema except where the 2017 page summary predates today’s spec', () => {
    const errors = onThisDayErrors(real);
    // The list structure (keys, items {text, year, pages}) must conform exactly; the page summaries
    // of 2017 lack four fields the spec has required since, and their thumbnails carry `original`.
    const unexplained = errors.filter(
      (e) =>
        !(
          e.keyword === 'required' &&
          ['type', 'titles', 'revision', 'content_urls'].includes(
            String(e.params.missingProperty),
          ) &&
          /^\/(selected|events|births|deaths|holidays)\/\d+\/pages\/\d+$/.test(e.instancePath)
        ) &&
        !(
          e.keyword === 'additionalProperties' &&
          e.params.additionalProperty === 'original' &&
          /\/pages\/\d+\/thumbnail$/.test(e.instancePath)
        ),
    );
    expect(unexplained).toEqual([]);
    // …and those differences are really there, so the schema is the current one.
    expect(errors.some((e) => e.params.missingProperty === 'content_urls')).toBe(true);
  });

  it('is what the fixture describes: the five lists, items with text and pages, BCE negative, holidays without year', () => {
    expect(Object.keys(real)).toEqual(['selected', 'events', 'births', 'deaths', 'holidays']);
    const counts = Object.fromEntries(
      Object.entries(real).map(([k, v]) => [k, (v as unknown[]).length]),
    );
    expect(counts).toEqual({ selected: 5, events: 48, births: 229, deaths: 96, holidays: 17 });
    for (const list of ['selected', 'events', 'births', 'deaths']) {
      expect(legacyClient(real, list).every((e) => Number.isInteger(e.year))).toBe(true);
    }
    // One BCE birth (Julia the Elder, 39 BC) is -39, and it comes last.
    expect(legacyClient(real, 'births').at(-1)?.year).toBe(-39);
    expect(legacyClient(real, 'holidays').every((h) => h.year === undefined)).toBe(true);
  });

  it('lists every dated list newest first', () => {
    for (const list of ['selected', 'events', 'births', 'deaths']) {
      const years = legacyClient(real, list).map((b) => b.year ?? 0);
      expect(years).toEqual([...years].sort((a, b) => b - a));
    }
  });

  it('can be read by a client written for it', () => {
    const first = legacyClient(real, 'selected')[0];
    expect(first?.title).toBe('National Reorganization Process');
    expect(first?.key).toBe('National_Reorganization_Process');
    expect(first?.text).toMatch(/^As the military dictatorship came to an end/);
  });
});
