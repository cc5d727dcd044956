import mongoose from 'mongoose';
import { gradeQuiz, type QuizAnswers } from '../../../../src/content/quiz';
import type { BuiltQuiz } from '../../../../src/content/pack/built-pack';
import type { PublishedPack } from '../../../../src/features/catalog/published-pack';
import type { AttemptRecord } from '../../../../src/features/learning/attempt.model';
import type { QuizStanding } from '../../../../src/features/learning/module-progress';
import { buildQuizView, type QuizViewInput } from '../../../../src/features/learning/quiz.view-model';
import { labPack } from './lab-pack';

let pack: PublishedPack;
let quiz: BuiltQuiz;

beforeAll(async () => {
  pack = await labPack();
  const lesson = pack.lessonById.get('every-question');
  if (lesson?.quizzes[0] === undefined) throw new Error('fixture lesson without its quiz');
  quiz = lesson.quizzes[0];
});

const standing = (over: Partial<QuizStanding> = {}): QuizStanding => ({
  quizId: 'lab-single',
  lessonId: 'every-question',
  earned: 0,
  possible: 8,
  attempts: 0,
  remaining: 3,
  attempted: false,
  ...over,
});

function input(over: Partial<QuizViewInput> = {}): QuizViewInput {
  return {
    packId: pack.id,
    quiz,
    standing: standing(),
    attempt: null,
    sameLanguage: true,
    message: null,
    source: false,
    formatNumber: (n) => String(n),
    ...over,
  };
}

function attemptWith(answers: QuizAnswers, language = 'en'): AttemptRecord {
  const grade = gradeQuiz(quiz.questions, answers);
  return {
    _id: new mongoose.Types.ObjectId(),
    learnerId: new mongoose.Types.ObjectId(),
    packId: pack.id,
    packVersion: pack.version,
    lessonId: 'every-question',
    quizId: quiz.id,
    language,
    number: 1,
    answers,
    grades: grade.questions,
    earned: grade.earned,
    possible: grade.possible,
    createdAt: new Date(),
  };
}

describe('buildQuizView', () => {
  it('before submission holds no right answer, weight, tolerance or feedback, whatever the learner state', () => {
    for (const view of [buildQuizView(input({ standing: null })), buildQuizView(input())]) {
      const json = JSON.stringify(view);
      for (const secret of [
        'weight',
        'feedback":"',
        'Right: a sensor',
        'tolerance',
        '3.14',
        'subscriber',
        'Devices sense',
      ]) {
        expect({ secret, found: json.includes(secret) }).toEqual({ secret, found: false });
      }
      expect(view.questions.every((q) => q.result === null)).toBe(true);
    }
  });

  it('names every field with answerFieldName and numbers the questions', () => {
    const view = buildQuizView(input());

    expect(view.questions.map((q) => [q.number, q.kind, q.name])).toEqual([
      [1, 'single', 'q.lab-single'],
      [2, 'multiple', 'q.lab-multiple'],
      [3, 'truefalse', 'q.lab-truefalse'],
      [4, 'short', 'q.lab-short'],
      [5, 'numerical', 'q.lab-numerical'],
      [6, 'matching', 'q.lab-matching'],
      [7, 'single', 'q.lab-missing-choice'],
      [8, 'short', 'q.lab-missing-short'],
    ]);
    expect(view.questions[5]?.items.map((i) => i.name)).toEqual([
      'q.lab-matching.0',
      'q.lab-matching.1',
      'q.lab-matching.2',
    ]);
    expect(view.questions[6]).toMatchObject({ stem: 'A gateway', stemAfter: 'data between networks.' });
    expect(view).toMatchObject({ anchor: 'quiz-lab-single', action: '/modules/learning-lab/quizzes/lab-single' });
  });

  it('anonymous visitors get a read-only quiz; no attempts left disables the form', () => {
    expect(buildQuizView(input({ standing: null }))).toMatchObject({ interactive: false, disabled: false });
    expect(buildQuizView(input({ standing: standing({ attempts: 3, remaining: 0, attempted: true }) }))).toMatchObject({
      interactive: true,
      disabled: true,
    });
    expect(buildQuizView(input({ message: 'no_attempts_left' })).disabled).toBe(true);
    expect(buildQuizView(input({ message: 'invalid_answer' })).disabled).toBe(false);
  });

  it("after submission keeps the learner's answers and shows each question's verdict and feedback", () => {
    const attempt = attemptWith({
      'lab-single': { kind: 'single', choice: 1 },
      'lab-multiple': { kind: 'multiple', choices: [0, 1] },
      'lab-truefalse': { kind: 'truefalse', value: false },
      'lab-numerical': { kind: 'numerical', value: 3.14 },
      'lab-matching': { kind: 'matching', matches: [2, null, 0] },
    });

    const view = buildQuizView(
      input({ attempt, standing: standing({ attempts: 1, attempted: true, earned: 3.5, remaining: 2 }) }),
    );

    const [single, multiple, truefalse, short, numerical, matching] = view.questions;
    expect(single?.choices.map((c) => c.checked)).toEqual([false, true, false]);
    expect(single?.result).toMatchObject({
      correct: 'partial',
      rightAnswer: 'A sensor',
      feedback: ['Partly: a meter contains a sensor.'],
    });
    expect(multiple?.choices.map((c) => c.checked)).toEqual([true, true, false]);
    expect(truefalse).toMatchObject({
      value: 'false',
      result: { correct: false, rightBoolean: true, rightAnswer: '' },
    });
    expect(short).toMatchObject({ value: '', result: { correct: false } });
    expect(numerical?.value).toBe('3.14');
    expect(matching?.items.map((i) => i.selected)).toEqual([2, null, 0]);
    // 0.5 + 1 + 0 + 0 + 1 + 2/3 (rounded to 6 places by grading)
    expect(view.result).toEqual({ earned: '3.166667', possible: '8', percent: 40 });
    expect(view.best).toEqual({ earned: '3.5', possible: '8', percent: 44 });
  });

  it('matching answers from an attempt in another language are not put back (options sort per language)', () => {
    const attempt = attemptWith({ 'lab-matching': { kind: 'matching', matches: [0, 1, 2] } }, 'el');

    const view = buildQuizView(input({ attempt, sameLanguage: false }));

    expect(view.questions[5]?.items.map((i) => i.selected)).toEqual([null, null, null]);
    expect(view.questions[5]?.result).not.toBeNull();
  });
});
