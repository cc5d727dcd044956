import request from 'supertest';
import { attemptModel } from '../../../src/features/learning/attempt.model';
import { progressModel } from '../../../src/features/learning/progress.model';
import { csrfFrom } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';
import {
  countRoundTrips,
  EVERY,
  LAB_ANSWERS,
  LAB_QUIZ,
  labApp,
  learner,
  postQuiz,
  resultPage,
  resultTextOf,
  verdictOf,
} from './learning-kit';

useTestDatabase();

const QUESTIONS = [
  'lab-single',
  'lab-multiple',
  'lab-truefalse',
  'lab-short',
  'lab-numerical',
  'lab-matching',
  'lab-missing-choice',
  'lab-missing-short',
];

describe('POST a quiz', () => {
  it('right answers to every question type › 303 to the lesson with the attempt; score, verdicts and feedback shown', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    const res = await postQuiz(agent, LAB_QUIZ, LAB_ANSWERS.right);

    expect(res.status).toBe(303);
    expect(res.location).toMatch(
      /^\/modules\/learning-lab\/lessons\/every-question\?attempt=[0-9a-f]{24}#quiz-lab-single$/,
    );
    const html = await resultPage(agent, res.location);
    expect(html).toContain('Your score: 8 of 8 points (100%).');
    expect(html).toContain('Best score so far: 8 of 8 points (100%).');
    expect(html).toContain('Attempts left: 2.');
    for (const id of QUESTIONS) expect({ id, verdict: verdictOf(html, id) }).toEqual({ id, verdict: 'right' });
    expect(resultTextOf(html, 'lab-single')).toContain('Right: a sensor measures.');
    expect(resultTextOf(html, 'lab-truefalse')).toContain('Yes: clients publish and subscribe to topics.');
    expect(resultTextOf(html, 'lab-short')).toContain('Right: Constrained Application Protocol.');
    expect(resultTextOf(html, 'lab-numerical')).toContain('Exactly.');
    expect(resultTextOf(html, 'lab-matching')).toContain('Devices sense, gateways carry, dashboards show.');
    // The learner's answers stay in the form.
    expect(html).toContain('name="q.lab-single" value="0" checked>');
    expect(html).toContain('name="q.lab-short" value="application"');
    expect(html).toContain('name="q.lab-numerical" value="3.14"');
    expect(html).toMatch(
      /<select id="q-lab-matching-0" name="q.lab-matching.0">[\s\S]*?<option value="2" selected>Perception<\/option>/,
    );
  });

  it('partly right answers › partial verdicts with points, the right answer and the feedback of the answer given', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    const res = await postQuiz(agent, LAB_QUIZ, LAB_ANSWERS.partial);
    const html = await resultPage(agent, res.location);

    // 0.5 + 0.5 + 1 + 0.5 + 0.5 + 1/3 + 0 + 0
    expect(html).toContain('Your score: 3.33 of 8 points (42%).');
    const verdicts = Object.fromEntries(QUESTIONS.map((id) => [id, verdictOf(html, id)]));
    expect(verdicts).toEqual({
      'lab-single': 'partial',
      'lab-multiple': 'partial',
      'lab-truefalse': 'right', // true/false has no partial credit
      'lab-short': 'partial',
      'lab-numerical': 'partial',
      'lab-matching': 'partial',
      'lab-missing-choice': 'wrong', // no weights: right or wrong
      'lab-missing-short': 'wrong',
    });
    expect(resultTextOf(html, 'lab-single')).toContain('Partly: a meter contains a sensor.');
    expect(resultTextOf(html, 'lab-single')).toContain('Points: 0.5 of 1');
    expect(resultTextOf(html, 'lab-single')).toContain('Right answer: A sensor');
    expect(resultTextOf(html, 'lab-short')).toContain('Almost: write the whole word.');
    expect(resultTextOf(html, 'lab-numerical')).toContain('Close, but give two decimals.');
    expect(resultTextOf(html, 'lab-matching')).toContain('Points: 0.33 of 1');
    expect(resultTextOf(html, 'lab-matching')).toContain('Temperature sensor → Perception');
  });

  it('wrong answers › 0 points, wrong verdicts, right answers and the feedback of the wrong answers', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    const res = await postQuiz(agent, LAB_QUIZ, LAB_ANSWERS.wrong);
    const html = await resultPage(agent, res.location);

    expect(html).toContain('Your score: 0 of 8 points (0%).');
    for (const id of QUESTIONS) expect({ id, verdict: verdictOf(html, id) }).toEqual({ id, verdict: 'wrong' });
    expect(resultTextOf(html, 'lab-single')).toContain('No: an actuator acts on the world.');
    expect(resultTextOf(html, 'lab-multiple')).toContain('Bluetooth Classic has a short range.');
    expect(resultTextOf(html, 'lab-multiple')).toContain('Right answer: LoRaWAN · NB-IoT');
    expect(resultTextOf(html, 'lab-truefalse')).toContain('Think again: MQTT clients publish to topics.');
    expect(resultTextOf(html, 'lab-truefalse')).toContain('Right answer: True');
    expect(resultTextOf(html, 'lab-numerical')).toContain('Right answer: 3.14 ± 0.001');
    expect(resultTextOf(html, 'lab-missing-short')).toContain('Right answer: subscriber / subscribers');
  });

  it('in Greek › graded against the Greek text; Greek feedback and numbers formatted for Greek', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    await agent.get('/?lang=el').expect(200);
    const greekMatching = { 'q.lab-matching.0': '0', 'q.lab-matching.1': '1', 'q.lab-matching.2': '2' };
    // Greek options sort differently: Αντίληψη 0, Δίκτυο 1, Εφαρμογή 2.
    const res = await postQuiz(agent, LAB_QUIZ, {
      ...LAB_ANSWERS.partial,
      ...greekMatching,
      'q.lab-missing-short': 'συνδρομητές',
    });
    const html = await resultPage(agent, res.location);

    expect(html).toContain('Η βαθμολογία σας: 5 από 8 μονάδες (63%).');
    expect(verdictOf(html, 'lab-matching')).toBe('right');
    expect(verdictOf(html, 'lab-missing-short')).toBe('right');
    expect(resultTextOf(html, 'lab-single')).toContain('Εν μέρει: ο μετρητής περιέχει αισθητήρα.');
    expect(resultTextOf(html, 'lab-single')).toContain('Μονάδες: 0,5 από 1');
    const stored = await attemptModel().findOne().lean();
    expect(stored?.language).toBe('el');
  });

  it('on the source text (?source=1) in Greek › graded against the English text it showed', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    await agent.get('/?lang=el').expect(200);
    const page = await agent.get(`${EVERY}?source=1`).expect(200);
    expect(page.text).toContain('<input type="hidden" name="source" value="1">');

    const res = await agent
      .post(LAB_QUIZ)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), source: '1', ...LAB_ANSWERS.right })
      .expect(303);

    expect(String(res.headers.location)).toMatch(/\?attempt=[0-9a-f]{24}&source=1#quiz-lab-single$/);
    const html = await resultPage(agent, String(res.headers.location));
    expect(html).toContain('Η βαθμολογία σας: 8 από 8 μονάδες (100%).');
    expect(resultTextOf(html, 'lab-single')).toContain('Right: a sensor measures.');
    expect((await attemptModel().findOne().lean())?.language).toBe('en');
  });

  it('the results page costs at most 3 database round trips (session, progress, the attempt)', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const res = await postQuiz(agent, LAB_QUIZ, LAB_ANSWERS.right);

    const trips = await countRoundTrips(() => agent.get(res.location.replace(/#.*$/, '')).expect(200));

    expect(trips.count).toBeLessThanOrEqual(3);
  });

  it('costs at most 4 database round trips, the session included, on a first attempt', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const token = csrfFrom((await agent.get(EVERY).expect(200)).text);

    const trips = await countRoundTrips(() =>
      agent
        .post(LAB_QUIZ)
        .type('form')
        .send({ _csrf: token, ...LAB_ANSWERS.wrong })
        .expect(303),
    );
    // session read, progress upsert (attempt counted, lesson done), attempt insert, best result
    expect(trips.count).toBeLessThanOrEqual(4);
  });
});

