import type { BuiltPack } from '../pack/built-pack';

/** Where one source lesson stands in one language. */
export type LessonTranslationStatus = 'current' | 'outdated' | 'missing';

/** One pack × translated language × source lesson. */
export interface TranslationStatusEntry {
  pack: string;
  language: string;
  lesson: string;
  status: LessonTranslationStatus;
  /** Words of the source lesson (what a translator has to read). */
  sourceWords: number;
}

/** Totals of one pack and language. */
export interface TranslationStatusSummary {
  pack: string;
  language: string;
  current: number;
  outdated: number;
  missing: number;
  /** Source words of the outdated and missing lessons. */
  wordsToTranslate: number;
}

/**
 * The status of every source lesson in every language a pack has translations for (a language counts as
 * translated once translations/<lang>/ holds any file).
 */
export function translationStatus(
  input: { packs: readonly BuiltPack[] } | readonly BuiltPack[],
): TranslationStatusEntry[] {
  const packs = 'packs' in input ? input.packs : input;
  return packs.flatMap((pack) =>
    pack.translations.flatMap((translation) =>
      pack.lessons.map((lesson) => {
        const translated = translation.lessons.find((t) => t.lessonId === lesson.id);
        return {
          ...{ pack: pack.id, language: translation.language, lesson: lesson.id },
          ...{ status: translated?.status ?? 'missing', sourceWords: lesson.words },
        };
      }),
    ),
  );
}

/** Sums entries per pack and language, in the order they first appear. */
export function summarizeStatus(entries: readonly TranslationStatusEntry[]): TranslationStatusSummary[] {
  const summaries = new Map<string, TranslationStatusSummary>();
  for (const entry of entries) {
    const key = `${entry.pack}\0${entry.language}`;
    const summary = summaries.get(key) ?? {
      ...{ pack: entry.pack, language: entry.language },
      ...{ current: 0, outdated: 0, missing: 0, wordsToTranslate: 0 },
    };
    summary[entry.status] += 1;
    if (entry.status !== 'current') summary.wordsToTranslate += entry.sourceWords;
    summaries.set(key, summary);
  }
  return [...summaries.values()];
}
