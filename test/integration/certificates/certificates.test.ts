import mongoose from 'mongoose';
import request from 'supertest';
import { certificateModel } from '../../../src/features/learning/certificate.model';
import { progressModel } from '../../../src/features/learning/progress.model';
import { completeIfEligible, markLessonDone } from '../../../src/features/learning/progress.service';
import { useTestDatabase } from '../../support/database';
import { htmlLang } from '../../helpers/test-app';
import { ALL_RIGHT, answerQuiz, completeBasics, dashboardApp, learner, packOf } from '../dashboard/dashboard-fixture';

useTestDatabase();

const GREEK_NAME = 'Ελένη Παπαδοπούλου';
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Collects a binary response body (supertest only buffers text by default). */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => {
    callback(null, Buffer.concat(chunks));
  });
}

describe('completion', () => {
  it('two completions racing (Promise.all) › one certificate, the one the progress document points to', async () => {
    const { app, catalog } = await dashboardApp();
    const eleni = await learner(app, { name: GREEK_NAME, email: 'eleni@example.org' });
    await answerQuiz(catalog, eleni, ALL_RIGHT); // lesson 2 done, score 100 %; lesson 1 still open
    expect(await certificateModel().countDocuments({})).toBe(0);
    const record = await markLessonDone(eleni.id, 'dash-basics', 'what-sensors-do');

    const pack = packOf(catalog, 'dash-basics');
    const who = { id: eleni.id, name: eleni.name };
    const results = await Promise.all([completeIfEligible(pack, who, record), completeIfEligible(pack, who, record)]);

    expect(results.every((r) => r.complete)).toBe(true);
    const certificates = await certificateModel().find({}).lean();
    expect(certificates).toHaveLength(1);
    const progress = await progressModel().findById(record._id).lean();
    expect(progress?.certificateId?.toHexString()).toBe(certificates[0]?._id.toHexString());
    expect(certificates[0]).toMatchObject({ learnerName: GREEK_NAME, packId: 'dash-basics', score: 1, hours: 1.5 });
  });
});

describe('GET /certificates/:id', () => {
  it('anonymous visitor › sees name, module, date, score, hours, version and the verification URL, and no email', async () => {
    const { app, catalog } = await dashboardApp();
    const eleni = await learner(app, { name: GREEK_NAME, email: 'eleni@example.org' });
    const id = await completeBasics(catalog, eleni);

    const res = await request(app).get(`/certificates/${id}`).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['x-robots-tag']).toBe('noindex');
    const page = text(res.text);
    expect(page).toContain('Certificate of completion');
    expect(res.text).toContain(`<p class="certificate-name" data-testid="learner-name">${GREEK_NAME}</p>`);
    expect(page).toContain('Street sensors basics');
    expect(page).toContain('Score 100%');
    expect(page).toContain('Study time 1.5 hours');
    expect(page).toContain('Module version 1.0.0');
    expect(page).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date()));
    expect(res.text).toMatch(
      new RegExp(`data-testid="verification-url">http://127\\.0\\.0\\.1:\\d+/certificates/${id}</a>`),
    );
    expect(res.text).toContain(`href="/certificates/${id}.pdf"`);
    expect(res.text).not.toContain('eleni@example.org');
    expect(res.text).not.toContain(eleni.id);
  });

  it('in Greek › Greek page with the module title the certificate recorded in Greek', async () => {
    const { app, catalog } = await dashboardApp();
    const eleni = await learner(app, { name: GREEK_NAME, email: 'eleni@example.org' });
    const id = await completeBasics(catalog, eleni);

    const res = await request(app).get(`/certificates/${id}?lang=el`).expect(200);
    expect(htmlLang(res.text)).toBe('el');
    const page = text(res.text);
    expect(page).toContain('Πιστοποιητικό ολοκλήρωσης');
    expect(page).toContain('Πιστοποιείται ότι');
    expect(res.text).toContain(
      '<p class="certificate-module" data-testid="module-title">Βασικά για τους αισθητήρες δρόμου</p>',
    );
    expect(page).toContain('Χρόνος μελέτης 1,5 ώρες');
    expect(page).toContain(new Intl.DateTimeFormat('el', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date()));
  });

  it('in Bulgarian (no Bulgarian title recorded) › the source title, marked as English', async () => {
    const { app, catalog } = await dashboardApp();
    const eleni = await learner(app, { name: GREEK_NAME, email: 'eleni@example.org' });
    const id = await completeBasics(catalog, eleni);
    const res = await request(app).get(`/certificates/${id}?lang=bg`).expect(200);
    expect(res.text).toContain(
      '<p class="certificate-module" data-testid="module-title" lang="en">Street sensors basics</p>',
    );
    expect(text(res.text)).toContain('Сертификат за завършване');
  });

  it('PUBLIC_URL set › the verification URL uses it, whatever host the request came to', async () => {
    const { app, catalog } = await dashboardApp({ PUBLIC_URL: 'https://learn.example.org/' });
    const eleni = await learner(app, { name: GREEK_NAME, email: 'eleni@example.org' });
    const id = await completeBasics(catalog, eleni);
    const res = await request(app).get(`/certificates/${id}`).set('Host', 'evil.example.com').expect(200);
    expect(res.text).toContain(`data-testid="verification-url">https://learn.example.org/certificates/${id}</a>`);
    expect(res.text).not.toContain('evil.example.com');
  });

  it.each([
    ['an unknown id', () => new mongoose.Types.ObjectId().toHexString()],
    ['a malformed id', () => 'not-an-id'],
    ['12 characters (which mongoose would take as an id)', () => 'abcdefghijkl'],
    ['24 characters that are not hex', () => 'z'.repeat(24)],
  ])('%s › 404 with a certificate-not-found page, page and PDF', async (_label, id) => {
    const { app } = await dashboardApp();
    const page = await request(app).get(`/certificates/${id()}`).expect(404);
    expect(page.text).toContain('Certificate not found');
    const pdf = await request(app).get(`/certificates/${id()}.pdf`).expect(404);
    expect(pdf.headers['content-type']).toMatch(/text\/html/);
  });

  it('unknown id in Greek › the not-found page in Greek', async () => {
    const { app } = await dashboardApp();
    const res = await request(app).get(`/certificates/${new mongoose.Types.ObjectId().toHexString()}?lang=el`);
    expect(res.status).toBe(404);
    expect(res.text).toContain('Το πιστοποιητικό δεν βρέθηκε');
  });
});

describe('GET /certificates/:id.pdf', () => {
  it('a PDF download with the bundled Unicode font, named after the module', async () => {
    const { app, catalog } = await dashboardApp();
    const eleni = await learner(app, { name: GREEK_NAME, email: 'eleni@example.org' });
    const id = await completeBasics(catalog, eleni);

    const res = await request(app).get(`/certificates/${id}.pdf?lang=el`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="?tessera-certificate-dash-basics\.pdf"?$/,
    );
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.subarray(-6).toString('latin1')).toContain('%%EOF');
    // Greek glyphs need DejaVu: the standard PDF fonts (Helvetica...) have none.
    expect(body.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(body.toString('latin1')).not.toContain('eleni@example.org');
  });
});
