import path from 'node:path';

/** A folder as a person reads it in a log line: `./data/fallback` inside the working folder, else absolute. */
export function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return path.resolve(dir);
  return `./${relative.split(path.sep).join('/')}`;
}
