import type { z } from 'zod';
import type { LocatedProblem } from '../problems';
import { decodeText } from '../text/decode-text';
import { checkSchema } from './check-schema';
import { parseYaml, type ParsedYaml } from './parse-yaml';

/** A YAML file read and checked against its schema. */
export interface LoadedYaml<T> {
  value: T | undefined;
  parsed: ParsedYaml | undefined;
  problems: LocatedProblem[];
}

/** Decodes, parses and checks a whole YAML file (pack.yaml, _framework.yaml, ...), collecting every problem. */
export function loadYaml<T>(bytes: Uint8Array, file: string, schema: z.ZodType<T>): LoadedYaml<T> {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { value: undefined, parsed: undefined, problems: [decoded.problem] };
  return checkYamlText(decoded.text, { file, firstLine: 1 }, schema);
}

/** Parses and checks YAML text that starts at `firstLine` of `file` (front matter starts on line 2). */
export function checkYamlText<T>(
  text: string,
  at: { file: string; firstLine: number },
  schema: z.ZodType<T>,
): LoadedYaml<T> {
  const parsed = parseYaml(text, at);
  const checked = checkSchema(schema, parsed, at.file);
  return { value: checked.value, parsed, problems: [...parsed.problems, ...checked.problems] };
}
