import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem, type LocatedProblem } from '../problems';
import { loadYaml } from '../yaml/load-yaml';
import { frameworkSchema, frameworkTranslationSchema } from './framework-schema';
import type { CompetenceGroup, Framework } from './framework-types';
import { duplicateIdProblems, readOptional } from './content-files';
import { listTranslationFiles } from './translation-files';

/** File name of the competence framework in a content folder. */
export const FRAMEWORK_FILE = '_framework.yaml';

/** A framework as loaded: the framework when valid, the competence ids found, every problem. */
export interface LoadedFramework {
  framework: Framework | undefined;
  /** Competence ids packs may name (those found even when the file has other errors). */
  competenceIds: ReadonlySet<string>;
  problems: LocatedProblem[];
}

/** Loads `_framework.yaml` and its `_framework.<lang>.yaml` translations from a content folder. */
export async function loadFramework(dir: string): Promise<LoadedFramework> {
  const bytes = await readOptional(join(dir, FRAMEWORK_FILE));
  if (bytes === undefined) {
    const message = `No ${FRAMEWORK_FILE} in ${dir}; packs name competences from it.`;
    return {
      framework: undefined,
      competenceIds: new Set(),
      problems: [problem('framework.missing', message, { file: FRAMEWORK_FILE })],
    };
  }
  const loaded = loadYaml(bytes, FRAMEWORK_FILE, frameworkSchema);
  const problems = [...loaded.problems];
  if (loaded.value === undefined || loaded.parsed === undefined) {
    return { framework: undefined, competenceIds: salvageCompetenceIds(loaded.parsed?.data), problems };
  }
  const groups: CompetenceGroup[] = loaded.value.groups.map((group) => ({
    ...group,
    translations: {},
    competences: group.competences.map((c) => ({ ...c, translations: {} })),
  }));
  problems.push(...frameworkDuplicates(groups, loaded.parsed.locate));
  const listed = await listTranslationFiles(dir, '_framework');
  problems.push(...listed.problems);
  for (const { language, file } of listed.files) {
    problems.push(...applyTranslation(groups, language, file, await readFile(join(dir, file))));
  }
  const framework = { groups, languages: listed.files.map((f) => f.language) };
  return { framework, competenceIds: new Set(groups.flatMap((g) => g.competences.map((c) => c.id))), problems };
}

function frameworkDuplicates(
  groups: CompetenceGroup[],
  locate: Parameters<typeof duplicateIdProblems>[1],
): LocatedProblem[] {
  const groupPaths = groups.map((g, i) => ({ id: g.id, path: ['groups', i, 'id'] as const }));
  const competencePaths = groups.flatMap((g, i) =>
    g.competences.map((c, j) => ({ id: c.id, path: ['groups', i, 'competences', j, 'id'] as const })),
  );
  return [
    ...duplicateIdProblems(groupPaths, locate, { code: 'framework.duplicate-id', file: FRAMEWORK_FILE }),
    ...duplicateIdProblems(competencePaths, locate, { code: 'framework.duplicate-id', file: FRAMEWORK_FILE }),
  ];
}

function applyTranslation(groups: CompetenceGroup[], language: string, file: string, bytes: Buffer): LocatedProblem[] {
  const loaded = loadYaml(bytes, file, frameworkTranslationSchema);
  if (loaded.value === undefined || loaded.parsed === undefined) return loaded.problems;
  const { locate } = loaded.parsed;
  const problems: LocatedProblem[] = [];
  const unknown = (what: string, id: string, path: (string | number)[]): void => {
    const message = `${what} \`${id}\` is not in ${FRAMEWORK_FILE}; translations use the ids of the source.`;
    problems.push(problem('framework.unknown-id', message, { file, ...locate(path) }));
  };
  loaded.value.groups.forEach((translated, i) => {
    const group = groups.find((g) => g.id === translated.id);
    if (group === undefined) {
      unknown('Group', translated.id, ['groups', i, 'id']);
      return;
    }
    if (translated.title !== undefined) group.translations[language] = { title: translated.title };
    (translated.competences ?? []).forEach((tc, j) => {
      const competence = group.competences.find((c) => c.id === tc.id);
      if (competence === undefined) {
        unknown('Competence', tc.id, ['groups', i, 'competences', j, 'id']);
        return;
      }
      competence.translations[language] = { title: tc.title };
    });
  });
  return problems;
}

/** Competence ids from a framework file that failed validation, so packs are not flooded with false errors. */
function salvageCompetenceIds(data: unknown): Set<string> {
  const ids = new Set<string>();
  const groups = (data as { groups?: unknown } | null | undefined)?.groups;
  if (!Array.isArray(groups)) return ids;
  for (const group of groups as unknown[]) {
    const competences = (group as { competences?: unknown } | null)?.competences;
    if (!Array.isArray(competences)) continue;
    for (const c of competences as unknown[]) {
      const id = (c as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}
