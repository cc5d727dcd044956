import mongoose from 'mongoose';
import request from 'supertest';
import { attemptModel } from '../../../src/features/learning/attempt.model';
import { progressModel } from '../../../src/features/learning/progress.model';
import { markLessonDone } from '../../../src/features/learning/progress.service';
import { onDatabaseCommand } from '../../../src/platform/db/connect';
import { useTestDatabase } from '../../support/database';
import { csrfFrom, htmlLang } from '../../helpers/test-app';
import {
  ALL_RIGHT,
  HALF_RIGHT,
  answerQuiz,
  completeBasics,
  completeExtra,
  dashboardApp,
  learner,
} from './dashboard-fixture';

useTestDatabase();

const longDate = (date: Date, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** The text of the module card of `packId` (from its <article> to the next </article>). */
function card(html: string, packId: string): string {
  const start = html.indexOf(`data-pack="${packId}"`);
  if (start < 0) throw new Error(`no card for ${packId}`);
  return html.slice(start, html.indexOf('</article>', start));
}

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('GET /dashboard', () => {
  it('not logged in › sent to the login page, and back to the dashboard after logging in', async () => {
    const { app } = await dashboardApp();
    await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    const visitor = request.agent(app);
    const refused = await visitor.get('/dashboard').expect(303);
    expect(refused.headers.location).toBe('/login?next=%2Fdashboard');

    const form = await visitor.get('/login?next=%2Fdashboard').expect(200);
    const login = await visitor
      .post('/login')
      .type('form')
      .send({
        _csrf: csrfFrom(form.text),
        email: 'ana@example.org',
        password: 'correct horse battery',
        next: '/dashboard',
      })
      .expect(303);
    expect(login.headers.location).toBe('/dashboard');
    await visitor.get('/dashboard').expect(200);
  });

  it('new learner › an empty state that points to the catalogue, no module and no pathway', async () => {
    const { app } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    const res = await ana.agent.get('/dashboard').expect(200);
    expect(res.text).toContain('You have not started a module yet');
    expect(res.text).toMatch(/<a href="\/modules" role="button">Browse the modules<\/a>/);
    expect(res.text).not.toContain('data-pack=');
    expect(res.text).not.toContain('data-testid="dashboard-pathways"');
    expect(res.text.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('partial progress › percent, score against the pass mark, last activity and a resume link to the unfinished lesson', async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    await answerQuiz(catalog, ana, HALF_RIGHT); // lesson 2 is done by its only quiz; lesson 1 is not

    const res = await ana.agent.get('/dashboard').expect(200);
    const basics = card(res.text, 'dash-basics');
    expect(res.text).toContain('data-testid="dashboard-in-progress"');
    expect(basics).toContain('Street sensors basics');
    expect(basics).toMatch(/<label for="progress-dash-basics">Lessons done<\/label>/);
    expect(basics).toContain('<progress id="progress-dash-basics" max="100" value="50">');
    expect(text(basics)).toContain('1 of 2 lessons done (50%)');
    expect(text(basics)).toContain('50%, pass mark 70% Pass mark not reached yet');
    expect(text(basics)).toContain('Next lesson: What street sensors do');
    expect(basics).toContain('href="/modules/dash-basics/lessons/what-sensors-do" role="button"');
    const record = await progressModel().findOne({ packId: 'dash-basics' }).lean();
    expect(basics).toContain(`<time datetime="${record?.lastActivityAt.toISOString()}"`);
    expect(basics).toContain(longDate(record!.lastActivityAt, 'en'));
    expect(basics).not.toContain('/certificates/');
  });

  it('in Greek › the same numbers, with the Greek title, next lesson and date', async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Άννα Μαθήτρια', email: 'anna@example.org' });
    await answerQuiz(catalog, ana, HALF_RIGHT, 'el');
    const res = await ana.agent.get('/dashboard?lang=el').expect(200);
    expect(htmlLang(res.text)).toBe('el');
    const basics = text(card(res.text, 'dash-basics'));
    expect(basics).toContain('Βασικά για τους αισθητήρες δρόμου');
    expect(basics).toContain('1 από 2 μαθήματα ολοκληρώθηκαν (50%)');
    expect(basics).toContain('50%, όριο επιτυχίας 70%');
    expect(basics).toContain('Επόμενο μάθημα: Τι κάνουν οι αισθητήρες δρόμου');
    expect(basics).toContain(longDate(new Date(), 'el'));
  });

  it('attempts in Greek and in English › counted together: one best score, one attempt count', async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    await answerQuiz(catalog, ana, HALF_RIGHT, 'el');
    await answerQuiz(catalog, ana, ALL_RIGHT, 'en');

    const stored = await progressModel().findOne({ packId: 'dash-basics' }).lean();
    expect(stored?.quizzes?.['sensor-measures']?.attempts).toBe(2);
    expect((await attemptModel().find({}).lean()).map((a) => a.language).sort()).toEqual(['el', 'en']);

    const english = text(card((await ana.agent.get('/dashboard?lang=en').expect(200)).text, 'dash-basics'));
    const greek = text(card((await ana.agent.get('/dashboard?lang=el').expect(200)).text, 'dash-basics'));
    expect(english).toContain('1 of 2 lessons done (50%)');
    expect(english).toContain('100%, pass mark 70% Pass mark reached');
    expect(greek).toContain('1 από 2 μαθήματα ολοκληρώθηκαν (50%)');
    expect(greek).toContain('100%, όριο επιτυχίας 70% Το όριο επιτυχίας επιτεύχθηκε');
  });

  it('completed module › listed as completed with its certificate link and no resume link', async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    const certificateId = await completeBasics(catalog, ana);
    const res = await ana.agent.get('/dashboard').expect(200);
    expect(res.text).toContain('data-testid="dashboard-completed"');
    expect(res.text).not.toContain('data-testid="dashboard-in-progress"');
    const basics = card(res.text, 'dash-basics');
    expect(basics).toContain(`href="/certificates/${certificateId}"`);
    expect(text(basics)).toContain('2 of 2 lessons done (100%)');
    expect(basics).not.toContain('/lessons/');
  });

  it("another learner's dashboard › never shows my modules, scores or certificates", async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    const certificateId = await completeBasics(catalog, ana);
    const ben = await learner(app, { name: 'Ben Other', email: 'ben@example.org' });
    const res = await ben.agent.get('/dashboard').expect(200);
    expect(res.text).toContain('You have not started a module yet');
    expect(res.text).not.toContain('Street sensors basics');
    expect(res.text).not.toContain(certificateId);
    expect(res.text).not.toContain('ana@example.org');
  });

  it('pathways › "1 of 2" while one module is complete, "Pathway complete" once both are', async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    await completeBasics(catalog, ana);
    const partial = await ana.agent.get('/dashboard').expect(200);
    expect(text(partial.text)).toContain('Street sensing starter');
    expect(partial.text).toContain('1 of 2 modules completed');
    expect(partial.text).not.toContain('data-testid="pathway-complete"');

    await completeExtra(catalog, ana);
    const done = await ana.agent.get('/dashboard').expect(200);
    expect(done.text).toContain('2 of 2 modules completed');
    expect(done.text).toContain(
      '<p class="dashboard-status is-passed" data-testid="pathway-complete">Pathway complete</p>',
    );
    const greek = await ana.agent.get('/dashboard?lang=el').expect(200);
    expect(greek.text).toContain('Πρώτα βήματα στους αισθητήρες δρόμου');
    expect(greek.text).toContain('Η διαδρομή ολοκληρώθηκε');
  });

  it('a module no longer in the catalogue › shown with a note, without numbers or links', async () => {
    const { app } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    await markLessonDone(ana.id, 'retired-module', 'intro');
    const retired = card((await ana.agent.get('/dashboard').expect(200)).text, 'retired-module');
    expect(retired).toContain('This module is no longer offered.');
    expect(retired).not.toContain('<progress');
    expect(retired).not.toContain('href=');
  });

  it('logged in with progress in two modules › at most 2 database round trips (session and progress)', async () => {
    const { app, catalog } = await dashboardApp();
    const ana = await learner(app, { name: 'Ana Learner', email: 'ana@example.org' });
    await answerQuiz(catalog, ana, HALF_RIGHT);
    await completeExtra(catalog, ana);
    await ana.agent.get('/dashboard').expect(200); // settle anything a first request does once
    const commands: string[] = [];
    const stop = onDatabaseCommand((event) => {
      if (event.databaseName === mongoose.connection.name) commands.push(event.commandName);
    });
    try {
      await ana.agent.get('/dashboard').expect(200);
    } finally {
      stop();
    }
    expect(commands.length).toBeLessThanOrEqual(2);
    expect(commands).toContain('find');
  });
});
