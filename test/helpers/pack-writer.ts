import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_PACKS } from './content';

/** A 1×1 transparent PNG: real bytes, so the asset type check passes. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** What varies between the small packs tests write. */
export interface PackSpec {
  id?: string;
  version?: string;
  /** Extra paragraph in the lesson, to make "the same version with other content". */
  extra?: string;
  /** Replaces the quiz block body. */
  quiz?: string;
  maxAttempts?: number;
}

const DEFAULT_QUIZ = `::check-sensor:: Which device measures? {
  =A sensor #Right\\: it measures.
  ~An actuator #No\\: it acts.
}

::check-port:: The MQTT port is {#=1883#It is 1883.}`;

/** A fresh content folder (with the fixture framework) in the temp dir. */
export function tempContentDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-packs-'));
  copyFileSync(join(FIXTURE_PACKS, '_framework.yaml'), join(dir, '_framework.yaml'));
  return dir;
}

/** Writes a small valid pack (one lesson with a quiz and an image) into `contentDir`; returns its folder. */
export function writePack(contentDir: string, spec: PackSpec = {}): string {
  const id = spec.id ?? 'sample-pack';
  const dir = join(contentDir, id);
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'pack.yaml'),
    [
      `id: ${id}`,
      `version: ${spec.version ?? '1.0.0'}`,
      'language: en',
      'title: A sample pack',
      'summary: A pack written by a test.',
      'area: iot',
      'level: beginner',
      'hours: 1',
      'outcomes: [Explain what a sensor does.]',
      'authors: [{ name: Test Author }]',
      'license: CC-BY-SA-4.0',
      `maxAttempts: ${spec.maxAttempts ?? 0}`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'assets', 'loop.png'), TINY_PNG);
  writeFileSync(
    join(dir, 'lessons', '01-sensing.md'),
    `---\ntitle: Sensing\nminutes: 10\n---\n\n# Sensing\n\nA sensor measures.${spec.extra ? `\n\n${spec.extra}` : ''}\n\n![A sensor loop](../assets/loop.png)\n\n\`\`\`quiz\n${spec.quiz ?? DEFAULT_QUIZ}\n\`\`\`\n`,
  );
  return dir;
}
