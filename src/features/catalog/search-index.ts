import MiniSearch from 'minisearch';
import type { PublishedPack } from './published-pack';
import { lessonTitle, localizeLesson, localizeManifest } from './localize';

/** A search result: a module, or a lesson inside one. */
export interface SearchHit {
  packId: string;
  lessonId: string | null;
  score: number;
}

interface SearchDoc {
  id: string;
  packId: string;
  lessonId: string | null;
  title: string;
  text: string;
}

/**
 * Folds case and accents (Greek tonos, Basque/Spanish/Italian accents, Bulgarian й stays a letter
 * in its own right after NFC) and Greek final sigma, so "Διαδικτυο" finds "Διαδίκτυο".
 * MongoDB's $text has no analyzer for Greek, Bulgarian or Basque, hence this in-process index.
 */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (mark) => (mark === '\u0306' ? mark : ''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');
}

function docsFor(pack: PublishedPack, language: string): SearchDoc[] {
  const manifest = localizeManifest(pack, language);
  const docs: SearchDoc[] = [
    {
      id: pack.id,
      packId: pack.id,
      lessonId: null,
      title: manifest.title,
      text: `${manifest.summary} ${manifest.outcomes.join(' ')}`,
    },
  ];
  for (const lesson of pack.lessons) {
    const shown = localizeLesson(pack, lesson, language);
    const text = shown.segments.map((s) => (s.kind === 'html' ? plainText(s.html) : '')).join(' ');
    docs.push({
      id: `${pack.id}/${lesson.id}`,
      packId: pack.id,
      lessonId: lesson.id,
      title: lessonTitle(pack, lesson, language),
      text,
    });
  }
  return docs;
}

/** A full-text index of the published catalogue as read in one language. */
export function buildSearchIndex(packs: readonly PublishedPack[], language: string): (query: string) => SearchHit[] {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: ['packId', 'lessonId'],
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0),
    processTerm: (term) => {
      const folded = foldTerm(term);
      return folded.length > 1 ? folded : null;
    },
    searchOptions: {
      boost: { title: 3 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(packs.flatMap((p) => docsFor(p, language)));
  return (query) =>
    index.search(query).map((r) => ({
      packId: String(r.packId),
      lessonId: typeof r.lessonId === 'string' ? r.lessonId : null,
      score: r.score,
    }));
}
