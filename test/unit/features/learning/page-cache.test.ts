import { PageCache, type PageKey } from '../../../../src/features/learning/page-cache';

const key = (lessonId: string, language = 'en', source = false): PageKey => ({
  packId: 'iot-basics',
  lessonId,
  language,
  source,
});

describe('PageCache', () => {
  it('keeps a page per pack, lesson, language and ?source, with a weak ETag computed once', () => {
    const pages = new PageCache();
    pages.set(1, key('intro'), '<p>en</p>');
    pages.set(1, key('intro', 'el'), '<p>el</p>');
    pages.set(1, key('intro', 'el', true), '<p>source</p>');

    expect(pages.get(1, key('intro'))?.body.toString()).toBe('<p>en</p>');
    expect(pages.get(1, key('intro', 'el'))?.body.toString()).toBe('<p>el</p>');
    expect(pages.get(1, key('intro', 'el', true))?.body.toString()).toBe('<p>source</p>');
    expect(pages.get(1, key('other'))).toBeUndefined();
    expect(pages.get(1, key('intro'))?.etag).toMatch(/^W\/"9-[A-Za-z0-9+/]{27}"$/);
  });

  it('drops every page when the catalogue revision changes', () => {
    const pages = new PageCache();
    pages.set(1, key('intro'), 'old');

    expect(pages.get(2, key('intro'))).toBeUndefined();
    expect(pages.size).toBe(0);
    expect(pages.get(1, key('intro'))).toBeUndefined();
  });

  it('does not keep a page rendered from a revision that a publish replaced meanwhile', () => {
    const pages = new PageCache();
    pages.get(1, key('intro'));
    pages.get(2, key('other'));

    const served = pages.set(1, key('intro'), 'rendered before the publish');

    expect(served.body.toString()).toBe('rendered before the publish');
    expect(pages.get(2, key('intro'))).toBeUndefined();
  });

  it('is bounded: the least recently used page goes first', () => {
    const pages = new PageCache(2);
    pages.set(1, key('a'), 'a');
    pages.set(1, key('b'), 'b');
    pages.get(1, key('a'));
    pages.set(1, key('c'), 'c');

    expect(pages.size).toBe(2);
    expect(pages.get(1, key('b'))).toBeUndefined();
    expect(pages.get(1, key('a'))?.body.toString()).toBe('a');
    expect(pages.get(1, key('c'))?.body.toString()).toBe('c');
  });
});