describe('POST a quiz › refused', () => {
  it('forged answer indexes › 422, the page says so at the quiz, nothing stored', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    const res = await postQuiz(agent, LAB_QUIZ, { 'q.lab-single': '7', 'q.lab-short': 'x' });

    expect(res.status).toBe(422);
    expect(res.text).toContain('Some answers could not be read, so nothing was saved.');
    expect(res.text).toContain('href="#quiz-lab-single"');
    expect(await attemptModel().countDocuments()).toBe(0);
    expect(await progressModel().countDocuments()).toBe(0);
  });

  it("answers to another quiz's question › 422, nothing stored", async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    const res = await postQuiz(agent, LAB_QUIZ, { 'q.two-first': 'true' });

    expect(res.status).toBe(422);
    expect(await attemptModel().countDocuments()).toBe(0);
  });

  it('unknown quiz or unknown pack › 404, nothing stored', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    expect((await postQuiz(agent, '/modules/learning-lab/quizzes/no-such-quiz', LAB_ANSWERS.right)).status).toBe(404);
    expect((await postQuiz(agent, '/modules/no-such-pack/quizzes/lab-single', LAB_ANSWERS.right)).status).toBe(404);
    expect((await postQuiz(agent, '/modules/learning-lab/quizzes/NOT_AN_ID', LAB_ANSWERS.right)).status).toBe(404);
    expect(await attemptModel().countDocuments()).toBe(0);
    expect(await progressModel().countDocuments()).toBe(0);
  });

  it("another learner's CSRF token (a forged cross-session post) › 403, nothing stored for either", async () => {
    const { app } = await labApp();
    const ana = await learner(app, 'Ana');
    const jon = await learner(app, 'Jon');
    const anasToken = csrfFrom((await ana.get(EVERY).expect(200)).text);
    await jon.get(EVERY).expect(200);

    await jon
      .post(LAB_QUIZ)
      .type('form')
      .send({ _csrf: anasToken, ...LAB_ANSWERS.right })
      .expect(403);
    await jon.post(LAB_QUIZ).type('form').send(LAB_ANSWERS.right).expect(403);

    expect(await attemptModel().countDocuments()).toBe(0);
    expect(await progressModel().countDocuments()).toBe(0);
  });

  it('a learnerId in the form is ignored › the attempt is recorded for the session learner only', async () => {
    const { app } = await labApp();
    const ana = await learner(app, 'Ana');
    await postQuiz(ana, LAB_QUIZ, LAB_ANSWERS.wrong);
    const anaId = (await attemptModel().findOne().lean())?.learnerId;
    const jon = await learner(app, 'Jon');

    const res = await postQuiz(jon, LAB_QUIZ, { ...LAB_ANSWERS.right, learnerId: String(anaId) });

    expect(res.status).toBe(303);
    expect(await attemptModel().countDocuments({ learnerId: { $ne: anaId } })).toBe(1);
    expect(await attemptModel().countDocuments({ learnerId: anaId })).toBe(1);
    const anas = await progressModel().findOne({ learnerId: anaId }).lean();
    expect(anas?.quizzes?.['lab-single']?.attempts).toBe(1);
    expect(anas?.quizzes?.['lab-single']?.best?.earned).toBe(0);
  });

  it("another learner's attempt id in ?attempt › their score and answers are not shown", async () => {
    const { app } = await labApp();
    const ana = await learner(app, 'Ana');
    const posted = await postQuiz(ana, LAB_QUIZ, LAB_ANSWERS.right);
    const jon = await learner(app, 'Jon');

    const html = (await jon.get(posted.location.replace(/#.*$/, '')).expect(200)).text;

    expect(html).not.toContain('Your score');
    expect(html).not.toContain('question-result');
    expect(html).not.toContain(' checked>');
    expect(html).not.toContain('value="application"');
  });

  it('not logged in › sent to log in, nothing stored', async () => {
    const { app } = await labApp();

    const res = await request(app)
      .post(LAB_QUIZ)
      .type('form')
      .send(LAB_ANSWERS.right)
      .set('Referer', EVERY)
      .expect(303);

    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(EVERY)}`);
    expect(await attemptModel().countDocuments()).toBe(0);
  });
});

describe('POST a quiz › attempts', () => {
  it('past maxAttempts (3) › 409, the page says so and the form is disabled; nothing stored past the limit', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    for (const answers of [LAB_ANSWERS.wrong, LAB_ANSWERS.partial, LAB_ANSWERS.right]) {
      expect((await postQuiz(agent, LAB_QUIZ, answers)).status).toBe(303);
    }

    const fourth = await postQuiz(agent, LAB_QUIZ, LAB_ANSWERS.right);

    expect(fourth.status).toBe(409);
    expect(fourth.text).toContain('You have used all your attempts at this quiz');
    expect(fourth.text).toMatch(/<button type="submit" disabled>Submit answers<\/button>/);
    expect(fourth.text).toContain('<fieldset class="question question-single" id="q-lab-single" disabled>');
    expect(await attemptModel().countDocuments()).toBe(3);
    const progress = await progressModel().findOne().lean();
    expect(progress?.quizzes?.['lab-single']?.attempts).toBe(3);
    const page = (await agent.get(EVERY).expect(200)).text;
    expect(page).toContain('Attempts left: 0.');
    expect(page).toMatch(/<button type="submit" disabled>/);
  });

  it('two concurrent submissions of the same quiz › both recorded; the best is the higher', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const token = csrfFrom((await agent.get(EVERY).expect(200)).text);
    const post = (answers: Record<string, string | string[]>) =>
      agent
        .post(LAB_QUIZ)
        .type('form')
        .send({ _csrf: token, ...answers });

    const results = await Promise.all([post(LAB_ANSWERS.right), post(LAB_ANSWERS.wrong)]);

    expect(results.map((r) => r.status)).toEqual([303, 303]);
    expect(await attemptModel().countDocuments()).toBe(2);
    const progress = await progressModel().findOne().lean();
    expect(progress?.quizzes?.['lab-single']?.attempts).toBe(2);
    expect(progress?.quizzes?.['lab-single']?.best?.earned).toBe(8);
    const attempts = await attemptModel().find().lean();
    expect(attempts.map((a) => a.earned).sort()).toEqual([0, 8]);
    expect(new Set(attempts.map((a) => a.number))).toEqual(new Set([1, 2]));
  });
});
