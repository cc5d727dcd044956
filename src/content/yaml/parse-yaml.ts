import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { problem, type LocatedProblem } from '../problems';

/** Where a YAML text sits in its file: the file path and the file line of the text's first line. */
export interface YamlContext {
  file: string;
  firstLine: number;
}

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A key path into parsed YAML, as zod reports it. */
export type KeyPath = readonly PropertyKey[];

/** A parsed YAML text: its plain value (undefined after a syntax error), its problems and a locator. */
export interface ParsedYaml {
  data: unknown;
  problems: LocatedProblem[];
  /** Position of the node at `path` (of its key when `part` is `key`); the nearest existing parent otherwise. */
  locate: (path: KeyPath, part?: 'key' | 'value') => Position;
  /** The text of the scalar at `path` as written (YAML reads `3e1234567890` as a number; a hash is text). */
  scalarText: (path: KeyPath) => string | undefined;
}

/** Parses YAML 1.2 (core schema: no dates, no executable tags), keeping positions for every problem. */
export function parseYaml(text: string, ctx: YamlContext): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: ctx.firstLine + Math.max(line, 1) - 1, column: Math.max(col, 1) };
  };
  const problems = [...doc.errors, ...doc.warnings].map((error) =>
    problem('yaml.syntax', `YAML syntax: ${firstSentence(error.message)}`, {
      file: ctx.file,
      ...toPosition(error.pos[0]),
    }),
  );
  const locate = (path: KeyPath, part: 'key' | 'value' = 'value'): Position => toPosition(offsetOf(doc, path, part));
  const scalarText = (path: KeyPath): string | undefined => {
    const node = doc.getIn(path as unknown[], true);
    return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
  };
  if (problems.length > 0) return { data: undefined, problems, locate, scalarText };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) as unknown, problems, locate, scalarText };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(problem('yaml.syntax', `YAML: ${firstSentence(message)}`, { file: ctx.file, ...locate([]) }));
    return { data: undefined, problems, locate, scalarText };
  }
}

/** The yaml package's messages span several lines with a code excerpt; the first line is the sentence. */
function firstSentence(message: string): string {
  const line = (message.split('\n')[0] ?? message).trim();
  return line.endsWith('.') ? line : `${line}.`;
}

function offsetOf(doc: Document, path: KeyPath, part: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    const next = childOf(node, segment);
    if (next === undefined) break;
    const keyOffset = rangeStart(next.key);
    const valueOffset = rangeStart(next.value);
    offset = (last && part === 'key' ? (keyOffset ?? valueOffset) : (valueOffset ?? keyOffset)) ?? offset;
    node = next.value;
  }
  return offset;
}

function childOf(node: unknown, segment: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return isNodeWithRange(node) ? node.range[0] : undefined;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
