/**
 * Just enough HTML reading for the bench: links, the CSRF field, and quiz forms filled like a hurried
 * learner would (first choice of every question). Tessera's own markup is regular, so tags are matched
 * with expressions rather than a parser the project does not depend on.
 */

/** A form ready to post: where, and the fields in page order. */
export interface FilledForm {
  action: string;
  fields: [string, string][];
}

type Attributes = Map<string, string>;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function attributesOf(tag: string): Attributes {
  const attributes: Attributes = new Map();
  const body = tag.replace(/^<[a-z0-9]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = m[1]?.toLowerCase();
    if (name !== undefined) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** Every distinct `href` in the page matching `pattern` (anchored at the start of the value), in page order. */
export function hrefs(html: string, pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<a\b[^>]*>/gi) ?? []) {
    const href = attributesOf(tag).get('href')?.split('#')[0];
    if (href !== undefined && pattern.test(href)) found.add(href);
  }
  return [...found];
}

/** The value of the first `<input name="…">` in the page, e.g. `_csrf`. */
export function inputValue(html: string, name: string): string | undefined {
  for (const tag of html.match(/<input\b[^>]*>/gi) ?? []) {
    const attributes = attributesOf(tag);
    if (attributes.get('name') === name) return attributes.get('value') ?? '';
  }
  return undefined;
}

function firstOption(selectHtml: string): string | undefined {
  for (const tag of selectHtml.match(/<option\b[^>]*>/gi) ?? []) {
    const value = attributesOf(tag).get('value');
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** The value a learner in a hurry would leave in one control, or undefined to send nothing. */
function chosenValue(tag: string, html: string, taken: Set<string>): [string, string] | undefined {
  const attributes = attributesOf(tag);
  const name = attributes.get('name');
  if (name === undefined || attributes.has('disabled')) return undefined;
  const element = /^<([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
  const type = (attributes.get('type') ?? 'text').toLowerCase();
  if (element === 'select') {
    const options = html.slice(html.indexOf(tag) + tag.length, html.indexOf('</select>', html.indexOf(tag)));
    const value = firstOption(options);
    return value === undefined ? undefined : [name, value];
  }
  if (element === 'textarea') return [name, '1'];
  if (type === 'submit' || type === 'button' || type === 'reset') return undefined;
  if (type === 'radio' || type === 'checkbox') {
    if (taken.has(name)) return undefined;
    taken.add(name);
    return [name, attributes.get('value') ?? 'on'];
  }
  if (type === 'hidden') return [name, attributes.get('value') ?? ''];
  return [name, attributes.get('value') || '1'];
}

/** Fills one form: hidden fields kept, first choice of each group, first option of each list, "1" typed. */
function fillForm(formTag: string, inner: string): FilledForm {
  const taken = new Set<string>();
  const fields: [string, string][] = [];
  for (const tag of inner.match(/<(input|select|textarea)\b[^>]*>/gi) ?? []) {
    const field = chosenValue(tag, inner, taken);
    if (field) fields.push(field);
  }
  return { action: attributesOf(formTag).get('action') ?? '', fields };
}

/** The page's POST forms whose action matches `pattern` (quiz forms), each filled in. */
export function postForms(html: string, pattern: RegExp): FilledForm[] {
  const forms: FilledForm[] = [];
  for (const m of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi)) {
    const [, formTag = '', inner = ''] = m;
    const attributes = attributesOf(formTag);
    if ((attributes.get('method') ?? 'get').toLowerCase() !== 'post') continue;
    if (!pattern.test(attributes.get('action') ?? '')) continue;
    forms.push(fillForm(formTag, inner));
  }
  return forms;
}

/** The fields as an `application/x-www-form-urlencoded` body. */
export function encodeForm(fields: readonly [string, string][]): string {
  return new URLSearchParams(fields).toString();
}
