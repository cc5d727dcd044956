import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { manifestSchema } from '../manifest/manifest-schema';
import { problem, type LocatedProblem } from '../problems';
import { decodeText } from '../text/decode-text';
import { isIso6391 } from '../text/iso-639-1';
import { splitFrontMatter } from '../yaml/front-matter';
import { loadYaml } from '../yaml/load-yaml';
import { parseYaml } from '../yaml/parse-yaml';
import { sourceHash } from './source-hash';

/** What a stub run did, as paths relative to the pack. */
export interface StubResult {
  created: string[];
  /** Files that already existed and were left untouched. */
  skipped: string[];
  /** Why nothing was created (bad language, unreadable pack.yaml). */
  problems: LocatedProblem[];
}

/**
 * Starts a translation: writes translations/<lang>/pack.yaml (title, summary, outcomes to translate) and one file
 * per source lesson with the source body and the right `source` hash. Existing files are never overwritten.
 */
export async function createTranslationStub(packDir: string, language: string): Promise<StubResult> {
  const result: StubResult = { created: [], skipped: [], problems: [] };
  if (!isIso6391(language)) {
    const message = `\`${language}\` is not a two-letter ISO 639-1 language code such as \`el\`.`;
    return {
      ...result,
      problems: [problem('translation.invalid-language', message, { file: `translations/${language}` })],
    };
  }
  const manifestBytes = await readFile(join(packDir, 'pack.yaml')).catch(() => undefined);
  if (manifestBytes === undefined) {
    const message = `${packDir} has no pack.yaml; give the folder of one pack.`;
    return { ...result, problems: [problem('pack.missing-manifest', message, { file: 'pack.yaml' })] };
  }
  const loaded = loadYaml(manifestBytes, 'pack.yaml', manifestSchema);
  if (loaded.value === undefined) return { ...result, problems: loaded.problems };
  if (loaded.value.language === language) {
    const message = `\`${language}\` is the pack's source language; translations are into other languages.`;
    return { ...result, problems: [problem('translation.source-language', message, { file: 'pack.yaml' })] };
  }
  const { title, summary, outcomes } = loaded.value;
  const header = '# Translate the texts; keys stay as they are. Only title, summary and outcomes belong here.\n';
  await writeNew(
    packDir,
    `translations/${language}/pack.yaml`,
    header + stringify({ title, summary, outcomes }),
    result,
  );
  const lessonFiles = (await readdir(join(packDir, 'lessons')).catch(() => [])).filter((f) => f.endsWith('.md'));
  for (const name of lessonFiles.sort()) {
    const bytes = await readFile(join(packDir, 'lessons', name));
    await writeNew(packDir, `translations/${language}/lessons/${name}`, stubLesson(bytes, name), result);
  }
  return result;
}

/** A translated lesson to start from: the source title and body, and the hash of the source it copies. */
function stubLesson(bytes: Buffer, name: string): string {
  const decoded = decodeText(bytes, name);
  const text = decoded.ok ? decoded.text : '';
  const split = splitFrontMatter(text, name);
  const title = split.yaml === undefined ? '' : titleOf(split.yaml);
  return `---\n${stringify({ title, source: sourceHash(bytes) })}---\n${split.body}`;
}

function titleOf(yaml: string): string {
  const data = parseYaml(yaml, { file: '', firstLine: 2 }).data as { title?: unknown } | null | undefined;
  return typeof data?.title === 'string' ? data.title : '';
}

async function writeNew(packDir: string, relative: string, content: string, result: StubResult): Promise<void> {
  const path = join(packDir, ...relative.split('/'));
  await mkdir(join(path, '..'), { recursive: true });
  try {
    await writeFile(path, content, { flag: 'wx' });
    result.created.push(relative);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    result.skipped.push(relative);
  }
}
