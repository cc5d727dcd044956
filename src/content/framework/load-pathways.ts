import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem, type LocatedProblem } from '../problems';
import { loadYaml } from '../yaml/load-yaml';
import type { KeyPath, Position } from '../yaml/parse-yaml';
import { duplicateIdProblems, readOptional } from './content-files';
import { pathwaysSchema, pathwaysTranslationSchema } from './framework-schema';
import type { Pathway, Pathways } from './framework-types';
import { listTranslationFiles } from './translation-files';

/** File name of the optional pathways in a content folder. */
export const PATHWAYS_FILE = '_pathways.yaml';

/** Pathways as loaded (undefined when the folder has none or they are invalid) and every problem. */
export interface LoadedPathways {
  pathways: Pathways | undefined;
  problems: LocatedProblem[];
}

/** Loads `_pathways.yaml` and its translations; every pack a pathway names must be a known pack. */
export async function loadPathways(dir: string, knownPackIds: ReadonlySet<string>): Promise<LoadedPathways> {
  const bytes = await readOptional(join(dir, PATHWAYS_FILE));
  if (bytes === undefined) return { pathways: undefined, problems: [] };
  const loaded = loadYaml(bytes, PATHWAYS_FILE, pathwaysSchema);
  if (loaded.value === undefined || loaded.parsed === undefined)
    return { pathways: undefined, problems: loaded.problems };
  const { locate } = loaded.parsed;
  const pathways: Pathway[] = loaded.value.pathways.map((p) => ({ ...p, translations: {} }));
  const problems = [
    ...duplicateIdProblems(
      pathways.map((p, i) => ({ id: p.id, path: ['pathways', i, 'id'] })),
      locate,
      { code: 'pathways.duplicate-id', file: PATHWAYS_FILE },
    ),
    ...unknownPacks(pathways, knownPackIds, locate),
  ];
  const listed = await listTranslationFiles(dir, '_pathways');
  problems.push(...listed.problems);
  for (const { language, file } of listed.files) {
    problems.push(...applyTranslation(pathways, language, file, await readFile(join(dir, file))));
  }
  return { pathways: { pathways, languages: listed.files.map((f) => f.language) }, problems };
}

function unknownPacks(
  pathways: readonly Pathway[],
  known: ReadonlySet<string>,
  locate: (path: KeyPath) => Position,
): LocatedProblem[] {
  return pathways.flatMap((pathway, i) =>
    pathway.packs.flatMap((packId, j) => {
      if (known.has(packId)) return [];
      const message = `Pathway \`${pathway.id}\` names the pack \`${packId}\`, which is neither in this folder nor already imported.`;
      return [
        problem('pathways.unknown-pack', message, { file: PATHWAYS_FILE, ...locate(['pathways', i, 'packs', j]) }),
      ];
    }),
  );
}

function applyTranslation(pathways: Pathway[], language: string, file: string, bytes: Buffer): LocatedProblem[] {
  const loaded = loadYaml(bytes, file, pathwaysTranslationSchema);
  if (loaded.value === undefined || loaded.parsed === undefined) return loaded.problems;
  const { locate } = loaded.parsed;
  return loaded.value.pathways.flatMap((translated, i) => {
    const pathway = pathways.find((p) => p.id === translated.id);
    if (pathway === undefined) {
      const message = `Pathway \`${translated.id}\` is not in ${PATHWAYS_FILE}; translations use the ids of the source.`;
      return [problem('pathways.unknown-id', message, { file, ...locate(['pathways', i, 'id']) })];
    }
    pathway.translations[language] = {
      ...(translated.title === undefined ? {} : { title: translated.title }),
      ...(translated.summary === undefined ? {} : { summary: translated.summary }),
    };
    return [];
  });
}
