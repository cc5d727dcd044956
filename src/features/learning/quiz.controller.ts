import type { Request, Response } from 'express';
import { lessonUrl } from '../../content/pack/pack-urls';
import { AppError } from '../../platform/errors';
import { requireUser } from '../../platform/http/auth';
import { localizeLesson } from '../catalog/localize';
import type { CatalogCache } from '../catalog/catalog-cache';
import { formBody, parseParams, quizFormFields, quizParams } from './lesson-params';
import { renderLesson } from './lesson-render';
import { findQuiz, loadLearnerRecords, type FoundLesson } from './lesson.service';
import { buildLessonView } from './lesson.view-model';
import { submitAttempt } from './quiz-attempt.service';
import { quizAnchor, type QuizMessage } from './quiz.view-model';

/** What the quiz handler needs. */
export interface QuizDeps {
  catalog: CatalogCache;
}

/** Submission errors the lesson page explains at the quiz, with the status they answer. */
const REFUSALS: Readonly<Record<string, { message: QuizMessage; status: number }>> = {
  'quiz.invalid_answer': { message: 'invalid_answer', status: 422 },
  'quiz.no_attempts_left': { message: 'no_attempts_left', status: 409 },
};

type Submission = FoundLesson & {
  quizId: string;
  learner: { id: string; name: string };
  source: boolean;
  form: Record<string, unknown>;
};
type Outcome = { ok: true; url: string } | { ok: false; message: QuizMessage; status: number };

/** Grades and stores the submission; a refusal the page can explain becomes a value, anything else is thrown. */
async function submit(input: Submission, interfaceLanguage: string): Promise<Outcome> {
  // Graded in the language of the text that was read, so matching options and feedback are the ones shown.
  const language = localizeLesson(input.pack, input.lesson, interfaceLanguage, {
    source: input.source,
  }).contentLanguage;
  try {
    const result = await submitAttempt({
      learner: input.learner,
      pack: input.pack,
      quizId: input.quizId,
      language,
      form: input.form,
    });
    const query = `?attempt=${result.attemptId}${input.source ? '&source=1' : ''}`;
    return { ok: true, url: `${lessonUrl(input.pack.id, input.lesson.id)}${query}#${quizAnchor(input.quizId)}` };
  } catch (error) {
    const refusal = error instanceof AppError ? REFUSALS[error.code] : undefined;
    if (refusal === undefined) throw error;
    return { ok: false, ...refusal };
  }
}

/** Quiz submissions. */
export function quizController(deps: QuizDeps) {
  return {
    /** POST answers: 303 to the lesson with the attempt's results, or the lesson page saying why nothing was stored. */
    submit: async (req: Request, res: Response): Promise<void> => {
      const { pack, lesson, quiz } = findQuiz(deps.catalog.current(), parseParams(quizParams, req));
      const { id, name } = requireUser(req);
      const { source } = quizFormFields.parse(req.body ?? {});
      const outcome = await submit(
        { pack, lesson, quizId: quiz.id, learner: { id, name }, source, form: formBody.parse(req.body) },
        req.language,
      );
      if (outcome.ok) {
        res.redirect(303, outcome.url);
        return;
      }
      const learner = await loadLearnerRecords({ learnerId: id, packId: pack.id, attemptId: null });
      const refused = { quizId: quiz.id, message: outcome.message };
      renderLesson(
        res,
        outcome.status,
        buildLessonView({ pack, lesson, language: req.language, source, learner, refused }),
      );
    },
  };
}
