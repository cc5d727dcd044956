export { CatalogCache, type CatalogSnapshot } from './catalog-cache';
export { catalogRouter } from './catalog.routes';
export type { PublishedPack, PublishedQuiz } from './published-pack';
export { localizeLesson, localizeManifest, lessonTitle, type LocalizedLesson, type LessonNotice } from './localize';
export { localizedCatalog, type ModuleCard, type PathwayGroup, type LocalizedCatalog } from './catalog.view-model';
