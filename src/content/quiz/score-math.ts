/**
 * Arithmetic shared by parsing checks and grading. GIFT weights such as `%33.33333%` add up to 0.9999999, so a
 * weight or a score this close to 1 counts as full marks, and scores are rounded to 6 decimals before storage.
 */

/** How far below 1 a weight or score may be and still count as 100%. */
export const FULL_MARKS_EPSILON = 1e-6;

/** True when a weight or score counts as 100%. */
export function isFullMarks(value: number): boolean {
  return value >= 1 - FULL_MARKS_EPSILON;
}

/** Rounds to 6 decimals, so 0.1 + 0.2 is stored as 0.3 and three `%33.33333%` weights as 1. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Clamps a score to 0..1, rounded to 6 decimals. */
export function toScore(value: number): number {
  return round6(Math.min(1, Math.max(0, value)));
}

/** Sum of the positive weights: the best a multiple-choice selection can earn. */
export function bestSelectionWeight(weights: readonly number[]): number {
  return weights.filter((weight) => weight > 0).reduce((sum, weight) => sum + weight, 0);
}

/**
 * Whether a number falls within a target, boundaries included. The epsilon absorbs binary float error
 * (3.15 - 3.14 is 0.010000000000000231), scaled to the size of the numbers compared.
 */
export function isWithin(value: number, target: { min: number; max: number }): boolean {
  const epsilon = 1e-9 * Math.max(1, Math.abs(target.min), Math.abs(target.max));
  return value >= target.min - epsilon && value <= target.max + epsilon;
}
