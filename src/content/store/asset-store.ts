import type { Readable } from 'node:stream';
import mongoose from 'mongoose';

const BUCKET = 'assets';

function bucket(): mongoose.mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('database not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
}

/** Stores asset bytes once per SHA-256 (identical files in many versions share one copy). */
export async function putAsset(asset: { sha256: string; mediaType: string; bytes: Buffer }): Promise<void> {
  const files = bucket();
  if ((await files.find({ filename: asset.sha256 }).limit(1).toArray()).length > 0) return;
  await new Promise<void>((resolve, reject) => {
    const upload = files.openUploadStream(asset.sha256, { metadata: { mediaType: asset.mediaType } });
    upload.once('finish', () => {
      resolve();
    });
    upload.once('error', reject);
    upload.end(asset.bytes);
  });
}

/** Whether the bytes of an asset are stored. */
export async function hasAsset(sha256: string): Promise<boolean> {
  return (await bucket().find({ filename: sha256 }).limit(1).toArray()).length > 0;
}

/** Streams an asset's bytes. */
export function openAsset(sha256: string): Readable {
  return bucket().openDownloadStreamByName(sha256);
}
