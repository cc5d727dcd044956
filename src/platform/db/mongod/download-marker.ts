/**
 * Remembers that downloading mongod failed, so later starts on a machine without internet go straight to
 * the fallback instead of waiting for the download to fail again (about 6 s there). Retried after 24 h.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../atomic-file';

/** How long a failed download is trusted before the next attempt. */
export const DOWNLOAD_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const MARKER_NAME = 'mongod-download-failed.json';

const markerSchema = z.object({ failedAt: z.iso.datetime(), version: z.string(), reason: z.string() });

/** What the marker file records. */
export type DownloadFailure = z.infer<typeof markerSchema>;

/** The marker's path inside the data folder. */
export function downloadMarkerPath(dataDir: string): string {
  return path.join(dataDir, MARKER_NAME);
}

/** Reads the marker; a missing or unreadable marker means "no failure recorded". */
export async function readDownloadMarker(dataDir: string): Promise<DownloadFailure | null> {
  try {
    const parsed = markerSchema.safeParse(JSON.parse(await readFile(downloadMarkerPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Records a failed download. */
export async function writeDownloadMarker(dataDir: string, failure: DownloadFailure): Promise<void> {
  await writeFileAtomically(downloadMarkerPath(dataDir), `${JSON.stringify(failure, null, 2)}\n`);
}

/** Forgets a failure (after a successful download). */
export async function clearDownloadMarker(dataDir: string): Promise<void> {
  await rm(downloadMarkerPath(dataDir), { force: true });
}

/** When the next download may be tried. */
export function nextDownloadAttempt(failure: DownloadFailure): Date {
  return new Date(Date.parse(failure.failedAt) + DOWNLOAD_RETRY_AFTER_MS);
}
