/** How a link target may be used: relative (resolved in the pack), external web, mail, or refused. */
export type HrefKind = 'relative' | 'external' | 'mailto' | 'unsafe';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const PROTOCOL_RELATIVE = /^[/\\]{2}/;
// Browsers ignore ASCII control characters and spaces inside a scheme (`java\tscript:`), so the check does too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f]+/g;

/**
 * Classifies a link target. Anything with a scheme other than http, https or mailto is unsafe, including
 * obfuscations (mixed case, control characters, percent-encoding); entities were decoded by markdown-it.
 */
export function classifyHref(href: string): HrefKind {
  const plain = classifyOne(href);
  if (plain === 'unsafe') return plain;
  const decoded = safeDecode(href);
  return decoded === href ? plain : worst(plain, classifyOne(decoded));
}

function classifyOne(href: string): HrefKind {
  const compact = href.replace(IGNORED_BY_BROWSERS, '');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return PROTOCOL_RELATIVE.test(compact) ? 'external' : 'relative';
  if (scheme === 'http' || scheme === 'https') return 'external';
  return scheme === 'mailto' ? 'mailto' : 'unsafe';
}

function worst(a: HrefKind, b: HrefKind): HrefKind {
  return b === 'unsafe' ? b : a;
}

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
