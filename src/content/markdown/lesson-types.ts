import type { LocatedProblem } from '../problems';

/** A link or image target found in a lesson, handed to the caller to resolve. */
export interface LinkTarget {
  href: string;
  kind: 'link' | 'image';
  /** Link text or image alt text. */
  text: string;
  title: string | null;
  /** 1-based line in the lesson FILE. */
  line: number;
}

/** The caller's answer for one target: where it points, or why it cannot be used. */
export type LinkResolution =
  { ok: true; href: string; download?: boolean } | { ok: false; code: string; message: string };

/** Where a lesson body comes from and how its links resolve. */
export interface RenderOptions {
  /** File path relative to the pack, used in problems. */
  file: string;
  /** File line where the Markdown body starts (after front matter). */
  firstLine: number;
  /** Called for every link and image whose scheme is allowed (relative and absolute alike). */
  resolveLink: (target: LinkTarget) => LinkResolution;
  /** Language of the text (ISO 639-1), for the labels the renderer writes itself (admonition names); default en. */
  language?: string;
}

/** A piece of a rendered lesson: sanitised HTML, or the place where quiz `index` goes. */
export type LessonSegment = { kind: 'html'; html: string } | { kind: 'quiz'; index: number };

/** The GIFT source of one quiz fence. */
export interface QuizBlockSource {
  /** 0-based position among the lesson's quiz blocks (and its index in `quizBlocks`). */
  index: number;
  body: string;
  /** File line of the first line INSIDE the fence. */
  firstLine: number;
}

/** A `##` or `###` heading, for the table of contents. */
export interface LessonHeading {
  id: string;
  text: string;
  level: 2 | 3;
}

/** Everything the import needs from one lesson body. */
export interface RenderedLesson {
  segments: LessonSegment[];
  headings: LessonHeading[];
  quizBlocks: QuizBlockSource[];
  words: number;
  problems: LocatedProblem[];
}
