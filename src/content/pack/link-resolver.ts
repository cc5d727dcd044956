import { posix } from 'node:path';
import type { LinkResolution, LinkTarget } from '../markdown';
import type { CheckedAsset } from './check-assets';
import { assetUrl, lessonUrl } from './pack-urls';

/** What relative links of a pack can point at. */
export interface LinkTargets {
  packId: string;
  /** Lesson id by file path (`lessons/02-sensors.md`). */
  lessons: ReadonlyMap<string, string>;
  /** Assets by file path (`assets/loop.png`). */
  assets: ReadonlyMap<string, CheckedAsset>;
  /** Every file of the pack, to tell a wrong kind of target from a missing one. */
  files: ReadonlySet<string>;
  /** Asset paths some lesson points at; filled while resolving (for the unused-asset warning). */
  used: Set<string>;
}

/** Where links are resolved from: the source lesson's folder, also for its translations. */
export interface LinkBase {
  /** The source lesson's path; relative targets resolve from its folder. */
  lessonFile: string;
  /** True when resolving for a translation (messages then say where links resolve from). */
  translated: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Makes the resolver the Markdown renderer calls: a lesson file becomes its lesson URL, an asset its hashed URL
 * (a download for links, not for images); web and mail links pass unchanged; anything else is a problem.
 */
export function linkResolver(targets: LinkTargets, base: LinkBase): (target: LinkTarget) => LinkResolution {
  return (target) => {
    const href = target.href.trim();
    if (SCHEME.test(href) || href.startsWith('//') || href.startsWith('#')) return { ok: true, href };
    if (href === '') return fail('link.missing-target', `The ${target.kind} "${target.text}" has no target.`);
    if (href.startsWith('/')) {
      return fail(
        'link.outside-pack',
        `${href} starts with /; link to files of the pack with a relative path such as ../assets/file.pdf.`,
      );
    }
    const { path, fragment } = splitHref(href);
    const resolved = posix.normalize(posix.join(posix.dirname(base.lessonFile), path));
    if (resolved === '..' || resolved.startsWith('../')) {
      return fail(
        'link.outside-pack',
        `${href} points outside the pack${note(base)}; targets must be files of the pack.`,
      );
    }
    return resolveInPack(targets, { target, href, resolved, fragment, base });
  };
}

interface InPack {
  target: LinkTarget;
  href: string;
  resolved: string;
  fragment: string;
  base: LinkBase;
}

function resolveInPack(targets: LinkTargets, { target, href, resolved, fragment, base }: InPack): LinkResolution {
  const lessonId = targets.lessons.get(resolved);
  if (lessonId !== undefined) {
    if (target.kind === 'image') return fail('link.not-an-image', `${href} is a lesson, not an image.`);
    return { ok: true, href: lessonUrl(targets.packId, lessonId) + fragment };
  }
  const asset = targets.assets.get(resolved);
  if (asset !== undefined) {
    targets.used.add(asset.path);
    if (target.kind === 'image' && !asset.isImage) {
      return fail(
        'link.not-an-image',
        `${href} is not an image (png, jpg, webp or gif); link to it instead: [text](${href}).`,
      );
    }
    const url = assetUrl(targets.packId, asset);
    return target.kind === 'image' ? { ok: true, href: url } : { ok: true, href: url, download: true };
  }
  if (targets.files.has(resolved)) {
    return fail(
      'link.unsupported-target',
      `${href} is neither a lesson nor an asset; links in a pack point at lessons/*.md or assets/.`,
    );
  }
  const guess = targets.lessons.has(`${resolved}.md`) ? ` Did you mean ${posix.basename(resolved)}.md?` : '';
  const code = resolved.startsWith('assets/') ? 'asset.missing' : 'link.missing-target';
  return fail(code, `${href} does not exist in the pack (looked for ${resolved}${note(base)}).${guess}`);
}

function splitHref(href: string): { path: string; fragment: string } {
  const hash = href.indexOf('#');
  const fragment = hash === -1 ? '' : href.slice(hash);
  const withoutFragment = hash === -1 ? href : href.slice(0, hash);
  const query = withoutFragment.indexOf('?');
  const path = query === -1 ? withoutFragment : withoutFragment.slice(0, query);
  return { path: safeDecode(path), fragment };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function note(base: LinkBase): string {
  return base.translated ? `, resolving from ${posix.dirname(base.lessonFile)}/ as translations do` : '';
}

function fail(code: string, message: string): LinkResolution {
  return { ok: false, code, message };
}
