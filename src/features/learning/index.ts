export { learningRouter } from './learning.routes';
export { computeModuleProgress, type ModuleProgress } from './module-progress';
export { findProgress, listProgress } from './progress.service';
