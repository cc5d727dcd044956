/**
 * The catalogue on the bundled curriculum. The packs are imported once for the file: the catalogue is
 * held in memory, so it outlives the per-test emptying of the database, and no test here writes anything.
 */
import type { Express } from 'express';
import request from 'supertest';
import type { CatalogCache } from '../../../src/features/catalog';
import { onDatabaseCommand } from '../../../src/platform/db/connect';
import { appWithContent, BUNDLED_PACKS } from '../../helpers/content';
import { htmlLang } from '../../helpers/test-app';
import { useTestDatabase } from '../../support/database';

useTestDatabase();

let app: Express;
let catalog: CatalogCache;
let published: string[];

beforeAll(async () => {
  const loaded = await appWithContent([BUNDLED_PACKS], {}, BUNDLED_PACKS);
  ({ app, catalog } = loaded);
  published = loaded.report.outcomes.filter((o) => o.outcome !== 'refused').map((o) => o.packId);
}, 120_000);

const get = (path: string, language = 'en') => request(app).get(path).set('Accept-Language', language);

/** Text of the page with tags removed and spaces collapsed, as a reader would take it in. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#34;|&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Module ids linked from the "all modules" (or filtered) list, in order. */
function listedModules(html: string): string[] {
  const list = html.split('id="modules-heading"')[1] ?? '';
  return [...list.matchAll(/<h3><a href="\/modules\/([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
}

/** The HTML of one module's group among the search results (its card and matching lessons). */
function resultGroup(html: string, packId: string): string {
  const start = html.indexOf(`<h3><a href="/modules/${packId}"`);
  if (start === -1) return '';
  const rest = html.slice(start);
  const end = rest.indexOf('<li class="result-group">');
  return end === -1 ? rest.slice(0, rest.indexOf('</section>')) : rest.slice(0, end);
}

function resultModules(html: string): string[] {
  const list = html.split('id="results-heading"')[1] ?? '';
  return [...list.matchAll(/<h3><a href="\/modules\/([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
}

describe('GET /modules', () => {
  it('lists every published pack as a card with title, summary, area, level, hours and languages', async () => {
    expect(published.length).toBeGreaterThanOrEqual(4);
    const res = await get('/modules').expect(200);
    expect(listedModules(res.text).sort()).toEqual([...published].sort());
    const text = visible(res.text);
    for (const pack of catalog.current().list) expect(text).toContain(pack.manifest.title);
    const iot = res.text.slice(res.text.indexOf('<h3><a href="/modules/iot-smart-cities"'));
    const card = visible(iot.slice(0, iot.indexOf('</article>')));
    expect(card).toContain('IoT for smart cities');
    expect(card).toContain('Area Internet of Things');
    expect(card).toContain('Level Beginner');
    expect(card).toContain('Study time 2 hours');
    expect(card).toMatch(/English \(original\).*Ελληνικά \(full translation\)/);
    expect(res.text).toContain('<h1>Modules</h1>');
  });

  it('costs no database round trip for an anonymous visitor', async () => {
    const commands: string[] = [];
    const stop = onDatabaseCommand((e) => commands.push(e.commandName));
    await get('/modules?q=sensor&area=iot').expect(200);
    stop();
    expect(commands).toEqual([]);
  });

  it('shows the pathways in their order, each with its modules in order and translated in Greek', async () => {
    const res = await get('/modules', 'el').expect(200);
    expect(htmlLang(res.text)).toBe('el');
    const text = visible(res.text);
    const titles = [
      'Διαχειριστής έργων έξυπνης πόλης',
      'Υπεύθυνος ανάπτυξης έργων έξυπνης πόλης',
      'Σύμβουλος έργων έξυπνης πόλης',
    ];
    const positions = titles.map((t) => text.indexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const developer = res.text.slice(res.text.indexOf('id="pathway-smart-city-project-developer"'));
    const steps = [
      ...developer.slice(0, developer.indexOf('</ol>')).matchAll(/<h4><a href="\/modules\/([a-z0-9-]+)"/g),
    ].map((m) => m[1]);
    const expected = [
      'iot-smart-cities',
      'data-analytics-urban-decisions',
      'ai-smart-cities',
      'cybersecurity-smart-infrastructure',
    ];
    expect(steps).toEqual(expected.filter((id) => published.includes(id)));
    expect(res.text).toContain('Ενότητες');
  });

  it('filters by area: only that area, the filter shown as active and removable', async () => {
    const res = await get('/modules?area=cybersecurity').expect(200);
    expect(listedModules(res.text)).toEqual(['cybersecurity-smart-infrastructure']);
    expect(res.text).toMatch(/<option value="cybersecurity" selected>/);
    const active = visible(res.text.slice(res.text.indexOf('id="active-filters-heading"')));
    expect(active).toContain('Area: Cybersecurity');
    expect(res.text).toMatch(
      /<li aria-current="true">\s*<span>Area: <strong>Cybersecurity<\/strong><\/span>\s*<a href="\/modules" class="remove-filter">/,
    );
    expect(res.text).not.toContain('id="pathways-heading"');
  });

  it('filters by level', async () => {
    const res = await get('/modules?level=intermediate').expect(200);
    const expected = catalog
      .current()
      .list.filter((p) => p.manifest.level === 'intermediate')
      .map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(listedModules(res.text).sort()).toEqual(expected.sort());
  });

  it('filters by language, counting partial translations: Basque finds the cybersecurity module', async () => {
    const res = await get('/modules?language=eu').expect(200);
    const expected = catalog
      .current()
      .list.filter((p) => p.languages.includes('eu'))
      .map((p) => p.id);
    expect(listedModules(res.text).sort()).toEqual(expected.sort());
    expect(listedModules(res.text)).toContain('cybersecurity-smart-infrastructure');
    expect(visible(res.text)).toContain('Language of the module: Euskara');
  });

  it('combines filters; removing one keeps the others', async () => {
    const res = await get('/modules?area=iot&level=beginner&language=el').expect(200);
    expect(listedModules(res.text)).toEqual(['iot-smart-cities']);
    expect(res.text).toContain('href="/modules?level=beginner&amp;language=el" class="remove-filter"');
    expect(res.text).toContain('href="/modules?area=iot&amp;language=el" class="remove-filter"');
    const none = await get('/modules?area=iot&level=advanced').expect(200);
    expect(listedModules(none.text)).toEqual([]);
    expect(visible(none.text)).toContain('No modules found');
    expect(visible(none.text)).toContain('remove a filter (above);');
  });

  it('an unknown area or level is left out with a notice, and the rest of the filters still apply', async () => {
    const res = await get('/modules?area=energy&level=beginner').expect(200);
    const text = visible(res.text);
    expect(text).toContain('We did not recognise this filter and left it out — Area: “energy”.');
    const beginners = catalog
      .current()
      .list.filter((p) => p.manifest.level === 'beginner')
      .map((p) => p.id);
    expect(listedModules(res.text).sort()).toEqual(beginners.sort());
    const greek = await get('/modules?language=xx', 'el').expect(200);
    expect(visible(greek.text)).toContain(
      'Δεν αναγνωρίσαμε αυτό το φίλτρο και το παραλείψαμε — Γλώσσα της ενότητας: «xx».',
    );
  });

  it('a repeated field and an over-long search are ignored, never an error page', async () => {
    const res = await get(`/modules?area=iot&area=ai&q=${'x'.repeat(300)}`).expect(200);
    expect(listedModules(res.text).sort()).toEqual([...published].sort());
    expect(visible(res.text)).toContain('Area: “iot, ai”');
  });

  it('has labelled search and filter fields in one GET form with a submit button', async () => {
    const res = await get('/modules').expect(200);
    expect(res.text).toMatch(
      /<search aria-labelledby="find-heading">\s*<form method="get" action="\/modules" class="catalog-form">/,
    );
    for (const [id, label] of [
      ['catalog-q', 'Search modules and lessons'],
      ['filter-area', 'Area'],
      ['filter-level', 'Level'],
      ['filter-language', 'Language of the module'],
    ]) {
      expect(res.text).toContain(`<label for="${id}">${label}</label>`);
    }
    expect(res.text).toMatch(/<option value="el" lang="el">Ελληνικά<\/option>/);
    expect(res.text).toContain('<button type="submit">Show modules</button>');
  });
});

describe('GET /modules?q= (search)', () => {
  it('English: finds a lesson by words of its text and lists it under its module, linked to the lesson', async () => {
    const res = await get('/modules?q=calibration').expect(200);
    expect(resultModules(res.text)).toContain('iot-smart-cities');
    const group = resultGroup(res.text, 'iot-smart-cities');
    expect(visible(group)).toContain('Matching lessons:');
    expect(group).toContain('<a href="/modules/iot-smart-cities/lessons/sensors-actuators">');
    expect(visible(res.text)).toContain('Results for “calibration”');
    expect(res.text).toContain('<title>Results for “calibration” · Tessera</title>');
  });

  it('Greek: a query without accents, in capitals, finds the accented lesson title', async () => {
    const res = await get('/modules?q=ΒΑΘΜΟΝΟΜΗΣΗ', 'el').expect(200);
    expect(resultModules(res.text)[0]).toBe('iot-smart-cities');
    expect(resultGroup(res.text, 'iot-smart-cities')).toContain(
      '<a href="/modules/iot-smart-cities/lessons/sensors-actuators">Αισθητήρες και ενεργοποιητές: ακρίβεια, βαθμονόμηση, δειγματοληψία</a>',
    );
    expect(visible(res.text)).toContain('Αποτελέσματα για «ΒΑΘΜΟΝΟΜΗΣΗ»');
  });

  it('Greek: a module found by its translated title', async () => {
    const res = await get(`/modules?q=${encodeURIComponent('αναλυση δεδομενων')}`, 'el').expect(200);
    expect(resultModules(res.text)).toContain('data-analytics-urban-decisions');
    expect(res.text).toContain('Ανάλυση δεδομένων για αποφάσεις στην πόλη');
  });

  it('Bulgarian: finds the lesson on calibration in the Bulgarian text', async () => {
    const res = await get(`/modules?q=${encodeURIComponent('калибриране')}`, 'bg').expect(200);
    expect(htmlLang(res.text)).toBe('bg');
    expect(res.text).toContain('href="/modules/iot-smart-cities/lessons/sensors-actuators"');
    expect(res.text).toContain('Сензори и изпълнителни устройства');
  });

  it('Basque: finds the attack-surface lesson whatever the case', async () => {
    const res = await get('/modules?q=ERASO-AZALERA', 'eu').expect(200);
    expect(res.text).toContain(
      '<a href="/modules/cybersecurity-smart-infrastructure/lessons/attack-surface">Hiri adimendunaren eraso-azalera</a>',
    );
  });

  it('no hit › the empty state with advice, in the reader’s language', async () => {
    const res = await get('/modules?q=zzqxv', 'el').expect(200);
    const text = visible(res.text);
    expect(text).toContain('Δεν βρέθηκαν ενότητες');
    expect(text).toContain('να ελέγξετε την ορθογραφία');
    expect(res.text).toContain('<a href="/modules">να δείτε όλες τις ενότητες</a>');
    expect(resultModules(res.text)).toEqual([]);
  });

  it('search combined with a filter › only hits in that area; the search box keeps the text', async () => {
    const res = await get('/modules?q=sensor&area=cybersecurity').expect(200);
    expect(resultModules(res.text).every((id) => id === 'cybersecurity-smart-infrastructure')).toBe(true);
    expect(res.text).toContain('name="q" type="search" value="sensor"');
  });

  it('markup in the query is shown as text, never as HTML', async () => {
    const res = await get(`/modules?q=${encodeURIComponent('<script>alert(1)</script>')}`).expect(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('GET /modules/:packId on the bundled curriculum', () => {
  it('English and Greek: title, summary and framework competence titles in the reader’s language', async () => {
    const en = visible((await get('/modules/iot-smart-cities').expect(200)).text);
    expect(en).toContain('IoT for smart cities');
    expect(en).toContain('A practical introduction to the Internet of Things in cities');
    expect(en).toMatch(/Competences you will develop .*Smart-city technologies .*Internet of Things/);
    const el = await get('/modules/iot-smart-cities', 'el').expect(200);
    expect(el.text).toContain('<h1>IoT για έξυπνες πόλεις</h1>');
    expect(visible(el.text)).toContain('Πρακτική εισαγωγή στο Διαδίκτυο των Πραγμάτων στις πόλεις');
    expect(visible(el.text)).toMatch(
      /Ικανότητες που θα αναπτύξετε .*Τεχνολογίες έξυπνης πόλης .*Διαδίκτυο των Πραγμάτων/,
    );
  });
});
