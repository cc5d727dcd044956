import { problem, type LocatedProblem } from '../problems';
import type { BuiltLesson, BuiltQuiz } from './built-pack';
import { linkResolver, type LinkTargets } from './link-resolver';
import type { IdentifiedLesson } from './order-lessons';
import { questionPosition, renderBody, type ParsedBlock } from './render-body';

/** A source lesson rendered, with its parsed quiz blocks kept for translation checks. */
export interface RenderedSourceLesson {
  lesson: BuiltLesson;
  blocks: ParsedBlock[];
}

/** Renders every source lesson in order, parses its quizzes and checks question ids are unique in the pack. */
export function renderSourceLessons(
  lessons: readonly IdentifiedLesson[],
  targets: LinkTargets,
  language: string,
): { rendered: RenderedSourceLesson[]; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const rendered = lessons.map((lesson) => {
    const resolve = linkResolver(targets, { lessonFile: lesson.file, translated: false });
    const at = { file: lesson.file, firstLine: lesson.bodyFirstLine, language };
    const body = renderBody(lesson.body, at, resolve);
    problems.push(...body.problems);
    const built: BuiltLesson = {
      ...{ id: lesson.id, file: lesson.file, title: lesson.title ?? '', minutes: lesson.minutes },
      ...{ sourceHash: lesson.sourceHash, markdown: lesson.text, words: body.rendered.words },
      ...{ segments: body.rendered.segments, headings: body.rendered.headings, quizzes: toQuizzes(body.blocks) },
    };
    return { lesson: built, blocks: body.blocks };
  });
  problems.push(...duplicateQuestions(rendered));
  return { rendered, problems };
}

/** The quizzes of parsed blocks (blocks without questions already carry a problem and are left out). */
export function toQuizzes(blocks: readonly ParsedBlock[]): BuiltQuiz[] {
  return blocks.flatMap((b) => (b.id === null ? [] : [{ id: b.id, index: b.index, questions: b.questions }]));
}

/** Question ids repeated across quiz blocks or lessons (repeats inside one block are the quiz parser's). */
function duplicateQuestions(rendered: readonly RenderedSourceLesson[]): LocatedProblem[] {
  const firstUse = new Map<string, { file: string; line: number; block: ParsedBlock }>();
  const problems: LocatedProblem[] = [];
  for (const { lesson, blocks } of rendered) {
    for (const block of blocks) {
      for (const question of block.questions) {
        const at = { file: lesson.file, ...questionPosition(block, question.id) };
        const first = firstUse.get(question.id);
        if (first === undefined) {
          firstUse.set(question.id, { ...at, block });
          continue;
        }
        const where = first.file === lesson.file ? `on line ${first.line}` : `in ${first.file} line ${first.line}`;
        const message = `Question id "${question.id}" is already used ${where}; question ids are unique in the whole pack.`;
        problems.push(problem('quiz.duplicate-id', message, at));
      }
    }
  }
  return problems;
}
