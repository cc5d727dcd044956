import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import request from 'supertest';
import { useTestDatabase } from '../../support/database';
import { bumpedLabCopy, importLab, LAB, labApp, READING } from './learning-kit';

useTestDatabase();

/** The asset URLs the lesson links to, by file name. */
async function assetUrls(app: Parameters<typeof request>[0]): Promise<Map<string, string>> {
  const html = (await request(app).get(READING).expect(200)).text;
  const urls = [...html.matchAll(/"(\/modules\/learning-lab\/assets\/[0-9a-f]{16}\/([^"]+))"/g)];
  return new Map(urls.map((m) => [m[2] ?? '', m[1] ?? '']));
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('GET a pack asset', () => {
  it('an image › its bytes, type, length, immutable caching, nosniff, shown inline', async () => {
    const { app } = await labApp();
    const url = (await assetUrls(app)).get('sensor-loop.png') ?? '';

    const res = await request(app).get(url).buffer(true).expect(200);

    const bytes = readFileSync(join(LAB, 'assets', 'sensor-loop.png'));
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-length']).toBe(String(bytes.length));
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="sensor-loop.png"; filename*=UTF-8''sensor-loop.png`,
    );
    expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
  });

  it.each([
    ['air-sample.csv', 'text/csv; charset=utf-8'],
    ['field-notes.txt', 'text/plain; charset=utf-8'],
    ['checklist.pdf', 'application/pdf'],
  ])('%s › a download (attachment) with type %s and immutable caching', async (name, type) => {
    const { app } = await labApp();
    const url = (await assetUrls(app)).get(name) ?? '';

    const res = await request(app)
      .get(url)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => {
          done(null, Buffer.concat(chunks));
        });
      });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    expect(Buffer.compare(res.body as Buffer, readFileSync(join(LAB, 'assets', name)))).toBe(0);
  });

  it('listed in the published version but missing from GridFS › 404, not a broken download', async () => {
    const { app } = await labApp();
    const url = (await assetUrls(app)).get('checklist.pdf') ?? '';
    await mongoose.connection.db?.collection('assets.files').deleteMany({});

    const res = await request(app).get(url).expect(404);

    expect(res.headers['cache-control']).not.toBe(IMMUTABLE);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('HEAD › the headers without the bytes', async () => {
    const { app } = await labApp();
    const url = (await assetUrls(app)).get('sensor-loop.png') ?? '';

    const res = await request(app).head(url).expect(200);

    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-length']).toBe('142');
  });

  it('answers 304 to its own ETag without sending the bytes', async () => {
    const { app } = await labApp();
    const url = (await assetUrls(app)).get('sensor-loop.png') ?? '';
    const first = await request(app).get(url).expect(200);

    await request(app).get(url).set('If-None-Match', String(first.headers.etag)).expect(304);
  });

  it('unknown hash, unknown name, unknown pack or a malformed hash › 404', async () => {
    const { app } = await labApp();
    const url = (await assetUrls(app)).get('sensor-loop.png') ?? '';
    const hash = url.split('/')[4] ?? '';

    await request(app).get(url.replace(hash, '0000000000000000')).expect(404);
    await request(app).get(url.replace('sensor-loop.png', 'other.png')).expect(404);
    await request(app).get(url.replace('learning-lab', 'other-pack')).expect(404);
    await request(app).get(url.replace(hash, 'ZZZ')).expect(404);
  });

  it('an asset of a version that is no longer published › 404', async () => {
    const { app, catalog } = await labApp();
    const before = (await assetUrls(app)).get('field-notes.txt') ?? '';
    const copy = bumpedLabCopy('Sensors read the street every second');
    try {
      // The new version's notes have other bytes, hence another URL.
      const notes = join(copy.path, 'assets', 'field-notes.txt');
      writeFileSync(notes, 'Field notes, second edition.\n');
      await importLab(copy.path);
      await catalog.refresh();

      await request(app).get(before).expect(404);
      const after = (await assetUrls(app)).get('field-notes.txt') ?? '';
      expect(after).not.toBe(before);
      await request(app).get(after).expect(200);
    } finally {
      copy.remove();
    }
  });
});
