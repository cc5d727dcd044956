import { join } from 'node:path';
import { loadFramework, type LoadedFramework } from '../framework/load-framework';
import { loadPathways } from '../framework/load-pathways';
import type { Framework, Pathways } from '../framework/framework-types';
import { hasErrors, inPack, problem, type Problem } from '../problems';
import { readOptional } from '../framework/content-files';
import type { PackBuild } from './build-pack';
import type { BuiltPack } from './built-pack';
import { checkUnit } from './check-unit';
import { planPaths } from './plan-paths';
import { unknownRequirements } from './read-manifest';
import { sortProblems } from './sort-problems';

/** The outcome of checking packs, content folders and zips together. */
export interface ValidationRun {
  /** Packs without errors (warnings allowed), in the order they were checked. */
  packs: BuiltPack[];
  /** Every problem of every pack and content-folder file, sorted by pack, file, line. */
  problems: Problem[];
  /** The framework of the first content folder given (or the platform's when only packs were given); absent when it has errors. */
  framework?: Framework;
  /** The pathways of the first content folder whose `_pathways.yaml` has no errors. */
  pathways?: Pathways;
}

/** Options of a validation run. */
export interface ValidateOptions {
  /** Folder of the platform's own `_framework.yaml`, used for packs checked on their own. */
  platformFrameworkDir: string;
  /** Ids of packs already imported, which `requires` and pathways may name. */
  knownPackIds?: readonly string[];
  /** Called after each pack, for progress display. */
  onProgress?: (progress: { done: number; total: number; pack: string }) => void;
}

/** Validates pack folders, content folders (folders of packs) and zips; reports every problem of every pack. */
export async function validatePaths(paths: readonly string[], options: ValidateOptions): Promise<ValidationRun> {
  const plan = await planPaths(paths);
  const frameworks = frameworkLoader(options.platformFrameworkDir);
  const builds: PackBuild[] = [];
  for (const [index, unit] of plan.units.entries()) {
    const framework = await frameworks.forFolder(unit.contentDir);
    builds.push(await checkUnit(unit, framework.competenceIds));
    options.onProgress?.({ done: index + 1, total: plan.units.length, pack: builds[index]?.packId ?? '' });
  }
  // Every pack of the run counts, even one with errors: its own problems say what is wrong with it.
  const known = new Set([...(options.knownPackIds ?? []), ...builds.map((b) => b.packId)]);
  const problems = [...plan.problems, ...runChecks(builds, known)];
  const run: ValidationRun = { packs: [], problems: [] };
  for (const dir of plan.contentDirs) {
    const pathways = await loadPathways(dir, known);
    problems.push(...inPack('', pathways.problems));
    // Like a pack, pathways with errors are reported and not handed on to be stored.
    if (!hasErrors(pathways.problems)) run.pathways ??= pathways.pathways;
  }
  const firstFramework = await frameworks.first(plan.contentDirs[0], plan.units.length > 0);
  if (firstFramework !== undefined) run.framework = firstFramework;
  problems.push(...frameworks.problems());
  run.packs = builds.flatMap((b) => (b.pack !== undefined && !hasErrors(b.problems) ? [b.pack] : []));
  run.problems = sortProblems(problems);
  return run;
}

/** Adds the checks that need the whole run (required packs, repeated ids) and attaches pack ids to problems. */
function runChecks(builds: PackBuild[], known: ReadonlySet<string>): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const build of builds) {
    build.problems.push(...unknownRequirements(build.requires, known));
    if (build.pack !== undefined && seen.has(build.packId)) {
      const message = `Another pack checked in this run has the id \`${build.packId}\`; pack ids are unique.`;
      build.problems.push(problem('pack.duplicate-id', message, { file: 'pack.yaml' }));
    }
    seen.add(build.packId);
    problems.push(...inPack(build.packId, build.problems));
  }
  return problems;
}

/** Loads each framework once, and reports its problems once. */
function frameworkLoader(platformDir: string): {
  forFolder(dir: string | undefined): Promise<LoadedFramework>;
  first(dir: string | undefined, used: boolean): Promise<Framework | undefined>;
  problems(): Problem[];
} {
  const loaded = new Map<string, LoadedFramework>();
  const load = async (dir: string): Promise<LoadedFramework> => {
    const cached = loaded.get(dir) ?? (await loadFramework(dir));
    loaded.set(dir, cached);
    return cached;
  };
  const forFolder = async (dir: string | undefined): Promise<LoadedFramework> => {
    // A content folder without its own framework uses the platform's.
    if (dir === undefined || (await readOptional(join(dir, '_framework.yaml'))) === undefined) return load(platformDir);
    return load(dir);
  };
  return {
    forFolder,
    first: async (dir, used) => {
      if (dir === undefined && !used) return undefined;
      const framework = await forFolder(dir);
      return hasErrors(framework.problems) ? undefined : framework.framework;
    },
    problems: () => [...loaded.values()].flatMap((f) => inPack('', f.problems)),
  };
}
