import { z } from 'zod';
import { idField, idList, languageField, semverField, spdxField, textField } from './fields';

/** Subject areas a pack belongs to. */
export const PACK_AREAS = ['iot', 'ai', 'cybersecurity', 'data-analytics', 'transversal'] as const;
/** Levels of a pack. */
export const PACK_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** Subject area of a pack. */
export type PackArea = (typeof PACK_AREAS)[number];
/** Level of a pack. */
export type PackLevel = (typeof PACK_LEVELS)[number];

/** An author of a pack. */
export interface PackAuthor {
  name: string;
  organisation: string | null;
}

/** A validated pack.yaml, defaults applied; absent optional values are null (they survive a database). */
export interface PackManifest {
  id: string;
  version: string;
  language: string;
  title: string;
  summary: string;
  area: PackArea;
  level: PackLevel;
  hours: number;
  eqf: number | null;
  competences: string[];
  outcomes: string[];
  authors: PackAuthor[];
  license: string;
  requires: string[];
  passScore: number;
  maxAttempts: number;
  /** The explicit lesson order by id, or null for file-name order. */
  lessons: string[] | null;
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;

const authorSchema = z.strictObject(
  {
    name: textField(120, 'a name'),
    organisation: textField(120, 'an organisation name').optional().transform(orNull),
  },
  { error: 'a mapping with `name` and optionally `organisation`' },
);

/** Schema of pack.yaml (format section 2); every message says what is expected. */
export const manifestSchema: z.ZodType<PackManifest> = z.strictObject(
  {
    id: idField,
    version: semverField,
    language: languageField,
    title: textField(120, 'a title'),
    summary: textField(600, 'a plain-text summary'),
    area: z.enum(PACK_AREAS, { error: `one of: ${PACK_AREAS.join(', ')}` }),
    level: z.enum(PACK_LEVELS, { error: `one of: ${PACK_LEVELS.join(', ')}` }),
    hours: z.number({ error: 'a number of hours greater than 0' }).positive({ error: 'a number greater than 0' }),
    eqf: z
      .number({ error: 'an EQF level from 1 to 8' })
      .int({ error: 'a whole EQF level from 1 to 8' })
      .min(1, { error: 'an EQF level from 1 to 8' })
      .max(8, { error: 'an EQF level from 1 to 8' })
      .optional()
      .transform(orNull),
    competences: z
      .array(z.string({ error: 'a competence id from _framework.yaml' }), { error: 'a list of competence ids' })
      .optional()
      .transform((ids) => ids ?? []),
    outcomes: z
      .array(textField(300, 'a learning outcome'), { error: 'a list of 1 to 12 learning outcomes' })
      .min(1, { error: 'a list of 1 to 12 learning outcomes' })
      .max(12, { error: 'a list of 1 to 12 learning outcomes' }),
    authors: z
      .array(authorSchema, { error: 'a list of at least one author' })
      .min(1, { error: 'a list of at least one author' }),
    license: spdxField,
    requires: idList()
      .optional()
      .transform((ids) => ids ?? []),
    passScore: z
      .number({ error: 'a share from 0 to 1, such as 0.7' })
      .min(0, { error: 'a share from 0 to 1, such as 0.7' })
      .max(1, { error: 'a share from 0 to 1, such as 0.7' })
      .default(0.7),
    maxAttempts: z
      .number({ error: 'a whole number of attempts, 0 for unlimited' })
      .int({ error: 'a whole number of attempts, 0 for unlimited' })
      .min(0, { error: 'a whole number of attempts, 0 for unlimited' })
      .default(0),
    lessons: idList().optional().transform(orNull),
  },
  { error: 'a mapping of keys (id, version, language, title, ...)' },
);
