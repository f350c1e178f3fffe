import { encodeWikipediaTitle } from '@/lib/import/wikipedia';

/*
 * Page summaries of Wikipedia's own articles, for the imported entries of the Wikimedia-compatible
 * feed (lib/api/onthisday.ts): an imported entry's pages are the articles its text links
 * (event_articles), described as Wikipedia's page summary service describes them (titles from the
 * article's URL, content_urls built as mediawiki-services-mobileapps' lib/summary.js builds them),
 * so that a client following a page opens that article. What only Wikipedia knows (its page id,
 * revision and text) is not made up: pageid 0 and revision "0" say "unknown", and the extract and
 * description are what Almanac holds about the article's subject, or empty.
 */

/** English Wikipedia's namespaces (canonical names); anything else before a colon is part of a title. */
const NAMESPACES: Readonly<Record<string, number>> = {
  Talk: 1,
  User: 2,
  'User talk': 3,
  Wikipedia: 4,
  'Wikipedia talk': 5,
  File: 6,
  'File talk': 7,
  MediaWiki: 8,
  'MediaWiki talk': 9,
  Template: 10,
  'Template talk': 11,
  Help: 12,
  'Help talk': 13,
  Category: 14,
  'Category talk': 15,
  Portal: 100,
  'Portal talk': 101,
  Draft: 118,
  'Draft talk': 119,
};

/** Languages whose Wikipedia is written right to left. */
const RTL_LANGS = new Set([
  'ar',
  'arc',
  'arz',
  'azb',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

export type WikipediaArticle = {
  lang: string;
  /** The title as a database key: "Lorenzo_de'_Medici" (titles.canonical). */
  canonical: string;
  /** With spaces: "Lorenzo de' Medici" (titles.normalized). */
  normalized: string;
  namespace: { id: number; text: string };
  /** The title without its namespace, for the talk page ("Talk:<key>", "File talk:<key>"). */
  key: string;
};

/**
 * The article a Wikipedia URL names (https://en.wikipedia.org/wiki/Lorenzo_de%27_Medici, the form
 * imports store), or null for a URL that is not a Wikipedia article (another site, a search, a
 * special page, the mobile site with a query).
 */
export function readWikipediaArticleUrl(raw: string): WikipediaArticle | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const host = /^([a-z][a-z0-9-]*)\.(?:m\.)?wikipedia\.org$/.exec(url.hostname.toLowerCase());
  const path = /^\/wiki\/(.+)$/.exec(url.pathname);
  if (!host?.[1] || !path?.[1] || host[1] === 'www' || url.search) return null;
  let canonical: string;
  try {
    canonical = decodeURIComponent(path[1]).replace(/ /g, '_');
  } catch {
    return null;
  }
  const normalized = canonical.replace(/_/g, ' ').trim();
  if (!normalized) return null;
  const colon = normalized.indexOf(':');
  const prefix = colon > 0 ? normalized.slice(0, colon).trim() : '';
  if (prefix === 'Special' || prefix === 'Media') return null;
  const id = NAMESPACES[prefix];
  const namespace = id === undefined ? { id: 0, text: '' } : { id, text: prefix };
  const key = id === undefined ? canonical : canonical.slice(colon + 1).replace(/^_+/, '');
  return { lang: host[1], canonical, normalized, namespace, key };
}

export function articleDir(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}

function talkPage(a: WikipediaArticle): string | null {
  if (a.namespace.id % 2 === 1) return null; // a talk page has none of its own
  return a.namespace.id === 0 ? `Talk:${a.key}` : `${a.namespace.text} talk:${a.key}`;
}

/** The URLs Wikipedia's page summaries give for an article, desktop and mobile. */
export function articleContentUrls(a: WikipediaArticle) {
  const page = encodeWikipediaTitle(a.canonical);
  const talk = talkPage(a);
  const desktop = `https://${a.lang}.wikipedia.org/wiki/`;
  const mobile = `https://${a.lang}.m.wikipedia.org/wiki/`;
  return {
    desktop: {
      page: `${desktop}${page}`,
      revisions: `${desktop}${page}?action=history`,
      edit: `${desktop}${page}?action=edit`,
      ...(talk ? { talk: `${desktop}${encodeWikipediaTitle(talk)}` } : {}),
    },
    mobile: {
      page: `${mobile}${page}`,
      revisions: `${mobile}Special:History/${page}`,
      edit: `${mobile}${page}?action=edit`,
      ...(talk ? { talk: `${mobile}${encodeWikipediaTitle(talk)}` } : {}),
    },
  };
}
