import { readdir } from 'node:fs/promises';
import { problem, type LocatedProblem } from '../problems';
import { isIso6391 } from '../text/iso-639-1';

/** A translation file beside a content-folder file, such as `_framework.el.yaml`. */
export interface TranslationFile {
  language: string;
  file: string;
}

/** Lists `<base>.<lang>.yaml` files in `dir`; a suffix that is not an ISO 639-1 code is a problem. */
export async function listTranslationFiles(
  dir: string,
  base: string,
): Promise<{ files: TranslationFile[]; problems: LocatedProblem[] }> {
  const pattern = new RegExp(`^${base.replace('.', '\\.')}\\.([^.]+)\\.yaml$`);
  const files: TranslationFile[] = [];
  const problems: LocatedProblem[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const language = pattern.exec(name)?.[1];
    if (language === undefined) continue;
    if (isIso6391(language)) files.push({ language, file: name });
    else {
      const message = `\`${language}\` in ${name} is not a two-letter ISO 639-1 language code (such as \`el\`).`;
      problems.push(problem('translation.invalid-language', message, { file: name }));
    }
  }
  return { files, problems };
}
