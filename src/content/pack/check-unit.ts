import type { LocatedProblem } from '../problems';
import { openFolderSource } from '../source/folder-source';
import { withZipSource } from '../source/zip-source';
import { buildPack, type PackBuild } from './build-pack';
import type { PackUnit } from './plan-paths';

/** Builds the pack of one folder or zip; a zip is extracted to a temporary folder that is always removed. */
export async function checkUnit(unit: PackUnit, competenceIds: ReadonlySet<string>): Promise<PackBuild> {
  if (unit.kind === 'folder') return buildPack(await openFolderSource(unit.path), { competenceIds });
  return withZipSource(unit.path, async (opened) => {
    if (opened.source === undefined) return zipOnly(opened.name, opened.problems);
    const build = await buildPack(opened.source, { competenceIds });
    return { ...build, problems: [...opened.problems, ...build.problems] };
  });
}

function zipOnly(name: string, problems: LocatedProblem[]): PackBuild {
  return { packId: name, pack: undefined, requires: [], problems };
}
