export { importPaths, importContentDir } from './import-paths';
export { importRun, type ImportInput, type ImportReport } from './import-run';
export { importBuiltPack, type ImportOutcome } from './import-pack';
export { compareVersions } from './semver';
export { importWithConfiguredDatabase } from './import-command';
