/**
 * Finds what to load the way a visitor would: modules from the catalogue, lessons from a module page,
 * quiz forms from lesson pages. Says plainly what is missing instead of failing on it.
 */
import { readdirSync } from 'node:fs';
import { hrefs, postForms, type FilledForm } from './html-forms';
import type { HttpSession } from './http-session';

const MODULE = /^\/modules\/[a-z0-9-]+$/;
const QUIZ_ACTION = /^\/modules\/[a-z0-9-]+\/quizzes\/[^/?#]+$/;
const lessonPattern = (packId: string): RegExp => new RegExp(`^/modules/${packId}/lessons/[^/?#]+$`);

/** Pack ids: from the catalogue page, else from the content folder. */
export async function findPacks(visitor: HttpSession, contentDir: string): Promise<string[]> {
  const catalogue = await visitor.get('/modules');
  const linked = catalogue.status === 200 ? hrefs(catalogue.body, MODULE).map((h) => h.slice('/modules/'.length)) : [];
  if (linked.length > 0) return linked;
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}

/** The lesson pages a module page links to, in its order. */
export async function lessonUrls(visitor: HttpSession, packId: string): Promise<string[]> {
  const page = await visitor.get(`/modules/${packId}`);
  return page.status === 200 ? hrefs(page.body, lessonPattern(packId)) : [];
}

/** The page the lesson targets load: a lesson when one answers 200 with HTML, else a stand-in and why. */
export interface LessonChoice {
  path: string;
  isLesson: boolean;
  note: string;
}

/** Picks the first lesson of `preferred` (or of the first module that has one). */
export async function chooseLesson(visitor: HttpSession, packs: string[], preferred: string): Promise<LessonChoice> {
  const order = packs.includes(preferred) ? [preferred, ...packs.filter((p) => p !== preferred)] : packs;
  for (const packId of order) {
    const [first] = await lessonUrls(visitor, packId);
    if (first === undefined) continue;
    const page = await visitor.get(first);
    if (page.status === 200 && page.contentType.startsWith('text/html')) {
      const missing = packId === preferred ? '' : ` (--pack ${preferred} has no lesson in the catalogue)`;
      return { path: first, isLesson: true, note: `first lesson of ${packId}${missing}` };
    }
    return standIn(packId, `GET ${first} answered ${page.status}`);
  }
  return standIn(order[0] ?? '', 'no module page links to a lesson page');
}

function standIn(packId: string, why: string): LessonChoice {
  const path = packId === '' ? '/' : `/modules/${packId}`;
  return { path, isLesson: false, note: `lesson pages are not there yet (${why}); measuring ${path} in their place` };
}

/** The quiz forms a logged-in visitor sees on the given pages, filled with each question's first choice. */
export async function quizForms(visitor: HttpSession, pages: readonly string[]): Promise<FilledForm[]> {
  const forms: FilledForm[] = [];
  for (const path of pages) {
    const page = await visitor.get(path);
    if (page.status === 200) forms.push(...postForms(page.body, QUIZ_ACTION));
  }
  return forms;
}

/** Every lesson page of every module, for the search for quiz forms. */
export async function allLessonUrls(visitor: HttpSession, packs: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const packId of packs) urls.push(...(await lessonUrls(visitor, packId)));
  return urls;
}
