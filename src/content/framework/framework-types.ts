/** Translated text of one framework or pathway entry, by ISO 639-1 language. */
export type Translations<T> = Record<string, T>;

/** One competence packs may point at. */
export interface Competence {
  id: string;
  title: string;
  translations: Translations<{ title: string }>;
}

/** A group of competences (transversal, tech, challenges, domain). */
export interface CompetenceGroup {
  id: string;
  title: string;
  translations: Translations<{ title: string }>;
  competences: Competence[];
}

/** The competence framework of a content folder, with the titles of its translations. */
export interface Framework {
  groups: CompetenceGroup[];
  /** Languages with a `_framework.<lang>.yaml`. */
  languages: string[];
}

/** A learning pathway over packs. */
export interface Pathway {
  id: string;
  title: string;
  summary: string;
  packs: string[];
  translations: Translations<{ title?: string; summary?: string }>;
}

/** The pathways of a content folder, with their translations. */
export interface Pathways {
  pathways: Pathway[];
  /** Languages with a `_pathways.<lang>.yaml`. */
  languages: string[];
}
