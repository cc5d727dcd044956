import { contentDispositionOf, contentTypeOf } from '../../../../src/features/learning/asset-response';

describe('asset response headers', () => {
  it('images are shown inline; PDF, CSV and text files are downloads', () => {
    expect(contentDispositionOf({ name: 'map.png', mediaType: 'image/png' })).toMatch(/^inline; /);
    expect(contentDispositionOf({ name: 'photo.jpg', mediaType: 'image/jpeg' })).toMatch(/^inline; /);
    for (const [name, mediaType] of [
      ['guide.pdf', 'application/pdf'],
      ['data.csv', 'text/csv'],
      ['notes.txt', 'text/plain'],
    ] as const) {
      expect(contentDispositionOf({ name, mediaType })).toBe(
        `attachment; filename="${name}"; filename*=UTF-8''${name}`,
      );
    }
  });

  it('a name with non-ASCII characters or quotes gets an ASCII fallback and the exact name in filename*', () => {
    expect(contentDispositionOf({ name: 'μετρήσεις "2025".csv', mediaType: 'text/csv' })).toBe(
      `attachment; filename="_________ _2025_.csv"; filename*=UTF-8''%CE%BC%CE%B5%CF%84%CF%81%CE%AE%CF%83%CE%B5%CE%B9%CF%82%20%222025%22.csv`,
    );
  });

  it('text files say they are UTF-8; other types are sent as stored', () => {
    expect(contentTypeOf({ mediaType: 'text/csv' })).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf({ mediaType: 'text/plain' })).toBe('text/plain; charset=utf-8');
    expect(contentTypeOf({ mediaType: 'image/webp' })).toBe('image/webp');
  });
});
