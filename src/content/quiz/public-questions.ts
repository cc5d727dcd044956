/**
 * What a page may know of a quiz before submission. Built field by field (never by copying and deleting), so a
 * field added to `Question` later cannot leak right answers, weights, tolerances or feedback into a page.
 */
import type { PublicOption, PublicQuestion, PublicQuestionBase, Question } from './quiz-types';

function indexed(texts: readonly string[]): PublicOption[] {
  return texts.map((text, index) => ({ index, text }));
}

function publicBase(question: Question): PublicQuestionBase {
  return {
    id: question.id,
    stem: question.stem,
    ...(question.stemAfter === undefined ? {} : { stemAfter: question.stemAfter }),
    points: question.points,
  };
}

function toPublicQuestion(question: Question): PublicQuestion {
  const base = publicBase(question);
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { ...base, kind: question.kind, choices: indexed(question.choices.map((choice) => choice.text)) };
    case 'matching':
      // Options are sorted at parse time: their order says nothing about which item they belong to.
      return {
        ...base,
        kind: 'matching',
        items: indexed(question.pairs.map((pair) => pair.left)),
        options: indexed(question.options),
      };
    case 'truefalse':
    case 'short':
    case 'numerical':
      return { ...base, kind: question.kind };
  }
}

/** The questions as a page may receive them: ids, kinds, stems, choice and option texts with their indexes. */
export function toPublicQuestions(questions: readonly Question[]): PublicQuestion[] {
  return questions.map(toPublicQuestion);
}
