import { describe, expect, it } from 'vitest';
import { articleContentUrls, readWikipediaArticleUrl } from './wikipedia-pages';

describe('readWikipediaArticleUrl', () => {
  it('reads the article from the URL an import stored, desktop or mobile', () => {
    expect(readWikipediaArticleUrl('https://en.wikipedia.org/wiki/Lorenzo_de%27_Medici')).toEqual({
      lang: 'en',
      canonical: "Lorenzo_de'_Medici",
      normalized: "Lorenzo de' Medici",
      namespace: { id: 0, text: '' },
      key: "Lorenzo_de'_Medici",
    });
    expect(readWikipediaArticleUrl('https://de.m.wikipedia.org/wiki/M%C3%BCnchen')).toMatchObject({
      lang: 'de',
      normalized: 'München',
    });
    // A colon alone makes no namespace: "Star Trek: The Original Series" is an article.
    expect(
      readWikipediaArticleUrl('https://en.wikipedia.org/wiki/Star_Trek:_The_Original_Series')
        ?.namespace,
    ).toEqual({ id: 0, text: '' });
  });

  it('is null for what is not an article', () => {
    for (const url of [
      'https://www.example.org/wiki/Paris',
      'https://www.wikipedia.org/wiki/Paris',
      'https://en.wikipedia.org/w/index.php?title=Paris',
      'https://en.wikipedia.org/wiki/Paris?action=history',
      'https://en.wikipedia.org/wiki/Special:Random',
      'https://en.wikipedia.org/wiki/%E0%A4%A',
      'not a url',
    ])
      expect({ url, article: readWikipediaArticleUrl(url) }).toEqual({ url, article: null });
  });
});

describe('articleContentUrls', () => {
  it('gives a talk page its own URLs but no talk page of its own', () => {
    const talk = readWikipediaArticleUrl('https://en.wikipedia.org/wiki/Talk:Paris');
    if (!talk) throw new Error('expected an article');
    expect(talk.namespace).toEqual({ id: 1, text: 'Talk' });
    const urls = articleContentUrls(talk);
    expect(urls.desktop).toEqual({
      page: 'https://en.wikipedia.org/wiki/Talk:Paris',
      revisions: 'https://en.wikipedia.org/wiki/Talk:Paris?action=history',
      edit: 'https://en.wikipedia.org/wiki/Talk:Paris?action=edit',
    });
    const category = readWikipediaArticleUrl('https://en.wikipedia.org/wiki/Category:1478_deaths');
    expect(category && articleContentUrls(category).mobile.talk).toBe(
      'https://en.m.wikipedia.org/wiki/Category_talk:1478_deaths',
    );
  });
});
