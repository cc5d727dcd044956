import { createHash } from 'node:crypto';
import { sourceHash } from '../../../../src/content/translation/source-hash';

const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

describe('sourceHash', () => {
  it('is the first 12 hex characters of the SHA-256 of the bytes', () => {
    expect(sourceHash(Buffer.from('---\ntitle: A\n---\n\nText.\n'))).toBe(sha12('---\ntitle: A\n---\n\nText.\n'));
  });

  it('turns CRLF into LF first, so a Windows checkout gives the same hash', () => {
    expect(sourceHash(Buffer.from('a\r\nb\r\n'))).toBe(sourceHash(Buffer.from('a\nb\n')));
  });

  it('leaves a lone CR alone and changes with any other byte', () => {
    expect(sourceHash(Buffer.from('a\rb'))).not.toBe(sourceHash(Buffer.from('ab')));
    expect(sourceHash(Buffer.from('Text.'))).not.toBe(sourceHash(Buffer.from('Text!')));
  });

  it('accepts a string, hashed as UTF-8', () => {
    expect(sourceHash('Τι είναι;')).toBe(sourceHash(Buffer.from('Τι είναι;', 'utf8')));
  });
});
