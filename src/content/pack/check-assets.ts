import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { problem, type LocatedProblem } from '../problems';
import type { BuiltAsset } from './built-pack';
import { ALLOWED_EXTENSIONS, isImageType, MAX_ASSET_BYTES, mediaTypeFor, sniffMismatch } from './asset-types';

/** An asset file with what links need to know about it, whether or not it passed its checks. */
export interface CheckedAsset extends BuiltAsset {
  isImage: boolean;
  valid: boolean;
}

/** Checks every file of assets/: extension, size, and type from the bytes (SVG is refused in format version 1). */
export async function checkAssets(
  files: ReadonlyMap<string, Buffer>,
): Promise<{ assets: CheckedAsset[]; problems: LocatedProblem[] }> {
  const assets: CheckedAsset[] = [];
  const problems: LocatedProblem[] = [];
  for (const [path, bytes] of files) {
    const found = await checkAsset(path, bytes);
    problems.push(...found);
    const mediaType = mediaTypeFor(extensionOf(path)) ?? 'application/octet-stream';
    assets.push({
      ...{ path, name: posix.basename(path), mediaType, size: bytes.length, bytes },
      ...{
        sha256: createHash('sha256').update(bytes).digest('hex'),
        isImage: isImageType(mediaType),
        valid: found.length === 0,
      },
    });
  }
  return { assets, problems };
}

async function checkAsset(path: string, bytes: Buffer): Promise<LocatedProblem[]> {
  const at = { file: path };
  const extension = extensionOf(path);
  if (extension.toLowerCase() === 'svg') {
    const message = `${path}: SVG is not accepted in packs (it can carry scripts); export it as PNG.`;
    return [problem('asset.svg-not-allowed', message, at)];
  }
  const expected = mediaTypeFor(extension);
  if (expected === undefined) {
    const message = `${path} has an extension that assets may not have; use one of: ${ALLOWED_EXTENSIONS.join(', ')}.`;
    return [problem('asset.extension-not-allowed', message, at)];
  }
  const problems: LocatedProblem[] = [];
  if (bytes.length > MAX_ASSET_BYTES) {
    const megabytes = (bytes.length / (1024 * 1024)).toFixed(1);
    problems.push(problem('asset.too-large', `${path} is ${megabytes} MB; assets may be at most 10 MB.`, at));
  }
  const actual = await sniffMismatch(bytes, expected);
  if (actual !== undefined) {
    const message = `${path} is named .${extension} but its content is ${actual}; save it in the format its extension names.`;
    problems.push(problem('asset.type-mismatch', message, at));
  }
  return problems;
}

function extensionOf(path: string): string {
  return posix.extname(path).slice(1);
}
