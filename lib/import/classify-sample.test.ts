import { describe, expect, it } from 'vitest';
import { CATEGORY_FOR_KIND, DEFAULT_CATEGORIES, DEFAULT_CATEGORY_SLUG } from '@/lib/categories';
import sampleFile from '@/test/fixtures/category-sample.json';
import { classifyEntry } from './classify';

type Labelled = { text: string; links: string[]; category: string; alsoOk?: string[] };

/**
 * Precision: of the events the classifier files somewhere other than the default category, the
 * share filed where the hand label (or its acceptable second) says. Default share: of all events.
 */
function measure(entries: readonly Labelled[]) {
  let filed = 0;
  let correct = 0;
  const wrong: string[] = [];
  for (const e of entries) {
    const got = classifyEntry({
      kind: 'event',
      text: e.text,
      links: e.links.map((title) => ({ title })),
    });
    if (got === DEFAULT_CATEGORY_SLUG) continue;
    filed++;
    if (got === e.category || e.alsoOk?.includes(got)) correct++;
    else wrong.push(`${got} (label ${e.category}): ${e.text.slice(0, 90)}`);
  }
  return {
    size: entries.length,
    precision: correct / filed,
    defaultShare: (entries.length - filed) / entries.length,
    wrong,
  };
}

function report(name: string, m: ReturnType<typeof measure>) {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(
    `${name}: ${m.size} events, precision ${pct(m.precision)}, default category ${pct(m.defaultShare)}`,
  );
  if (m.wrong.length > 0) console.log(`  misfiled:\n  ${m.wrong.join('\n  ')}`);
}

describe('classifyEntry on hand-labelled imported events (test/fixtures/category-sample.json)', () => {
  it('is labelled with categories an event can have, and the holdout is another set of events', () => {
    const byKind = new Set<string>(Object.values(CATEGORY_FOR_KIND));
    const eventSlugs = DEFAULT_CATEGORIES.map((c) => c.slug).filter((s) => !byKind.has(s));
    const all: Labelled[] = [...sampleFile.sample, ...sampleFile.holdout];
    for (const e of all)
      expect(eventSlugs).toEqual(expect.arrayContaining([e.category, ...(e.alsoOk ?? [])]));
    const where = (e: { file: string; index: number }) => `${e.file}#${e.index}`;
    const sample = new Set(sampleFile.sample.map(where));
    expect(sample.size).toBe(sampleFile.sample.length);
    expect(sampleFile.holdout.filter((e) => sample.has(where(e)))).toEqual([]);
  });

  it('files at least 90 % of the sample right and leaves at most 10 % in the default category', () => {
    const m = measure(sampleFile.sample);
    report('sample', m);
    expect(m.size).toBeGreaterThanOrEqual(200);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.defaultShare).toBeLessThanOrEqual(0.1);
  });

  it('does about as well on the holdout, which no rule was tuned on', () => {
    const m = measure(sampleFile.holdout);
    report('holdout', m);
    expect(m.size).toBeGreaterThanOrEqual(50);
    expect(m.precision).toBeGreaterThanOrEqual(0.85);
    expect(m.defaultShare).toBeLessThanOrEqual(0.15);
  });
});
