/**
 * The content core's public API: validate packs (folders, content folders, zips) into importable data, translation
 * status, paragraph diffs and translation stubs, and the URLs of pack pages and files. Pure of HTTP and database.
 */
export { validatePaths, type ValidateOptions, type ValidationRun } from './pack/validate-paths';
export type {
  BuiltAsset,
  BuiltLesson,
  BuiltPack,
  BuiltQuiz,
  BuiltTranslatedLesson,
  BuiltTranslation,
  TranslationState,
} from './pack/built-pack';
export { assetUrl, lessonUrl, moduleUrl, ASSET_HASH_LENGTH } from './pack/pack-urls';
export type { PackManifest, PackArea, PackAuthor, PackLevel } from './manifest/manifest-schema';
export type { TranslatedManifest } from './manifest/lesson-schemas';
export type { Framework, CompetenceGroup, Competence, Pathways, Pathway } from './framework/framework-types';
export {
  translationStatus,
  summarizeStatus,
  type TranslationStatusEntry,
  type TranslationStatusSummary,
  type LessonTranslationStatus,
} from './translation/translation-status';
export { diffParagraphs, paragraphs, type ParagraphChange } from './translation/diff-paragraphs';
export { createTranslationStub, type StubResult } from './translation/create-stub';
export { sourceHash, SOURCE_HASH_LENGTH } from './translation/source-hash';
export { hasErrors, type Problem, type LocatedProblem, type Severity } from './problems';
