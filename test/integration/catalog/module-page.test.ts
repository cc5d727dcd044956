/**
 * Module pages on the small catalogue fixtures (test/fixtures/catalog): street-noise has one quiz, a full Greek
 * and a partial Basque translation; quiet-streets-policy requires it and has no quiz.
 */
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { userModel } from '../../../src/features/accounts';
import type { CatalogCache, PublishedPack } from '../../../src/features/catalog';
import { progressModel } from '../../../src/features/learning/progress.model';
import { markLessonDone } from '../../../src/features/learning/progress.service';
import { submitAttempt } from '../../../src/features/learning/quiz-attempt.service';
import { onDatabaseCommand } from '../../../src/platform/db/connect';
import { appWithContent } from '../../helpers/content';
import { htmlLang, registerLearner, type Agent } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';

useTestDatabase();

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'catalog');

let app: Express;
let catalog: CatalogCache;

// Imported once: the catalogue lives in memory and survives the emptying of the database before each test.
beforeAll(async () => {
  ({ app, catalog } = await appWithContent([FIXTURES], {}, FIXTURES));
}, 60_000);

function pack(id: string): PublishedPack {
  const found = catalog.current().packs.get(id);
  if (!found) throw new Error(`fixture pack ${id} not published`);
  return found;
}

function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The visible text of the section whose heading has this id. */
function section(html: string, headingId: string): string {
  const start = html.indexOf(`id="${headingId}"`);
  if (start === -1) return '';
  const rest = html.slice(start);
  return visible(rest.slice(0, rest.indexOf('</section>')));
}

async function learner(email: string): Promise<{ agent: Agent; id: string; name: string }> {
  const agent = await registerLearner(app, { name: 'Nerea Learner', email });
  const user = await userModel().findOne({ email }).lean();
  if (!user) throw new Error('registration stored nothing');
  return { agent, id: String(user._id), name: user.name };
}

