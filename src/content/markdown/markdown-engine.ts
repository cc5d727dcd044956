import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import taskLists from 'markdown-it-task-lists';
import { installAdmonitions } from './admonitions';
import { trackLinkOffsets, trackRawHtml } from './inline-tracking';
import { headingSlug, headingText } from './lesson-headings';
import { HIDDEN_QUIZ_TOKEN } from './lesson-segments';

/** The shared markdown-it instance for lessons and markdown-it's own URL encoder. */
export interface LessonEngine {
  md: MarkdownIt.MarkdownIt;
  /** markdown-it's `normalizeLink` (percent-encoding, punycode), applied after a target is resolved. */
  encodeHref: (url: string) => string;
}

let engine: LessonEngine | undefined;

/** Builds the engine on first use (never at import time) and reuses it: building costs far more than a parse. */
export function lessonEngine(): LessonEngine {
  engine ??= buildEngine();
  return engine;
}

function buildEngine(): LessonEngine {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  const encodeHref = md.normalizeLink.bind(md);
  // Links are judged after parsing, where refused ones can be reported: markdown-it's own check would turn
  // `[x](javascript:...)` into literal text silently. Keeping targets as written lets resolveLink see
  // the author's path; the resolved href is encoded afterwards.
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.use(anchor, { slugify: headingSlug, getTokensText: headingText, uniqueSlugStartIndex: 2, tabIndex: false });
  md.use(taskLists, { enabled: false });
  installAdmonitions(md);
  trackLinkOffsets(md);
  trackRawHtml(md);
  md.renderer.rules[HIDDEN_QUIZ_TOKEN] = () => '';
  return { md, encodeHref };
}
