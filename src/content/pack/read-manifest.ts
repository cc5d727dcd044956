import { manifestSchema, type PackManifest } from '../manifest/manifest-schema';
import { isValidId } from '../manifest/fields';
import { problem, type LocatedProblem } from '../problems';
import { loadYaml } from '../yaml/load-yaml';
import type { KeyPath, Position } from '../yaml/parse-yaml';

/** A pack's required packs with where each is named, checked once every pack of a run is known. */
export interface Requirement {
  id: string;
  at: Position;
}

/** pack.yaml as read: the manifest when valid, the id problems are reported under, and every problem. */
export interface ReadManifest {
  manifest: PackManifest | undefined;
  /** The pack id when pack.yaml gives a valid one, else the folder or zip name. */
  packId: string;
  requires: Requirement[];
  locate: (path: KeyPath, part?: 'key' | 'value') => Position;
  problems: LocatedProblem[];
}

const FILE = 'pack.yaml';

/** Reads and checks pack.yaml: schema, folder name, competences from the framework. */
export function readManifest(
  bytes: Buffer | undefined,
  source: { name: string; folderName: string | null },
  competenceIds: ReadonlySet<string>,
): ReadManifest {
  const fallback = { line: 1, column: 1 };
  if (bytes === undefined) {
    const message = 'The pack has no pack.yaml at its top level; every pack starts with its manifest.';
    const missing = problem('pack.missing-manifest', message, { file: FILE });
    return { manifest: undefined, packId: source.name, requires: [], locate: () => fallback, problems: [missing] };
  }
  const loaded = loadYaml(bytes, FILE, manifestSchema);
  const locate = loaded.parsed?.locate ?? (() => fallback);
  const rawId = (loaded.parsed?.data as { id?: unknown } | null | undefined)?.id;
  const packId = typeof rawId === 'string' && isValidId(rawId) ? rawId : source.name;
  const manifest = loaded.value;
  const problems = [...loaded.problems];
  if (manifest === undefined) return { manifest, packId, requires: [], locate, problems };
  if (source.folderName !== null && manifest.id !== source.folderName) {
    const message = `The pack id \`${manifest.id}\` differs from its folder name \`${source.folderName}\`; rename one so they match.`;
    problems.push(problem('manifest.id-mismatch', message, { file: FILE, ...locate(['id']) }));
  }
  manifest.competences.forEach((id, i) => {
    if (competenceIds.has(id)) return;
    const message = `The competence \`${id}\` is not in the competence framework (_framework.yaml); use one of its ids.`;
    problems.push(problem('manifest.unknown-competence', message, { file: FILE, ...locate(['competences', i]) }));
  });
  const requires = manifest.requires.map((id, i) => ({ id, at: locate(['requires', i]) }));
  const self = requires.find((r) => r.id === manifest.id);
  if (self !== undefined) {
    problems.push(
      problem('manifest.invalid-value', 'A pack cannot require itself; remove its own id from `requires`.', {
        file: FILE,
        ...self.at,
      }),
    );
  }
  return { manifest, packId, requires: requires.filter((r) => r !== self), locate, problems };
}

/** Problems for required packs that are neither in the run nor already known to the platform. */
export function unknownRequirements(requires: readonly Requirement[], known: ReadonlySet<string>): LocatedProblem[] {
  return requires
    .filter((r) => !known.has(r.id))
    .map((r) => {
      const message = `The required pack \`${r.id}\` is neither validated with this pack nor already imported.`;
      return problem('manifest.unknown-requirement', message, { file: FILE, ...r.at });
    });
}
