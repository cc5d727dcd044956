/**
 * The URLs of a pack's pages and files, built in one place because the content core writes them into lesson
 * HTML at import time and the web routes must answer exactly them.
 */

/** How many hex characters of an asset's SHA-256 its URL holds (a new file content gets a new URL). */
export const ASSET_HASH_LENGTH = 16;

/** The page of a module (pack). */
export function moduleUrl(packId: string): string {
  return `/modules/${packId}`;
}

/** The page of a lesson; language is not part of it (the reader's language choice is). */
export function lessonUrl(packId: string, lessonId: string): string {
  return `${moduleUrl(packId)}/lessons/${lessonId}`;
}

/** The URL of an asset: content-addressed by hash, so it can be cached forever, and named for the download. */
export function assetUrl(packId: string, asset: { sha256: string; name: string }): string {
  return `${moduleUrl(packId)}/assets/${asset.sha256.slice(0, ASSET_HASH_LENGTH)}/${encodeURIComponent(asset.name)}`;
}
