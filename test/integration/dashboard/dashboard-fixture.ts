/**
 * Shared set-up of the dashboard and certificate tests: the small fixture packs of test/fixtures/dashboard
 * (dash-basics: 2 lessons, 1 quiz of two true/false questions, pass mark 70 %, Greek translation; dash-extra:
 * 1 lesson, no quiz; one pathway over both), and progress built through the real learning services.
 */
import { join } from 'node:path';
import type { Express } from 'express';
import mongoose from 'mongoose';
import { userModel } from '../../../src/features/accounts';
import type { CatalogCache, PublishedPack } from '../../../src/features/catalog';
import { progressModel } from '../../../src/features/learning/progress.model';
import { completeIfEligible, markLessonDone } from '../../../src/features/learning/progress.service';
import { submitAttempt } from '../../../src/features/learning/quiz-attempt.service';
import { appWithContent } from '../../helpers/content';
import { registerLearner, type Agent } from '../../helpers/test-app';

/** The content folder of the fixture packs (with its own framework and pathways). */
export const DASHBOARD_CONTENT = join(__dirname, '..', '..', 'fixtures', 'dashboard');

/** Both questions right: 2 of 2 points. */
export const ALL_RIGHT = { 'q.sensor-measures': 'true', 'q.sensor-acts': 'false' };
/** One question right: 1 of 2 points (50 %, under the 70 % pass mark). */
export const HALF_RIGHT = { 'q.sensor-measures': 'true', 'q.sensor-acts': 'true' };

/** A registered learner: the logged-in agent and what the services need. */
export interface Learner {
  agent: Agent;
  id: string;
  name: string;
  email: string;
}

/** Imports the fixture packs and builds the app; `env` overrides settings such as PUBLIC_URL. */
export async function dashboardApp(env: Record<string, string> = {}): Promise<{ app: Express; catalog: CatalogCache }> {
  const { app, catalog, report } = await appWithContent([DASHBOARD_CONTENT], env, DASHBOARD_CONTENT);
  const problems = report.problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new Error(`fixture packs have problems: ${JSON.stringify(problems)}`);
  return { app, catalog };
}

/** Registers a learner through the real form and looks up their id. */
export async function learner(app: Express, person: { name: string; email: string }): Promise<Learner> {
  const agent = await registerLearner(app, person);
  const user = await userModel().findOne({ email: person.email }).lean();
  if (!user) throw new Error('registered learner not stored');
  return { agent, id: String(user._id), ...person };
}

/** The published version of a fixture pack. */
export function packOf(catalog: CatalogCache, packId: string): PublishedPack {
  const pack = catalog.current().packs.get(packId);
  if (!pack) throw new Error(`pack ${packId} is not published`);
  return pack;
}

/** Submits the quiz of dash-basics as the learner, reading in `language`. */
export function answerQuiz(catalog: CatalogCache, who: Learner, form: Record<string, string>, language = 'en') {
  return submitAttempt({
    learner: { id: who.id, name: who.name },
    pack: packOf(catalog, 'dash-basics'),
    quizId: 'sensor-measures',
    language,
    form,
  });
}

/** Completes dash-basics (both lessons, quiz all right); returns the certificate id. */
export async function completeBasics(catalog: CatalogCache, who: Learner): Promise<string> {
  await markLessonDone(who.id, 'dash-basics', 'what-sensors-do');
  const result = await answerQuiz(catalog, who, ALL_RIGHT);
  if (result.progress.completedAt === null) throw new Error('dash-basics did not complete');
  const record = await progressModel()
    .findOne({ learnerId: new mongoose.Types.ObjectId(who.id), packId: 'dash-basics' })
    .lean();
  if (!record?.certificateId) throw new Error('no certificate issued');
  return record.certificateId.toHexString();
}

/** Completes dash-extra (its only lesson; no quiz). */
export async function completeExtra(catalog: CatalogCache, who: Learner): Promise<void> {
  const record = await markLessonDone(who.id, 'dash-extra', 'sensor-map');
  await completeIfEligible(packOf(catalog, 'dash-extra'), { id: who.id, name: who.name }, record);
}
