import { useExampleCopy, expectOnlyProblem, lineOf } from '../support/example-pack';

const copy = useExampleCopy();

const PACK = 'complete-example';
const THIRD = 'lessons/03-acting-on-data.md';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/** Appends a paragraph to the third lesson (before its quiz) and returns its line and the column of `needle`. */
async function addParagraph(text: string, needle: string): Promise<{ line: number; column: number }> {
  await copy().edit(THIRD, '## Check your understanding', `${text}\n\n## Check your understanding`);
  const body = await copy().read(THIRD);
  const line = lineOf(body, text);
  return { line, column: (body.split('\n')[line - 1] ?? '').indexOf(needle) + 1 };
}

/** Adds an asset and links to it, so the only problem is the asset's own. */
async function addLinkedAsset(name: string, bytes: Buffer): Promise<void> {
  await copy().write(`assets/${name}`, bytes);
  await addParagraph(`See [the file](../assets/${name}).`, '[');
}

describe('asset problems', () => {
  it('an SVG is asset.svg-not-allowed', async () => {
    await addLinkedAsset('diagram.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'assets/diagram.svg', line: null, column: null },
      code: 'asset.svg-not-allowed',
    });
  });

  it('an extension outside png, jpg, jpeg, webp, gif, pdf, csv, txt is asset.extension-not-allowed', async () => {
    await addLinkedAsset('notes.docx', Buffer.from('PK\u0003\u0004'));
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'assets/notes.docx', line: null, column: null },
      code: 'asset.extension-not-allowed',
    });
  });

  it('an asset over 10 MB is asset.too-large', async () => {
    await addLinkedAsset('huge.png', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'assets/huge.png', line: null, column: null },
      code: 'asset.too-large',
    });
  });

  it('a .png whose bytes are a PDF is asset.type-mismatch, naming what it is', async () => {
    await addLinkedAsset('photo.png', Buffer.from('%PDF-1.4\n%%EOF\n'));
    const found = expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'assets/photo.png', line: null, column: null },
      code: 'asset.type-mismatch',
    });
    expect(found.message).toContain('application/pdf');
  });

  it('a .csv holding a NUL byte is asset.type-mismatch', async () => {
    await addLinkedAsset('data.csv', Buffer.from('a,b\n1,\u0000\n'));
    expectOnlyProblem(await copy().validate(), {
      ...{ pack: PACK, file: 'assets/data.csv', line: null, column: null },
      code: 'asset.type-mismatch',
    });
  });

  it('an asset no lesson uses is an asset.unused warning, and the pack still builds', async () => {
    await copy().write('assets/spare.txt', 'spare');
    const run = await copy().validate();
    expectOnlyProblem(run, {
      ...{ pack: PACK, file: 'assets/spare.txt', line: null, column: null },
      ...{ code: 'asset.unused', severity: 'warning' },
    });
    expect(run.packs).toHaveLength(1);
  });
});

describe('link problems', () => {
  it('a link to a missing asset is asset.missing at the link', async () => {
    const at = await addParagraph('Get [the map](../assets/map.pdf).', '[');
    expectOnlyProblem(await copy().validate(), { pack: PACK, file: THIRD, ...at, code: 'asset.missing' });
  });

  it('a missing image is asset.missing at the image', async () => {
    const at = await addParagraph('![A city map](../assets/map.png)', '!');
    expectOnlyProblem(await copy().validate(), { pack: PACK, file: THIRD, ...at, code: 'asset.missing' });
  });

  it('a link to a lesson file that does not exist is link.missing-target', async () => {
    const at = await addParagraph('Then read [the next lesson](04-next.md).', '[');
    expectOnlyProblem(await copy().validate(), { pack: PACK, file: THIRD, ...at, code: 'link.missing-target' });
  });

  it('a link climbing out of the pack is link.outside-pack', async () => {
    const at = await addParagraph('Compare [another pack](../../other/lessons/01-a.md).', '[');
    expectOnlyProblem(await copy().validate(), { pack: PACK, file: THIRD, ...at, code: 'link.outside-pack' });
  });

  it('an image pointing at a CSV is link.not-an-image', async () => {
    const at = await addParagraph('![Readings](../assets/air-quality-sample.csv)', '!');
    expectOnlyProblem(await copy().validate(), { pack: PACK, file: THIRD, ...at, code: 'link.not-an-image' });
  });

  it('a link to pack.yaml is link.unsupported-target', async () => {
    const at = await addParagraph('See [the manifest](../pack.yaml).', '[');
    expectOnlyProblem(await copy().validate(), { pack: PACK, file: THIRD, ...at, code: 'link.unsupported-target' });
  });
});
