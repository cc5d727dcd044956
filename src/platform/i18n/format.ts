/**
 * Dates and numbers written the way each interface language writes them. Formatters are built once per
 * language and options, then kept: building an Intl formatter costs far more than using one, and pages
 * format many values.
 */

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    formatters.set(key, value);
  }
  return value;
}

/** Whole percent of a share 0..1, rounded down so a score never reads as reaching a mark it missed. */
export function wholePercent(share: number): number {
  const clamped = Math.min(1, Math.max(0, share));
  // The epsilon absorbs float noise such as 0.7 * 100 = 70.00000000000001 or 0.29 * 100 = 28.999999999999996.
  return Math.floor(clamped * 100 + 1e-6);
}

/** A share 0..1 as a whole percent in the language's own way ("70%", "70 %", "% 70"), rounded down. */
export function formatPercent(share: number, language: string): string {
  const format = cached(`percent:${language}`, () => new Intl.NumberFormat(language, { style: 'percent' }));
  return format.format(wholePercent(share) / 100);
}

/** A day as the language writes it ("November 21, 2025", "21 Νοεμβρίου 2025"), in UTC so every server agrees. */
export function formatDate(date: Date, language: string): string {
  const format = cached(
    `date:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return format.format(date);
}

/** A number with the language's decimal separator ("1.5", "1,5"), at most `maxDigits` decimals. */
export function formatNumber(value: number, language: string, maxDigits = 1): string {
  const format = cached(
    `number:${language}:${maxDigits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: maxDigits }),
  );
  return format.format(value);
}

/** "1.5 hours" in the reader's language, with the right plural (Intl knows all six). */
export function formatHours(hours: number, language: string): string {
  const format = cached(
    `hours:${language}`,
    () => new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
  );
  return format.format(hours);
}

/** "20 minutes" in the reader's language. */
export function formatMinutes(minutes: number, language: string): string {
  const format = cached(
    `minutes:${language}`,
    () => new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
  );
  return format.format(minutes);
}
