import request from 'supertest';
import { certificateModel } from '../../../src/features/learning/certificate.model';
import { progressModel } from '../../../src/features/learning/progress.model';
import { csrfFrom } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';
import { EVERY, LAB_ANSWERS, labApp, learner, postQuiz, READING, TWO } from './learning-kit';

useTestDatabase();

const DONE = `${READING}/done`;

describe('POST mark a lesson as done', () => {
  it('logged in › 303 back to the lesson, stored once, and the page shows it done without the button', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const token = csrfFrom((await agent.get(READING).expect(200)).text);

    const res = await agent.post(DONE).type('form').send({ _csrf: token }).expect(303);
    await agent.post(DONE).type('form').send({ _csrf: token }).expect(303);

    expect(res.headers.location).toBe(`${READING}#lesson-state`);
    const progress = await progressModel().find().lean();
    expect(progress).toHaveLength(1);
    expect(progress[0]?.lessons?.['reading-the-city']?.doneAt).toBeInstanceOf(Date);
    const page = (await agent.get(READING).expect(200)).text;
    expect(page).toMatch(/You completed this lesson on \w+ \d{1,2}, \d{4}\./);
    expect(page).not.toContain(`action="${DONE}"`);
    expect(page).toContain('Lessons completed in this module: 33%.');
  });

  it('without a CSRF token › 403, nothing stored', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    await agent.post(DONE).type('form').send({}).expect(403);

    expect(await progressModel().countDocuments()).toBe(0);
  });

  it('not logged in › sent to log in and back to the lesson, nothing stored', async () => {
    const { app } = await labApp();

    const res = await request(app).post(DONE).set('Referer', READING).expect(303);

    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(READING)}`);
    expect(await progressModel().countDocuments()).toBe(0);
  });

  it('unknown lesson › 404, nothing stored', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const token = csrfFrom((await agent.get(READING).expect(200)).text);

    await agent
      .post('/modules/learning-lab/lessons/no-such-lesson/done')
      .type('form')
      .send({ _csrf: token })
      .expect(404);

    expect(await progressModel().countDocuments()).toBe(0);
  });
});

describe('lessons done by their quizzes, and module completion', () => {
  it('a lesson with two quizzes is done once both were attempted, not after the first', async () => {
    const { app } = await labApp();
    const agent = await learner(app);

    await postQuiz(agent, '/modules/learning-lab/quizzes/two-first', { 'q.two-first': 'true' }, TWO);
    const afterFirst = (await agent.get(TWO).expect(200)).text;
    expect(afterFirst).toContain('You have not completed this lesson yet.');
    expect(afterFirst).toContain('It is marked as done by itself once you have answered all its quizzes.');

    await postQuiz(agent, '/modules/learning-lab/quizzes/two-second', { 'q.two-second': 'true' }, TWO);
    const afterBoth = (await agent.get(TWO).expect(200)).text;
    expect(afterBoth).toMatch(/You completed this lesson on/);
    expect(afterBoth).not.toContain(`action="${TWO}/done"`);
  });

  it('marking the last lesson done when the score passes › 303 to the new certificate, which is stored', async () => {
    const { app } = await labApp();
    const agent = await learner(app, 'Ana Completa');
    await postQuiz(agent, '/modules/learning-lab/quizzes/lab-single', LAB_ANSWERS.right, EVERY);
    await postQuiz(agent, '/modules/learning-lab/quizzes/two-first', { 'q.two-first': 'true' }, TWO);
    await postQuiz(agent, '/modules/learning-lab/quizzes/two-second', { 'q.two-second': 'false' }, TWO);
    expect(await certificateModel().countDocuments()).toBe(0);
    const token = csrfFrom((await agent.get(READING).expect(200)).text);

    const res = await agent.post(DONE).type('form').send({ _csrf: token }).expect(303);

    const certificate = await certificateModel().findOne().lean();
    expect(certificate?.learnerName).toBe('Ana Completa');
    expect(certificate?.score).toBe(1);
    expect(res.headers.location).toBe(`/certificates/${String(certificate?._id)}`);
    const page = (await agent.get(READING).expect(200)).text;
    expect(page).toContain('You have completed this module.');
    expect(page).toContain(`<a href="/certificates/${String(certificate?._id)}">View your certificate</a>`);
    // Done again later: back to the lesson, no second certificate.
    const again = await agent.post(DONE).type('form').send({ _csrf: token }).expect(303);
    expect(again.headers.location).toBe(`${READING}#lesson-state`);
    expect(await certificateModel().countDocuments()).toBe(1);
  });
});
