import { z } from 'zod';
import { idField, idList, textField } from '../manifest/fields';

const COMPETENCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
const COMPETENCE_EXPECTED = 'a competence id such as `tech.iot` (kebab-case parts joined by dots)';

const competenceId = z
  .string({ error: COMPETENCE_EXPECTED })
  .max(64, { error: COMPETENCE_EXPECTED })
  .regex(COMPETENCE_ID, { error: COMPETENCE_EXPECTED });

/** Schema of _framework.yaml (format section 7). */
export const frameworkSchema = z.strictObject(
  {
    groups: z
      .array(
        z.strictObject(
          {
            id: idField,
            title: textField(120, 'a title'),
            competences: z
              .array(z.strictObject({ id: competenceId, title: textField(120, 'a title') }), {
                error: 'a list of competences, each with `id` and `title`',
              })
              .min(1, { error: 'a list of at least one competence' }),
          },
          { error: 'a group with `id`, `title` and `competences`' },
        ),
        { error: 'a list of competence groups' },
      )
      .min(1, { error: 'a list of at least one competence group' }),
  },
  { error: 'a mapping with a `groups` list' },
);

/** Schema of _framework.<lang>.yaml: the same ids, titles only. */
export const frameworkTranslationSchema = z.strictObject(
  {
    groups: z.array(
      z.strictObject({
        id: idField,
        title: textField(120, 'a translated title').optional(),
        competences: z
          .array(z.strictObject({ id: competenceId, title: textField(120, 'a translated title') }))
          .optional(),
      }),
      { error: 'a list of groups with translated titles' },
    ),
  },
  { error: 'a mapping with a `groups` list' },
);

/** Schema of _pathways.yaml (format section 8). */
export const pathwaysSchema = z.strictObject(
  {
    pathways: z.array(
      z.strictObject({
        id: idField,
        title: textField(120, 'a title'),
        summary: textField(600, 'a plain-text summary'),
        packs: idList().refine((ids) => ids.length > 0, { error: 'a list of at least one pack id' }),
      }),
      { error: 'a list of pathways' },
    ),
  },
  { error: 'a mapping with a `pathways` list' },
);

/** Schema of _pathways.<lang>.yaml: the same ids, translated title and summary only. */
export const pathwaysTranslationSchema = z.strictObject(
  {
    pathways: z.array(
      z.strictObject({
        id: idField,
        title: textField(120, 'a translated title').optional(),
        summary: textField(600, 'a translated summary').optional(),
      }),
      { error: 'a list of pathways with translated titles' },
    ),
  },
  { error: 'a mapping with a `pathways` list' },
);
