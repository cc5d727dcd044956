/**
 * Dates and numbers written the way each interface language writes them. Formatters are built once per
 * language and kept: building an Intl formatter costs far more than using one.
 */

const dates = new Map<string, Intl.DateTimeFormat>();
const percents = new Map<string, Intl.NumberFormat>();
const decimals = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, language: string, make: () => T): T {
  let value = cache.get(language);
  if (value === undefined) {
    value = make();
    cache.set(language, value);
  }
  return value;
}

/** Whole percent of a share 0..1, rounded down so a score never reads as reaching a mark it missed. */
export function wholePercent(share: number): number {
  const clamped = Math.min(1, Math.max(0, share));
  // The epsilon absorbs float noise such as 0.7 * 100 = 70.00000000000001 or 0.29 * 100 = 28.999999999999996.
  return Math.floor(clamped * 100 + 1e-6);
}

/** A day as the language writes it ("November 21, 2025", "21 Νοεμβρίου 2025"), in UTC so every server agrees. */
export function formatDate(date: Date, language: string): string {
  return cached(
    dates,
    language,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

/** A share 0..1 as a whole percent in the language's own way ("70%", "70 %", "% 70"). */
export function formatPercent(share: number, language: string): string {
  const format = cached(percents, language, () => new Intl.NumberFormat(language, { style: 'percent' }));
  return format.format(wholePercent(share) / 100);
}

/** A number with at most one decimal, with the language's decimal separator ("1.5", "1,5"). */
export function formatNumber(value: number, language: string): string {
  return cached(decimals, language, () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 })).format(value);
}

/** The public page of a certificate. */
export function certificateUrl(certificateId: string): string {
  return `/certificates/${certificateId}`;
}

/** The PDF of a certificate. */
export function certificatePdfUrl(certificateId: string): string {
  return `${certificateUrl(certificateId)}.pdf`;
}