describe('GET /modules/:packId (anonymous)', () => {
  it('English: summary, outcomes, competences by group, facts, lessons with minutes, languages, authors, licence', async () => {
    const res = await request(app).get('/modules/street-noise').expect(200);
    expect(res.text).toContain('<h1>Street noise sensing</h1>');
    expect(res.text.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(visible(res.text)).toContain('How a city measures traffic noise with low-cost sound level meters');
    expect(section(res.text, 'outcomes-heading')).toContain('Read a noise map and find the loudest streets.');
    const competences = section(res.text, 'competences-heading');
    expect(competences).toMatch(
      /Transversal competences Analytical and critical thinking Smart-city technologies Intelligent sensors/,
    );
    const facts = section(res.text, 'facts-heading');
    expect(facts).toContain('Level Beginner');
    expect(facts).toContain('Study time 1 hour');
    expect(facts).toContain('EQF level Level 3 of the European Qualifications Framework');
    expect(facts).toContain('Pass mark 50% of the quiz points');
    expect(facts).toContain('Quiz attempts As many as you like; your best attempt counts');
    const lessons = section(res.text, 'lessons-heading');
    expect(lessons).toMatch(/Measuring noise 15 minutes Quizzes: 1 Noise maps 10 minutes/);
    expect(lessons).not.toContain('Not started');
    expect(res.text).toContain('<a href="/modules/street-noise/lessons/noise-maps">Noise maps</a>');
    const languages = section(res.text, 'languages-heading');
    expect(languages).toContain('English — original language');
    expect(languages).toContain('Ελληνικά — full translation');
    expect(languages).toContain(
      'Euskara — partial translation: 1 of 2 lessons up to date; lessons waiting for an update: 1',
    );
    expect(section(res.text, 'credits-heading')).toContain(
      'Eleni Markou, Hellenic Open University Iker Etxeberria Licence: CC-BY-4.0',
    );
    expect(res.text).toContain('href="https://spdx.org/licenses/CC-BY-4.0.html"');
  });

  it('offers Start on the first lesson and a gentle log-in link that comes back here; no personal part', async () => {
    const res = await request(app).get('/modules/street-noise').expect(200);
    expect(res.text).toContain(
      '<a href="/modules/street-noise/lessons/measuring-noise" role="button">Start the module</a>',
    );
    expect(res.text).toContain('<a href="/login?next=%2Fmodules%2Fstreet-noise">Log in to track your progress</a>');
    expect(res.text).not.toContain('id="progress-heading"');
    expect(res.text).not.toContain('<progress');
  });

  it('costs no database round trip and sets no cookie', async () => {
    const commands: string[] = [];
    const stop = onDatabaseCommand((e) => commands.push(e.commandName));
    const res = await request(app).get('/modules/street-noise').expect(200);
    stop();
    expect(commands).toEqual([]);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('Greek: translated title, summary, outcomes, lesson titles, competence and group titles; the page in Greek', async () => {
    const res = await request(app).get('/modules/street-noise').set('Accept-Language', 'el').expect(200);
    expect(htmlLang(res.text)).toBe('el');
    expect(res.text).toContain('<h1>Μέτρηση του θορύβου στους δρόμους</h1>');
    expect(visible(res.text)).toContain('Πώς μια πόλη μετρά τον θόρυβο της κυκλοφορίας');
    expect(section(res.text, 'outcomes-heading')).toContain('Εξηγεί τι μετρά ένα ηχόμετρο.');
    expect(section(res.text, 'competences-heading')).toContain('Τεχνολογίες έξυπνης πόλης Ευφυείς αισθητήρες');
    expect(section(res.text, 'lessons-heading')).toMatch(
      /Μέτρηση του θορύβου 15 λεπτά Κουίζ: 1 Χάρτες θορύβου 10 λεπτά/,
    );
    expect(section(res.text, 'facts-heading')).toContain('Χρόνος μελέτης 1 ώρα');
    expect(res.text).toContain('Ξεκινήστε την ενότητα');
    expect(res.text).not.toContain('class="notice"');
  });

  it('Basque reader of a partly translated module › a notice saying untranslated parts are in English', async () => {
    const res = await request(app).get('/modules/street-noise?lang=eu').expect(200);
    expect(visible(res.text)).toContain('Modulu hau zati batean baino ez dago zure hizkuntzara itzulita.');
    expect(visible(res.text)).toContain('jatorrizko hizkuntzan erakusten dira (ingelesa)');
    expect(res.text).toContain('<h1 lang="en">Street noise sensing</h1>');
  });

  it('a module with a prerequisite and no quiz › the required module linked, no attempts policy', async () => {
    const res = await request(app).get('/modules/quiet-streets-policy').set('Accept-Language', 'el').expect(200);
    expect(section(res.text, 'requires-heading')).toContain('Μέτρηση του θορύβου στους δρόμους');
    expect(res.text).toContain('<a href="/modules/street-noise">Μέτρηση του θορύβου στους δρόμους</a>');
    expect(section(res.text, 'facts-heading')).toContain('Αυτή η ενότητα δεν έχει κουίζ');
    expect(section(res.text, 'facts-heading')).not.toContain('Προσπάθειες στα κουίζ');
    expect(section(res.text, 'facts-heading')).toContain('Επίπεδο Προχωρημένο');
    expect(visible(res.text)).toContain('Αυτή η ενότητα δεν έχει μεταφραστεί ακόμη στη γλώσσα σας.');
  });

  it.each([
    ['an unknown module', '/modules/no-such-module', 'en', 'Module not found'],
    ['an id that is not kebab-case', '/modules/Street_Noise', 'en', 'Module not found'],
    ['an unknown module, Greek visitor', '/modules/no-such-module', 'el', 'Η ενότητα δεν βρέθηκε'],
    ['an unknown module, Bulgarian visitor', '/modules/nope', 'bg', 'Модулът не е намерен'],
  ])('%s › 404 in the visitor’s language with a way back to the catalogue', async (_case, path, language, heading) => {
    const res = await request(app).get(path).set('Accept-Language', language).expect(404);
    expect(htmlLang(res.text)).toBe(language);
    expect(res.text).toContain(`<h1>${heading}</h1>`);
    expect(res.text).toMatch(/<a href="\/modules">[^<]+<\/a>/);
  });
});

describe('GET /modules/:packId (logged in)', () => {
  it('before any activity › every lesson “Not started”, 0 of 2 done, Start; no log-in link', async () => {
    const { agent } = await learner('new@example.org');
    const res = await agent.get('/modules/street-noise').expect(200);
    const lessons = section(res.text, 'lessons-heading');
    expect(lessons).toMatch(/Measuring noise .*Status: Not started.* Noise maps .*Status: Not started/);
    const progress = section(res.text, 'progress-heading');
    expect(progress).toContain('Lessons done: 0 of 2 (0%)');
    expect(progress).toContain('Your score: 0% (pass mark: 50%) — not at the pass mark yet');
    expect(res.text).toMatch(
      /<label for="module-progress-bar">[^<]+<\/label>\s*<progress id="module-progress-bar" value="0" max="100">0%<\/progress>/,
    );
    expect(res.text).toContain('role="button">Start the module</a>');
    expect(res.text).not.toContain('Log in to track your progress');
  });

  it('after a quiz attempt › that lesson done, score against the pass mark, Resume on the next lesson', async () => {
    const { agent, id, name } = await learner('quiz@example.org');
    await submitAttempt({
      learner: { id, name },
      pack: pack('street-noise'),
      quizId: 'decibel-unit',
      language: 'en',
      form: { 'q.decibel-unit': '0', 'q.meter-power': 'false' },
    });
    const res = await agent.get('/modules/street-noise').expect(200);
    expect(section(res.text, 'lessons-heading')).toMatch(
      /Measuring noise .*Status: Done.* Noise maps .*Status: Not started/,
    );
    const progress = section(res.text, 'progress-heading');
    expect(progress).toContain('Lessons done: 1 of 2 (50%)');
    expect(progress).toContain('Your score: 50% (pass mark: 50%) — you have reached the pass mark.');
    expect(res.text).toContain('<progress id="module-progress-bar" value="50" max="100">50%</progress>');
    expect(res.text).toContain('<a href="/modules/street-noise/lessons/noise-maps" role="button">Resume</a>');
    expect(visible(res.text)).toContain('Next lesson: Noise maps');
  });

  it('in Greek after a lesson marked done › states and score in Greek', async () => {
    const { agent, id } = await learner('greek@example.org');
    await markLessonDone(id, 'street-noise', 'noise-maps');
    const res = await agent.get('/modules/street-noise?lang=el').expect(200);
    expect(section(res.text, 'lessons-heading')).toMatch(
      /Μέτρηση του θορύβου .*Κατάσταση: Δεν έχει ξεκινήσει.* Χάρτες θορύβου .*Κατάσταση: Ολοκληρώθηκε/,
    );
    expect(section(res.text, 'progress-heading')).toContain('Ολοκληρωμένα μαθήματα: 1 από 2 (50%)');
    expect(section(res.text, 'progress-heading')).toContain('Η βαθμολογία σας: 0% (βάση: 50%)');
    expect(res.text).toContain('<a href="/modules/street-noise/lessons/measuring-noise" role="button">Συνεχίστε</a>');
  });

  it('every lesson done and the pass mark reached › completed, with the certificate link and Review', async () => {
    const { agent, id, name } = await learner('done@example.org');
    await markLessonDone(id, 'street-noise', 'noise-maps');
    await submitAttempt({
      learner: { id, name },
      pack: pack('street-noise'),
      quizId: 'decibel-unit',
      language: 'en',
      form: { 'q.decibel-unit': '0', 'q.meter-power': 'true' },
    });
    const record = await progressModel().findOne({ packId: 'street-noise' }).lean();
    const res = await agent.get('/modules/street-noise').expect(200);
    const progress = section(res.text, 'progress-heading');
    expect(progress).toMatch(/You completed this module on \w+ \d{1,2}, \d{4}\./);
    expect(progress).toContain('Your score: 100% (pass mark: 50%)');
    expect(res.text).toContain(`<a href="/certificates/${String(record?.certificateId)}">View your certificate</a>`);
    expect(res.text).toContain('role="button">Read it again from the start</a>');
  });

  it('shows only the visitor’s own progress, never another learner’s', async () => {
    const other = await learner('other@example.org');
    await markLessonDone(other.id, 'street-noise', 'measuring-noise');
    await markLessonDone(other.id, 'street-noise', 'noise-maps');
    const { agent } = await learner('me@example.org');
    const res = await agent.get('/modules/street-noise').expect(200);
    expect(section(res.text, 'progress-heading')).toContain('Lessons done: 0 of 2 (0%)');
    expect(section(res.text, 'lessons-heading')).not.toContain('Status: Done');
  });

  it('costs at most 2 database round trips: the session and the progress document', async () => {
    const { agent } = await learner('count@example.org');
    await agent.get('/modules/street-noise').expect(200);
    const commands: string[] = [];
    const stop = onDatabaseCommand((e) => commands.push(e.commandName));
    await agent.get('/modules/street-noise').expect(200);
    stop();
    expect(commands.length).toBeLessThanOrEqual(2);
    expect(commands).toContain('find');
  });
});
