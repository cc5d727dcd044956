/** Limits applied to every uploaded or imported zip, whatever its headers claim. */
export const ZIP_LIMITS = {
  /** Most entries (files and folders) a zip may hold. */
  maxEntries: 2_000,
  /** Most bytes all entries may hold once uncompressed. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Highest uncompressed/compressed ratio, per entry and for the whole zip. */
  maxRatio: 100,
  /** Below this many uncompressed bytes the ratio is not checked: tiny files have meaningless ratios. */
  ratioFloorBytes: 1024,
} as const;

/** Limits of one extraction (tests pass smaller ones). */
export type ZipLimits = { [K in keyof typeof ZIP_LIMITS]: number };
