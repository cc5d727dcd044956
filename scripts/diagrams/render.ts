/**
 * Renders every diagram source `scripts/diagrams/<pack-id>/<name>.svg` to
 * `modules-content/<pack-id>/assets/<name>.png`. Packs accept no SVG (format v1),
 * so the editable source lives here and the PNG is what learners download.
 * Usage: npx tsx scripts/diagrams/render.ts [pack-id ...]
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = join(__dirname);
const contentDir = join(__dirname, '..', '..', 'modules-content');

function renderPack(packId: string): number {
  const dir = join(root, packId);
  let count = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.svg'))) {
    const svg = readFileSync(join(dir, file), 'utf8');
    const resvg = new Resvg(svg, {
      background: 'white',
      fitTo: { mode: 'width', value: 1200 },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    });
    const outDir = join(contentDir, packId, 'assets');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, file.replace(/\.svg$/, '.png')), resvg.render().asPng());
    count += 1;
  }
  return count;
}

const wanted = process.argv.slice(2);
const packs = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
for (const packId of packs.filter((p) => wanted.length === 0 || wanted.includes(p))) {
  console.log(`${packId}: ${renderPack(packId)} diagram(s) rendered`);
}
