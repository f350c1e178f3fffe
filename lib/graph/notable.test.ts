import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTABLE_ARTICLES, notabilityMap } from './notable';

const tier = (n: 1 | 2) => [...NOTABLE_ARTICLES].filter(([, t]) => t === n).map(([title]) => title);

describe('NOTABLE_ARTICLES', () => {
  it('holds about 400 household names and about 2,000 widely known subjects', () => {
    expect(tier(2).length).toBeGreaterThanOrEqual(350);
    expect(tier(2).length).toBeLessThanOrEqual(500);
    expect(tier(1).length).toBeGreaterThanOrEqual(1500);
    expect(tier(1).length).toBeLessThanOrEqual(2500);
    expect(new Set(NOTABLE_ARTICLES.values())).toEqual(new Set([1, 2]));
  });

  it('names each article as the corpus links it: trimmed, with spaces and ASCII hyphens', () => {
    for (const title of NOTABLE_ARTICLES.keys()) {
      expect(title, title).toBe(title.trim());
      expect(title, title).not.toMatch(/_|\s{2}|–|^[a-z]/);
    }
  });

  it('ranks the famous from every field and region', () => {
    for (const title of [
      'Albert Einstein',
      'Britney Spears',
      'Apollo 11',
      'World War II',
      'RMS Titanic',
      'Paris',
      'Mahatma Gandhi',
      'Pelé',
      'Confucius',
      'Frida Kahlo',
      'Fall of the Berlin Wall',
      'Storming of the Bastille',
      'Sinking of the RMS Titanic',
    ])
      expect(NOTABLE_ARTICLES.get(title), title).toBe(2);
    for (const title of [
      'Nelson Mandela',
      'Akira Kurosawa',
      'Marie Curie',
      'Genghis Khan',
      'Shakira',
    ])
      expect(NOTABLE_ARTICLES.has(title), title).toBe(true);
    for (const title of ['Ella Fitzgerald', 'Battle of Midway', 'Kyoto', 'Kwame Nkrumah'])
      expect(NOTABLE_ARTICLES.get(title), title).toBe(1);
    expect(NOTABLE_ARTICLES.get('A minor rugby player')).toBeUndefined();
  });

  it('refuses a title listed twice', () => {
    expect(() =>
      notabilityMap([
        [2, ['Paris']],
        [1, ['Rome', 'Paris']],
      ]),
    ).toThrow('"Paris" is listed twice (tier 2 and tier 1)');
  });
});

// Every title must be one the corpus links, or it can raise no entry (scripts/dev/check-notable.ts
// says which). The corpus lives beside the project; without it this is skipped.
const corpus = path.resolve(process.cwd(), '../shared/data/muffinlabs');
const hasCorpus = fs.existsSync(corpus);
if (!hasCorpus) console.log(`skipping the corpus check: ${corpus} not found`);

describe.skipIf(!hasCorpus)('NOTABLE_ARTICLES against the muffinlabs corpus', () => {
  it('lists only titles that corpus entries link', () => {
    const linked = new Set<string>();
    for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.json'))) {
      const day = JSON.parse(fs.readFileSync(path.join(corpus, name), 'utf8')) as {
        data: Record<string, { links?: { title: string }[] }[]>;
      };
      for (const entries of Object.values(day.data))
        for (const entry of entries) for (const link of entry.links ?? []) linked.add(link.title);
    }
    expect([...NOTABLE_ARTICLES.keys()].filter((t) => !linked.has(t))).toEqual([]);
  });
});
