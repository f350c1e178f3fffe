import { splitTitle } from './short-title';

type Texts = { title: string; summary: string };

/**
 * An event's whole text as one passage. An imported entry's title is its first sentence (without
 * its full stop) and its summary the sentences after it, so the passage is the entry as its source
 * had it. A birth's summary starts with the person's name, and an event imported before titles were
 * whole sentences has its title cut short ("…") and its whole text in the summary: then the summary
 * is the passage. An event without a summary is its title.
 */
export function entryText({ title, summary }: Texts): string {
  const t = title.trim();
  const s = summary.trim();
  if (!s) return t;
  const stem = t.replace(/…$/, '').trimEnd();
  if (!stem || s.startsWith(stem)) return s;
  return `${t}${/[.!?…]["”’')]*$/.test(t) ? '' : '.'} ${s}`;
}

/**
 * The text that goes with an event's short title (lib/events/short-title.ts) where there is room for
 * a few lines (feed entries, meta descriptions, calendar entries): its summary, or the whole text
 * when the short title left part of the title out; empty when the short title says it all.
 */
export function textUnderShortTitle(e: Texts): string {
  const cut = splitTitle(e.title).rest !== '';
  return cut ? entryText(e) : e.summary.trim();
}

const comparable = (s: string) =>
  s
    .trim()
    .replace(/[.…\s]+$/, '')
    .toLowerCase();

/**
 * The summary as the event page shows it under the whole title: nothing when it only repeats the
 * title, and for a birth or death that reads "Name, what they were (d. 1962)" what follows the name.
 */
export function summaryUnderTitle({ title, summary }: Texts): string {
  const t = title.trim();
  const s = summary.trim();
  if (!s || comparable(s) === comparable(t)) return '';
  if (t && s.startsWith(`${t}, `)) {
    const rest = s.slice(t.length + 2).trim();
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return s;
}
