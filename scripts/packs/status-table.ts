import type {
  TranslationStatusEntry,
  TranslationStatusSummary,
} from '../../src/content/translation/translation-status';

/** A readable table per pack and language: one line of totals, then one line per lesson. */
export function formatStatusTable(
  entries: readonly TranslationStatusEntry[],
  summaries: readonly TranslationStatusSummary[],
): string[] {
  const width = Math.max(6, ...entries.map((e) => e.lesson.length));
  const lines: string[] = [];
  for (const s of summaries) {
    if (lines.length > 0) lines.push('');
    lines.push(
      `${s.pack} [${s.language}]: ${s.current} current, ${s.outdated} outdated, ${s.missing} missing; ` +
        `${s.wordsToTranslate.toLocaleString('en')} words to translate`,
    );
    lines.push(`  ${'lesson'.padEnd(width)}  ${'status'.padEnd(8)}  ${'words'.padStart(6)}`);
    for (const e of entries.filter((x) => x.pack === s.pack && x.language === s.language)) {
      lines.push(`  ${e.lesson.padEnd(width)}  ${e.status.padEnd(8)}  ${String(e.sourceWords).padStart(6)}`);
    }
  }
  return lines;
}
