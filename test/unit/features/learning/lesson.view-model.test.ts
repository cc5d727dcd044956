import mongoose from 'mongoose';
import type { PublishedPack } from '../../../../src/features/catalog/published-pack';
import { buildLessonView, type LessonViewInput } from '../../../../src/features/learning/lesson.view-model';
import type { ProgressRecord } from '../../../../src/features/learning/progress.model';
import { labPack } from './lab-pack';

let pack: PublishedPack;

beforeAll(async () => {
  pack = await labPack();
});

function view(lessonId: string, language: string, over: Partial<LessonViewInput> = {}) {
  const lesson = pack.lessonById.get(lessonId);
  if (lesson === undefined) throw new Error(`no lesson ${lessonId}`);
  return buildLessonView({ pack, lesson, language, source: false, learner: null, ...over });
}

function progress(over: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    _id: new mongoose.Types.ObjectId(),
    learnerId: new mongoose.Types.ObjectId(),
    packId: 'learning-lab',
    startedAt: new Date('2026-03-01T10:00:00Z'),
    lastActivityAt: new Date('2026-03-02T10:00:00Z'),
    lastLessonId: null,
    completedAt: null,
    completedVersion: null,
    certificateId: null,
    ...over,
  };
}

describe('buildLessonView', () => {
  it('source language: no notice, the lesson’s own h1, a nested table of contents, neighbours and position', () => {
    const v = view('reading-the-city', 'en');

    expect(v).toMatchObject({ notice: null, contentLang: null, hasOwnH1: true, position: 1, total: 3, previous: null });
    expect(v.toc).toEqual([
      {
        id: 'why-cities-measure',
        text: 'Why cities measure',
        children: [{ id: 'air-and-noise', text: 'Air and noise' }],
      },
      { id: 'files-to-download', text: 'Files to download', children: [] },
    ]);
    expect(v.next).toEqual({
      url: '/modules/learning-lab/lessons/every-question',
      title: 'Every kind of question',
      lang: null,
    });
    expect(v.loginUrl).toBe('/login?next=%2Fmodules%2Flearning-lab%2Flessons%2Freading-the-city');
    expect(v.state).toBeNull();
  });

  it('current translation: translated text, no notice; the next lesson title in Greek', () => {
    const v = view('reading-the-city', 'el');

    expect(v).toMatchObject({ title: 'Διαβάζοντας την πόλη', notice: null, contentLang: null });
    expect(v.next).toMatchObject({ title: 'Κάθε είδος ερώτησης', lang: null });
    expect(v.moduleTitle).toBe('Εργαστήριο μάθησης για αισθητήρες πόλης');
  });

  it('outdated translation: translated text with the outdated notice and a link to the source', () => {
    const v = view('reading-the-city', 'es');

    expect(v).toMatchObject({
      title: 'Leer la ciudad',
      notice: 'outdated',
      contentLang: null,
      sourceLanguageName: 'inglés',
    });
    expect(v.sourceUrl).toBe('/modules/learning-lab/lessons/reading-the-city?source=1');
    // Untranslated neighbours keep their English title, marked as English.
    expect(v.next).toMatchObject({ title: 'Every kind of question', lang: 'en' });
    expect(v.moduleTitleLang).toBe('en');
  });

  it('?source=1 over a translation: the source, lang="en", and the "source" notice (not "outdated")', () => {
    const v = view('every-question', 'el', { source: true });

    expect(v).toMatchObject({ title: 'Every kind of question', notice: 'source', contentLang: 'en', source: true });
  });

  it('missing translation: the source with the missing notice naming both languages in the interface language', () => {
    const v = view('two-quizzes', 'el');

    expect(v).toMatchObject({
      title: 'Two short quizzes',
      notice: 'missing',
      contentLang: 'en',
      languageName: 'Ελληνικά',
      shownLanguageName: 'Αγγλικά',
      next: null,
    });
    expect(v.blocks.filter((b) => b.kind === 'quiz')).toHaveLength(2);
  });

  it('a learner who has done the lesson: done with its date, no "Mark as done", module percent and certificate link', () => {
    const certificateId = new mongoose.Types.ObjectId();
    const record = progress({
      lessons: { 'reading-the-city': { doneAt: new Date('2026-03-02T10:00:00Z') } },
      completedAt: new Date('2026-03-02T10:00:00Z'),
      certificateId,
    });

    const v = view('reading-the-city', 'en', { learner: { progress: record, attempt: null } });

    expect(v.state).toEqual({
      done: true,
      doneAt: 'March 2, 2026',
      canMarkDone: false,
      markDoneAction: '/modules/learning-lab/lessons/reading-the-city/done',
      hasQuizzes: false,
      percent: 33,
      moduleComplete: true,
      certificateUrl: `/certificates/${certificateId.toHexString()}`,
    });
  });

  it('a learner who has not started: "Mark as done" offered; quizzes interactive with their attempts left', () => {
    const v = view('every-question', 'en', { learner: { progress: null, attempt: null } });

    expect(v.state).toMatchObject({ done: false, canMarkDone: true, hasQuizzes: true, percent: 0 });
    const quiz = v.blocks.find((b) => b.kind === 'quiz');
    expect(quiz?.kind === 'quiz' && quiz.quiz).toMatchObject({ interactive: true, remaining: 3, disabled: false });
  });

  it('a refused submission: an alert at the top pointing at the quiz, and the message at that quiz', () => {
    const v = view('every-question', 'en', {
      learner: { progress: null, attempt: null },
      refused: { quizId: 'lab-single', message: 'invalid_answer' },
    });

    expect(v.alert).toEqual({ quizId: 'lab-single', anchor: 'quiz-lab-single', message: 'invalid_answer' });
    const quiz = v.blocks.find((b) => b.kind === 'quiz');
    expect(quiz?.kind === 'quiz' && quiz.quiz.message).toBe('invalid_answer');
  });
});
