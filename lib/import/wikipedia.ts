import { monthName } from '@/lib/dates';

const WIKI_PATH = /^\/wiki\/(.+)$/;

/** A title as Wikipedia writes it in a URL path: underscores for spaces, percent-encoded, `:`, `/`, `,` and `@` kept. */
export function encodeWikipediaTitle(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_'))
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%2F/g, '/')
    .replace(/%40/g, '@');
}

/** The article URL for a title: "Edward Coke" -> https://en.wikipedia.org/wiki/Edward_Coke. */
export function wikipediaUrlForTitle(title: string, lang = 'en'): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeWikipediaTitle(title)}`;
}

/**
 * One spelling per Wikipedia article, so the same person found in two files (or two sources) is one
 * record: https, a language host ("wikipedia.org" means English), one percent-encoding, no fragment.
 * Other http(s) URLs come back unchanged; anything else is null.
 */
export function normalizeWikipediaUrl(raw: string): string | null {
  // Some scraped links are doubled: "https://wikipedia.orghttps://wikipedia.org/wiki/Gus_Grissom".
  const trimmed = raw.trim();
  const last = trimmed.lastIndexOf('http');
  const candidate =
    last > 0 && /^https?:\/\//.test(trimmed.slice(last)) ? trimmed.slice(last) : trimmed;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const match = WIKI_PATH.exec(url.pathname);
  if (!(host === 'wikipedia.org' || host.endsWith('.wikipedia.org')) || !match?.[1])
    return url.toString();
  const lang =
    host === 'wikipedia.org' || host === 'www.wikipedia.org'
      ? 'en'
      : host.replace(/\.(m\.)?wikipedia\.org$/, '');
  let title: string;
  try {
    title = decodeURIComponent(match[1]);
  } catch {
    title = match[1];
  }
  return wikipediaUrlForTitle(title, lang);
}

/** The Wikipedia page of a calendar day, the source both formats were scraped from: (2, 1) -> .../wiki/February_1. */
export function datePageUrl(month: number, day: number): string {
  return `https://en.wikipedia.org/wiki/${monthName(month)}_${day}`;
}

/** Links to year articles ("2018", "AD 6", "44 BC") say nothing about the entry; imports drop them. */
export function isYearTitle(title: string): boolean {
  return /^(?:AD\s*)?\d{1,4}(?:\s*(?:BCE?|AD|CE))?$/i.test(title.replace(/_/g, ' ').trim());
}
