import { z } from 'zod';
import { idField, sourceHashField, textField } from './fields';

/** Validated front matter of a source lesson. */
export interface LessonFrontMatter {
  id: string | null;
  title: string;
  minutes: number | null;
}

/** Validated front matter of a translated lesson. */
export interface TranslatedFrontMatter {
  title: string;
  source: string;
}

/** Schema of a source lesson's front matter (format section 3). */
export const lessonFrontMatterSchema: z.ZodType<LessonFrontMatter> = z.strictObject(
  {
    id: idField.optional().transform((id) => id ?? null),
    title: textField(120, 'a title'),
    minutes: z
      .number({ error: 'a number of minutes greater than 0' })
      .positive({ error: 'a number of minutes greater than 0' })
      .optional()
      .transform((minutes) => minutes ?? null),
  },
  { error: 'a mapping with `title` and optionally `id` and `minutes`' },
);

/** Schema of a translated lesson's front matter (format section 5): the title and the source hash, nothing else. */
export const translatedFrontMatterSchema: z.ZodType<TranslatedFrontMatter> = z.strictObject(
  { title: textField(120, 'a translated title'), source: sourceHashField },
  { error: 'a mapping with `title` and `source`' },
);

/** Text fields a translated pack.yaml may hold. */
export interface TranslatedManifest {
  title?: string;
  summary?: string;
  outcomes?: string[];
}

/** Schema of translations/<lang>/pack.yaml: title, summary and outcomes only (a `source` key is tolerated). */
export const translatedManifestSchema: z.ZodType<TranslatedManifest> = z
  .strictObject(
    {
      title: textField(120, 'a translated title').optional(),
      summary: textField(600, 'a translated plain-text summary').optional(),
      outcomes: z
        .array(textField(300, 'a translated learning outcome'), { error: 'a list of translated outcomes' })
        .min(1, { error: 'a list of translated outcomes' })
        .optional(),
      source: z.union([z.string(), z.number()], { error: 'a text (it is not used)' }).optional(),
    },
    { error: 'a mapping with `title`, `summary` and `outcomes` only' },
  )
  .transform(({ title, summary, outcomes }) => ({
    ...(title === undefined ? {} : { title }),
    ...(summary === undefined ? {} : { summary }),
    ...(outcomes === undefined ? {} : { outcomes }),
  }));
