import request from 'supertest';
import { SESSION_COOKIE } from '../../../src/platform/http/session';
import { cookiesOf, htmlLang } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';
import { bumpedLabCopy, countRoundTrips, EVERY, importLab, labApp, learner, READING, TWO } from './learning-kit';

useTestDatabase();

describe('GET a lesson page', () => {
  it('in English › the lesson with its own h1 only, a labelled table of contents, next link, no notice', async () => {
    const { app } = await labApp();
    const res = await request(app).get(READING).set('Accept-Language', 'en').expect(200);

    expect(htmlLang(res.text)).toBe('en');
    expect(res.text.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(res.text).toContain('<h1 id="reading-the-city">Reading the city</h1>');
    expect(res.text).toMatch(/<nav class="lesson-toc" aria-labelledby="lesson-toc-title">/);
    expect(res.text).toContain('<a href="#why-cities-measure">Why cities measure</a>');
    expect(res.text).toContain('<a href="#air-and-noise">Air and noise</a>');
    expect(res.text).toContain('href="/modules/learning-lab/lessons/every-question" rel="next"');
    expect(res.text).not.toContain('rel="prev"');
    expect(res.text).toContain('Lesson 1 of 3');
    expect(res.text).not.toContain('class="lesson-notice"');
    expect(res.text).not.toMatch(/<article class="lesson-content" lang=/);
  });

  it('Greek, current translation › Greek text without notice; previous and next titles in Greek', async () => {
    const { app } = await labApp();
    const res = await request(app).get(EVERY).set('Accept-Language', 'el').expect(200);

    expect(htmlLang(res.text)).toBe('el');
    expect(res.text).toContain('Κάθε είδος ερώτησης</h1>');
    expect(res.text).toContain('Ποια συσκευή μετατρέπει ένα φυσικό μέγεθος σε ηλεκτρικό σήμα;');
    expect(res.text).not.toContain('class="lesson-notice"');
    expect(res.text).toContain('Διαβάζοντας την πόλη');
    expect(res.text).toContain('Μάθημα 2 από 3');
  });

  it('Spanish, outdated translation › Spanish text, a notice and a link to the source text', async () => {
    const { app } = await labApp();
    const res = await request(app).get(READING).set('Accept-Language', 'es').expect(200);

    expect(res.text).toContain('Leer la ciudad</h1>');
    expect(res.text).toContain('Esta traducción se hizo a partir de una versión anterior de la lección');
    expect(res.text).toContain(`<a href="${READING}?source=1">Leer el texto original actual (inglés)</a>`);
    expect(res.text).not.toMatch(/<article class="lesson-content" lang=/);
  });

  it('Spanish with ?source=1 › the English source, lang="en" on the content, a link back to the translation', async () => {
    const { app } = await labApp();
    const res = await request(app).get(`${READING}?source=1`).set('Accept-Language', 'es').expect(200);

    expect(htmlLang(res.text)).toBe('es');
    expect(res.text).toContain('<article class="lesson-content" lang="en">');
    expect(res.text).toContain('Reading the city</h1>');
    expect(res.text).not.toContain('Leer la ciudad</h1>');
    expect(res.text).toContain('Está leyendo el texto original de esta lección (inglés).');
    expect(res.text).toContain(`<a href="${READING}">Volver a la traducción (español)</a>`);
  });

  it('Greek, missing translation › the English source with lang="en" and a notice naming Greek', async () => {
    const { app } = await labApp();
    const res = await request(app).get(TWO).set('Accept-Language', 'el').expect(200);

    expect(htmlLang(res.text)).toBe('el');
    expect(res.text).toContain('<article class="lesson-content" lang="en">');
    expect(res.text).toContain('Two short quizzes</h1>');
    expect(res.text).toContain(
      'Αυτό το μάθημα δεν έχει μεταφραστεί ακόμη στη γλώσσα σας (Ελληνικά), γι’ αυτό εμφανίζεται στην αρχική του γλώσσα (Αγγλικά).',
    );
    // The interface's own words inside English content say they are Greek.
    expect(res.text).toContain('<span class="question-number" lang="el">Ερώτηση 1</span>');
  });

  it('Bulgarian, no translation at all › source with a Bulgarian notice', async () => {
    const { app } = await labApp();
    const res = await request(app).get(READING).set('Accept-Language', 'bg').expect(200);

    expect(res.text).toContain('Reading the city</h1>');
    expect(res.text).toContain('Този урок все още не е преведен на вашия език (български)');
  });

  it('unknown lesson, unknown pack, or an id that is not kebab-case › 404', async () => {
    const { app } = await labApp();
    await request(app).get('/modules/learning-lab/lessons/no-such-lesson').expect(404);
    await request(app).get('/modules/no-such-pack/lessons/reading-the-city').expect(404);
    await request(app).get('/modules/learning-lab/lessons/Reading_The_City').expect(404);
  });
});

describe('anonymous lesson pages', () => {
  it('quizzes are read-only with "Log in to answer", no form posts, and no session cookie is set', async () => {
    const { app } = await labApp();
    const res = await request(app).get(EVERY).set('Accept-Language', 'en').expect(200);

    expect(res.text).not.toContain('method="post"');
    expect(res.text).not.toContain('name="_csrf"');
    expect(res.text).toContain(`<a href="/login?next=${encodeURIComponent(EVERY)}">Log in to answer</a>`);
    expect(res.text).toMatch(/<fieldset class="question question-single" id="q-lab-single" disabled>/);
    expect(cookiesOf(res)).not.toContain(SESSION_COOKIE);
  });

  it('cost zero database round trips, rendered or from the cache, and the cached copy is identical', async () => {
    const { app } = await labApp();
    let first = '';
    let second = '';
    const rendered = await countRoundTrips(async () => {
      first = (await request(app).get(EVERY).set('Accept-Language', 'el').expect(200)).text;
    });
    const cached = await countRoundTrips(async () => {
      second = (await request(app).get(EVERY).set('Accept-Language', 'el').expect(200)).text;
    });

    expect(rendered.commands).toEqual([]);
    expect(cached.commands).toEqual([]);
    expect(second).toBe(first);
  });

  it('cache keys by language and ?source: each variant shows its own text', async () => {
    const { app } = await labApp();
    const greek = await request(app).get(READING).set('Accept-Language', 'el').expect(200);
    const english = await request(app).get(READING).set('Accept-Language', 'en').expect(200);
    const source = await request(app).get(`${READING}?source=1`).set('Accept-Language', 'el').expect(200);
    const greekAgain = await request(app).get(READING).set('Accept-Language', 'el').expect(200);

    expect(greek.text).toContain('Διαβάζοντας την πόλη</h1>');
    expect(english.text).toContain('Reading the city</h1>');
    expect(english.text).not.toContain('Διαβάζοντας');
    expect(source.text).toContain('<article class="lesson-content" lang="en">');
    expect(greekAgain.text).toBe(greek.text);
  });

  it('a cached page answers 304 to its own ETag', async () => {
    const { app } = await labApp();
    const res = await request(app).get(READING).expect(200);
    const etag = String(res.headers.etag);

    expect(etag).toMatch(/^W\/"/);
    await request(app).get(READING).set('If-None-Match', etag).expect(304);
  });

  it('after a new version is imported and the catalogue refreshed › the cached page shows the new text', async () => {
    const { app, catalog } = await labApp();
    const before = await request(app).get(READING).expect(200);
    expect(before.text).toContain('Sensors read the street every minute');
    const copy = bumpedLabCopy('Sensors read the street every second');
    try {
      await importLab(copy.path);
      const stale = await request(app).get(READING).expect(200);
      expect(stale.text).toContain('every minute');

      await catalog.refresh();
      const after = await request(app).get(READING).expect(200);
      expect(after.text).toContain('Sensors read the street every second');
      expect(after.text).not.toContain('every minute');
    } finally {
      copy.remove();
    }
  });

  it('HTML before submission contains no right answers, weights, tolerances or feedback (English and Greek)', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const pages = [
      (await request(app).get(EVERY).set('Accept-Language', 'en').expect(200)).text,
      (await request(app).get(EVERY).set('Accept-Language', 'el').expect(200)).text,
      (await agent.get(EVERY).expect(200)).text,
    ];
    const secrets = [
      'Right: a sensor measures',
      'Partly: a meter',
      'LoRaWAN is an LPWAN',
      'Think again',
      'Yes: clients publish',
      'Constrained Application Protocol',
      'Almost: write the whole word',
      '3.14',
      '0.001',
      'Close, but give two decimals',
      'Devices sense, gateways carry',
      'subscriber',
      'Σωστά',
      'Εν μέρει',
      'συνδρομητ',
      'Οι συσκευές μετρούν',
      'weight',
      '%50%',
      'question-result',
      'Right answer',
    ];
    for (const html of pages) {
      for (const secret of secrets) expect({ secret, found: html.includes(secret) }).toEqual({ secret, found: false });
    }
  });
});

describe('logged-in lesson pages', () => {
  it('show a quiz form per quiz block with CSRF and labelled controls for every question type', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const html = (await agent.get(EVERY).expect(200)).text;

    expect(html.match(/<form method="post" action="\/modules\/learning-lab\/quizzes\/lab-single"/g)).toHaveLength(1);
    expect(html).toMatch(
      /action="\/modules\/learning-lab\/quizzes\/lab-single" class="quiz-form" novalidate>\s*<input type="hidden" name="_csrf" value="[^"]+">/,
    );
    expect(html).toContain('<legend id="q-lab-single-legend">');
    expect(html).toContain(
      '<label for="q-lab-single-0"><input type="radio" id="q-lab-single-0" name="q.lab-single" value="0"> A sensor</label>',
    );
    expect(html).toContain(
      '<input type="checkbox" id="q-lab-multiple-2" name="q.lab-multiple" value="2"> Bluetooth Classic',
    );
    expect(html).toContain('Choose all that apply.');
    expect(html).toContain('name="q.lab-truefalse" value="true"> True</label>');
    expect(html).toContain('name="q.lab-truefalse" value="false"> False</label>');
    expect(html).toContain('<label for="q-lab-short-input">Your answer</label>');
    expect(html).toMatch(
      /<input type="text" id="q-lab-numerical-input" name="q.lab-numerical" value="" autocomplete="off" maxlength="500" inputmode="decimal">/,
    );
    expect(html).toContain('<label for="q-lab-matching-0">Temperature sensor</label>');
    expect(html).toContain('<select id="q-lab-matching-0" name="q.lab-matching.0">');
    expect(html).toContain('<option value="2">Perception</option>');
    // Missing word: the sentence around the blank is the legend, and labels the text input.
    expect(html).toMatch(
      /MQTT broker passes each message to every <span class="blank">.*<\/span> of its topic\.<\/legend>/,
    );
    expect(html).toContain(
      'name="q.lab-missing-short" value="" autocomplete="off" maxlength="500" aria-labelledby="q-lab-missing-short-legend">',
    );
    expect(html).toContain('Attempts left: 3.');
  });

  it('show "Mark as done" with CSRF while the lesson is not done', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    const html = (await agent.get(READING).expect(200)).text;

    expect(html).toMatch(
      /<form method="post" action="\/modules\/learning-lab\/lessons\/reading-the-city\/done"[^>]*>\s*<input type="hidden" name="_csrf"/,
    );
    expect(html).toContain('You have not completed this lesson yet.');
  });

  it('cost at most 2 database round trips (session and progress)', async () => {
    const { app } = await labApp();
    const agent = await learner(app);
    await agent.get(EVERY).expect(200); // the first form page stores the CSRF token in the session

    const trips = await countRoundTrips(() => agent.get(EVERY).expect(200));
    expect(trips.count).toBeLessThanOrEqual(2);
  });
});
