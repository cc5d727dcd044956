import { linkResolver, type LinkTargets } from '../../../../src/content/pack/link-resolver';
import type { CheckedAsset } from '../../../../src/content/pack/check-assets';

const asset = (path: string, mediaType: string): CheckedAsset => ({
  ...{ path, name: path.split('/').pop() ?? '', mediaType, size: 1, sha256: 'ab'.repeat(32), bytes: Buffer.from('x') },
  ...{ isImage: mediaType.startsWith('image/'), valid: true },
});

function targets(): LinkTargets {
  return {
    packId: 'p',
    lessons: new Map([['lessons/02-next.md', 'next']]),
    assets: new Map([['assets/img/a b.png', asset('assets/img/a b.png', 'image/png')]]),
    files: new Set(['pack.yaml', 'lessons/02-next.md', 'assets/img/a b.png']),
    used: new Set(),
  };
}

const resolve = (href: string, kind: 'link' | 'image' = 'link', t = targets()) =>
  linkResolver(t, { lessonFile: 'lessons/01-first.md', translated: false })({
    href,
    kind,
    text: 'x',
    title: null,
    line: 3,
  });

describe('link resolution', () => {
  it('passes web, mail and same-page links unchanged', () => {
    expect(resolve('https://example.org/a')).toEqual({ ok: true, href: 'https://example.org/a' });
    expect(resolve('mailto:a@example.org')).toEqual({ ok: true, href: 'mailto:a@example.org' });
    expect(resolve('#section')).toEqual({ ok: true, href: '#section' });
  });

  it('turns a lesson file into its URL, keeping the fragment and dropping a query', () => {
    expect(resolve('02-next.md?x=1#part')).toEqual({ ok: true, href: '/modules/p/lessons/next#part' });
    expect(resolve('./../lessons/02-next.md')).toEqual({ ok: true, href: '/modules/p/lessons/next' });
  });

  it('finds assets in subfolders, with percent-encoded names, and records them as used', () => {
    const t = targets();
    const url = '/modules/p/assets/abababababababab/a%20b.png';
    expect(resolve('../assets/img/a%20b.png', 'link', t)).toEqual({ ok: true, href: url, download: true });
    expect(resolve('../assets/img/a b.png', 'image', t)).toEqual({ ok: true, href: url });
    expect([...t.used]).toEqual(['assets/img/a b.png']);
  });

  it('refuses a site-absolute path and suggests the .md a link forgot', () => {
    expect(resolve('/assets/x.png')).toMatchObject({ ok: false, code: 'link.outside-pack' });
    expect(resolve('02-next')).toMatchObject({
      ok: false,
      code: 'link.missing-target',
      message: expect.stringContaining('Did you mean 02-next.md?') as string,
    });
  });

  it('refuses a lesson used as an image', () => {
    expect(resolve('02-next.md', 'image')).toMatchObject({ ok: false, code: 'link.not-an-image' });
  });
});
