/** The lesson Markdown renderer of the content core: pure, no I/O. */
export type {
  LessonHeading,
  LessonSegment,
  LinkResolution,
  LinkTarget,
  QuizBlockSource,
  RenderedLesson,
  RenderOptions,
} from './lesson-types';
export { countWords } from './count-words';
export { renderLesson } from './render-lesson';
export { sanitizeLessonHtml } from './sanitize-lesson-html';
