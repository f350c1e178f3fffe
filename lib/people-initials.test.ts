import { describe, expect, it } from 'vitest';
import { slugify } from './slugs';
import {
  initialSlugRange,
  PEOPLE_INITIALS,
  parsePeopleInitial,
  peopleInitialLabel,
  type SlugRange,
} from './people-initials';

const inRange = (slug: string, r: SlugRange) =>
  (r.from === undefined || slug >= r.from) && (r.to === undefined || slug < r.to);

describe('people initials', () => {
  it('put every slug in exactly one group, accented names under their letter', () => {
    const names = [
      'Émile Zola',
      'Ōtomo no Yakamochi',
      '50 Cent',
      'Zhou Enlai',
      'Ada Lovelace',
      'Þórr',
    ];
    for (const name of names) {
      const slug = slugify(name);
      const groups = PEOPLE_INITIALS.filter((i) => inRange(slug, initialSlugRange(i)));
      expect(groups, `${name} (${slug})`).toHaveLength(1);
    }
    const groupOf = (name: string) =>
      PEOPLE_INITIALS.find((i) => inRange(slugify(name), initialSlugRange(i)));
    expect(groupOf('Émile Zola')).toBe('e');
    expect(groupOf('50 Cent')).toBe('0-9');
    expect(groupOf('Zhou Enlai')).toBe('z');
  });

  it('read and label URL segments', () => {
    expect(parsePeopleInitial('j')).toBe('j');
    expect(parsePeopleInitial('0-9')).toBe('0-9');
    for (const bad of ['J', 'ab', '', '0', 'é']) expect(parsePeopleInitial(bad)).toBeNull();
    expect(peopleInitialLabel('j')).toBe('J');
    expect(peopleInitialLabel('0-9')).toBe('0–9');
  });
});
