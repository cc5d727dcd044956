import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose from 'mongoose';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

function bucket(): mongoose.mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: 'assets' });
}

async function upload(name: string, data: Buffer): Promise<mongoose.Types.ObjectId> {
  const stream = bucket().openUploadStream(name, { metadata: { pack: 'iot-fundamentals' } });
  await pipeline(Readable.from([data]), stream);
  return stream.id;
}

async function download(id: mongoose.Types.ObjectId): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of bucket().openDownloadStream(id)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('assets in GridFS', () => {
  test('a 300 KB file comes back byte for byte, with its length and metadata', async () => {
    const data = randomBytes(300 * 1024);
    const id = await upload('diagrams/city-sensors.png', data);
    expect((await download(id)).equals(data)).toBe(true);
    const [file] = await bucket().find({ _id: id }).toArray();
    expect(file?.length).toBe(data.length);
    expect(file?.filename).toBe('diagrams/city-sensors.png');
    expect(file?.metadata).toEqual({ pack: 'iot-fundamentals' });
  });

  test('a file can be found by name and deleted with its chunks', async () => {
    const id = await upload('a.svg', Buffer.from('<svg/>'));
    expect((await bucket().find({ filename: 'a.svg' }).toArray()).map((file) => file._id.toString())).toEqual([
      id.toString(),
    ]);
    await bucket().delete(id);
    expect(await bucket().find({ _id: id }).toArray()).toEqual([]);
    expect(await mongoose.connection.db?.collection('assets.chunks').countDocuments({ files_id: id })).toBe(0);
  });
});
