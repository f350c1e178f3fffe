import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/*
 * Test helpers for the Wikimedia-compatible endpoint: a validator for the response schema copied
 * from Wikipedia's wikifeeds spec (test/fixtures/README.md), and two small clients written the way
 * programs that read Wikipedia's endpoint are written, knowing nothing about Almanac.
 */

const schemaFile = path.join(import.meta.dirname, 'fixtures/wikifeeds-onthisday.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;

// strictTypes is off because the spec's own `problem` definition names no type; unknown keywords still fail.
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
// Swagger's `example` annotates; it does not constrain.
ajv.addKeyword('example');
ajv.addSchema(schema);

const responseValidator = ajv.getSchema(schema.$id as string);
const problemValidator = ajv.compile({ $ref: `${schema.$id as string}#/definitions/problem` });

/** Errors of a value against definitions.onthisdayResponse (empty when it conforms). */
export function onThisDayErrors(data: unknown): ErrorObject[] {
  if (!responseValidator) throw new Error('schema not loaded');
  return responseValidator(data) ? [] : [...(responseValidator.errors ?? [])];
}

export function problemErrors(data: unknown): ErrorObject[] {
  return problemValidator(data) ? [] : [...(problemValidator.errors ?? [])];
}

export const realResponsePath = path.resolve(
  process.cwd(),
  '../shared/data/wikimedia/onthisday-all-10-30.json',
);

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export type ClientLine = { year: number | undefined; text: string; title: string; link: string };

/**
 * A client of today's API: reads titles.normalized and content_urls.desktop.page of the first page
 * of each item, as a current app or script does. Throws on a field it needs and does not find.
 */
export function modernClient(json: unknown, list: string): ClientLine[] {
  return arr(obj(json)[list]).map((item) => {
    const first = obj(arr(obj(item).pages)[0]);
    const title = obj(first.titles).normalized;
    const link = obj(obj(first.content_urls).desktop).page;
    const text = obj(item).text;
    if (typeof title !== 'string' || typeof link !== 'string' || typeof text !== 'string') {
      throw new Error(
        `item without text, titles.normalized or content_urls: ${JSON.stringify(item).slice(0, 200)}`,
      );
    }
    const year = obj(item).year;
    return { year: typeof year === 'number' ? year : undefined, text, title, link };
  });
}

/**
 * Every page of each item as today's client offers them to follow: titles.normalized and
 * content_urls.desktop.page (or mobile.page, as a phone app opens them).
 */
export function modernClientPages(
  json: unknown,
  list: string,
  site: 'desktop' | 'mobile' = 'desktop',
): { title: string; link: string }[][] {
  return arr(obj(json)[list]).map((item) =>
    arr(obj(item).pages).map((p) => {
      const title = obj(obj(p).titles).normalized;
      const link = obj(obj(obj(p).content_urls)[site]).page;
      if (typeof title !== 'string' || typeof link !== 'string') {
        throw new Error(`page without titles or content_urls: ${JSON.stringify(p).slice(0, 200)}`);
      }
      return { title, link };
    }),
  );
}

/**
 * A client written against the 2017 answer (the Android app's era): the deprecated normalizedtitle
 * and title (the database key) of each item's first page, and the link it builds itself from the
 * key and the page's lang, as such a client opens a page on Wikipedia. For Almanac's own pages that
 * link is meaningless (they are not on Wikipedia), so tests compare only the fields there.
 */
export function legacyClient(
  json: unknown,
  list: string,
): { year: number | undefined; text: string; title: string; key: string; link: string }[] {
  return arr(obj(json)[list]).map((item) => {
    const first = obj(arr(obj(item).pages)[0]);
    const title = first.normalizedtitle;
    const key = first.title;
    const lang = typeof first.lang === 'string' ? first.lang : 'en';
    const text = obj(item).text;
    if (typeof title !== 'string' || typeof key !== 'string' || typeof text !== 'string') {
      throw new Error(
        `item without text, normalizedtitle or title: ${JSON.stringify(item).slice(0, 200)}`,
      );
    }
    const year = obj(item).year;
    const link = `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(key)}`;
    return { year: typeof year === 'number' ? year : undefined, text, title, key, link };
  });
}

/**
 * The Wikipedia article a link opens, read as Wikipedia's servers read it: the language from the
 * host (desktop or mobile), the title from the path (percent-decoded, underscores as spaces). Null
 * when the link is not a Wikipedia article.
 */
export function wikipediaArticleAt(link: string): { lang: string; title: string } | null {
  const u = new URL(link);
  const host = /^([a-z-]+)\.(?:m\.)?wikipedia\.org$/.exec(u.hostname);
  const path = /^\/wiki\/(.+)$/.exec(u.pathname);
  if (!host?.[1] || !path?.[1] || u.search) return null;
  return { lang: host[1], title: decodeURIComponent(path[1]).replace(/_/g, ' ') };
}
