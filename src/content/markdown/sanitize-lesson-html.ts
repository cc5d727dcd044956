import sanitizeHtml from 'sanitize-html';

// allowedEmptyAttributes exists in sanitize-html 2.17 but not in @types/sanitize-html 2.16.
type Options = sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] };

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const ADMONITION_CLASSES = [
  'admonition',
  'admonition-note',
  'admonition-tip',
  'admonition-warning',
  'admonition-important',
];
const TEXT_ALIGN = /^text-align\s*:\s*(left|right|center)$/i;

let options: Options | undefined;

/**
 * Keeps only what lesson Markdown produces: its tags, per-tag attributes, http/https/mailto or relative
 * URLs. Task-list checkboxes are forced disabled and images lazy, whatever the input says.
 */
export function sanitizeLessonHtml(html: string): string {
  options ??= buildOptions();
  return sanitizeHtml(html, options);
}

function buildOptions(): Options {
  return {
    allowedTags: [
      ...HEADINGS,
      ...['p', 'a', 'img', 'ul', 'ol', 'li', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'hr', 'br'],
      ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'div', 'aside'],
    ],
    allowedAttributes: allowedAttributes(),
    allowedClasses: allowedClasses(),
    // Only table cells keep a style, and only their alignment (checked in transformTags): sanitize-html's own
    // style filter parses every style with postcss, which doubled the time of table-heavy lessons.
    parseStyleAttributes: false,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: true,
    // Without this sanitize-html deletes `download=""`; an empty alt marks a decorative image.
    allowedEmptyAttributes: ['alt', 'download'],
    disallowedTagsMode: 'discard',
    exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
    transformTags: transformTags(),
  };
}

function allowedClasses(): Record<string, string[]> {
  return {
    code: ['language-*'],
    pre: ['language-*'],
    aside: ADMONITION_CLASSES,
    div: ADMONITION_CLASSES,
    p: ['admonition-title'],
    ul: ['contains-task-list'],
    ol: ['contains-task-list'],
    li: ['task-list-item'],
    input: ['task-list-item-checkbox'],
  };
}

// Restricted values are enforced here rather than with sanitize-html's `values` lists, which leave an empty
// attribute behind (`<aside role>`) when they refuse a value.
function transformTags(): Record<string, sanitizeHtml.Transformer> {
  return {
    a: (tagName, attribs) => ({ tagName, attribs: keepRel(attribs) }),
    aside: (tagName, attribs) => ({ tagName, attribs: keepNoteRole(attribs) }),
    div: (tagName, attribs) => ({ tagName, attribs: keepNoteRole(attribs) }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
    th: (tagName, attribs) => ({ tagName, attribs: keepAlignment(attribs) }),
    td: (tagName, attribs) => ({ tagName, attribs: keepAlignment(attribs) }),
  };
}

function keepRel(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const rel = (attribs.rel ?? '').split(/\s+/).filter((value) => value === 'noopener' || value === 'noreferrer');
  return withAttribute(attribs, 'rel', rel.length > 0 ? rel.join(' ') : null);
}

function keepNoteRole(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  return withAttribute(attribs, 'role', attribs.role === 'note' ? 'note' : null);
}

function keepAlignment(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const declarations = (attribs.style ?? '').split(';').map((declaration) => declaration.trim());
  const align = declarations.map((declaration) => TEXT_ALIGN.exec(declaration)?.[1]).find((value) => value);
  return withAttribute(attribs, 'style', align ? `text-align:${align.toLowerCase()}` : null);
}

/** Replaces or removes one attribute in place, keeping the others' order (the output stays predictable). */
function withAttribute(attribs: sanitizeHtml.Attributes, name: string, value: string | null): sanitizeHtml.Attributes {
  const entries = Object.entries(attribs).flatMap(([key, old]) =>
    key !== name ? [[key, old]] : value === null ? [] : [[key, value]],
  );
  return Object.fromEntries(entries) as sanitizeHtml.Attributes;
}

function allowedAttributes(): Record<string, string[]> {
  const admonition = ['class', 'role', 'aria-label'];
  return {
    ...Object.fromEntries(HEADINGS.map((tag) => [tag, ['id']])),
    a: ['href', 'title', 'rel', 'download'],
    img: ['src', 'alt', 'title', 'loading', 'width', 'height'],
    code: ['class'],
    pre: ['class'],
    th: ['style'],
    td: ['style'],
    aside: admonition,
    div: admonition,
    p: ['class'],
    ul: ['class'],
    ol: ['class', 'start'],
    li: ['class'],
    input: ['class', 'type', 'checked', 'disabled'],
  };
}
