/**
 * The Pontis interchange format, version 1, as TypeScript types. The JSON Schema beside this
 * file (a copy of shared/formats/interchange-v1.schema.json) is normative; these types follow it.
 */
import type { ProgrammeFileRecord } from '../action-programmes/index.ts';
import type { ActivityFileRecord } from '../activities/index.ts';

export const INTERCHANGE_FORMAT = 'pontis-interchange/1';

export interface InterchangeText {
  lang?: string;
  text: string;
}

export interface InterchangeCity {
  key: string;
  name: string;
  country: string;
  aliases?: { name: string; lang?: string }[];
  latitude?: number;
  longitude?: number;
  population?: number;
}

export interface InterchangePartnership {
  key: string;
  /** City keys, names or aliases; the first is listed first. */
  cities: string[];
  kind: 'twinning' | 'friendship' | 'contact' | 'project-partnership' | 'network';
  since?: string;
  themes?: string[];
  description?: InterchangeText[];
}

export interface InterchangeItem {
  category?: string;
  lang?: string;
  title?: string;
  text: string;
  themes?: string[];
  validUntil?: string;
}

export interface InterchangeOrganisation {
  key: string;
  name: string;
  kind: string;
  /** A city key, name or alias. */
  city: string;
  website?: string;
  languages?: string[];
  description?: InterchangeText[];
  themes?: string[];
  offers?: InterchangeItem[];
  requests?: InterchangeItem[];
}

export interface InterchangeDocument {
  format: typeof INTERCHANGE_FORMAT;
  cities?: InterchangeCity[];
  partnerships?: InterchangePartnership[];
  organisations?: InterchangeOrganisation[];
  /** Optional sections, checked by interchange-sections.ts (docs/interchange-activities-and-programmes.md). */
  programmes?: ProgrammeFileRecord[];
  activities?: ActivityFileRecord[];
}
