/** The front page's way into the catalogue, on the small catalogue fixtures (test/fixtures/catalog). */
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { appWithContent } from '../../helpers/content';
import { htmlLang } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';

useTestDatabase();

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'catalog');

let app: Express;

// Imported once: the catalogue lives in memory and survives the emptying of the database before each test.
beforeAll(async () => {
  ({ app } = await appWithContent([FIXTURES], {}, FIXTURES));
}, 60_000);

const visible = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('GET /', () => {
  it('links to the catalogue and to the modules of each area', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain('<a href="/modules" role="button">Browse the modules</a>');
    expect(res.text).toContain('<a href="/modules?area=transversal">Transversal skills</a>');
    const area = await request(app).get('/modules?area=transversal').expect(200);
    expect(area.text).toContain('<h3><a href="/modules/quiet-streets-policy">Quiet streets policy</a></h3>');
    expect(area.text).not.toContain('<h3><a href="/modules/street-noise">');
  });

  it('features the pathways with their modules in order, in Greek, and one module of each area', async () => {
    const res = await request(app).get('/').set('Accept-Language', 'el').expect(200);
    expect(htmlLang(res.text)).toBe('el');
    const text = visible(res.text);
    expect(text).toContain('Διαδρομές μάθησης');
    expect(text).toMatch(/Ομάδα δράσης για τον θόρυβο .*Μέτρηση του θορύβου στους δρόμους .*Quiet streets policy/);
    expect(res.text).toContain('<a href="/modules#pathway-noise-action-team">Δείτε αυτή τη διαδρομή στον κατάλογο</a>');
    expect(res.text).toContain('<a href="/modules/quiet-streets-policy" lang="en">Quiet streets policy</a>');
    const featured = res.text.slice(res.text.indexOf('id="home-modules-heading"'));
    const section = featured.slice(0, featured.indexOf('</section>'));
    const ids = [...section.matchAll(/<h3><a href="\/modules\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['quiet-streets-policy', 'street-noise']);
    expect(text).toContain('Δείτε όλες τις ενότητες (2)');
  });
});
