/**
 * The labelled sets the evaluation runs on, in one shape: an interchange document (cities,
 * partnerships, organisations) and queries naming, for an organisation, the counterparts a
 * coordinator would introduce first.
 * - own set: written by the engine's author (evaluation-document.ts, evaluation-queries.ts);
 * - development set: written by a helper who had not read the engine (development-set.json:
 *   Dortmund, Cluj-Napoca and Brno, niche topics, hard negatives); the engine was tuned on it
 *   in issue 14, so it is one of "our" sets;
 * - blind set: written by someone who had not read the engine, never used for tuning. It is
 *   loaded from JSON at run time and may be missing (then it is skipped, and said so).
 */
import fs from 'node:fs';
import type { InterchangeDocument } from '../../interchange/index.ts';
import { evaluationDocument } from './evaluation-document.ts';
import { evaluationQueries } from './evaluation-queries.ts';

/** Why a non-relevant organisation was put next to a query: it must not outrank the relevant ones. */
export const hardNegativeKinds = ['same-city-fit', 'partner-city-same-need', 'non-partner-fit', 'related-only'] as const;

export interface LabelledQuery {
  organisation: string;
  relevant: string[];
  why: string;
  hardNegatives?: { organisation: string; kind: string }[];
}

export interface LabelledSet {
  /** The key in recorded-matching-quality.json. */
  key: 'own' | 'development' | 'blind';
  title: string;
  document: InterchangeDocument;
  queries: LabelledQuery[];
}

export const ownSet: LabelledSet = {
  key: 'own',
  title: 'own set (written by the engine’s author)',
  document: evaluationDocument,
  queries: evaluationQueries,
};

type LabelledFile = Omit<InterchangeDocument, 'format'> & { queries: LabelledQuery[] };

/** Only the interchange sections go to the import; the queries stay with the evaluation. */
const documentOf = (raw: LabelledFile): InterchangeDocument => ({
  format: 'pontis-interchange/1',
  cities: raw.cities,
  partnerships: raw.partnerships,
  organisations: raw.organisations,
});

const developmentFile = JSON.parse(fs.readFileSync(new URL('./development-set.json', import.meta.url), 'utf8')) as LabelledFile;

export const developmentSet: LabelledSet = {
  key: 'development',
  title: 'development set (written without reading the engine, then used for tuning)',
  document: documentOf(developmentFile),
  queries: developmentFile.queries,
};

export const blindSetFile = new URL('./blind/blind-matching-set.json', import.meta.url);

/** The blind set, or undefined while its file does not exist. Its content is never printed here. */
export function loadBlindSet(): LabelledSet | undefined {
  if (!fs.existsSync(blindSetFile)) return undefined;
  const raw = JSON.parse(fs.readFileSync(blindSetFile, 'utf8')) as LabelledFile;
  return {
    key: 'blind',
    title: 'blind set, written without reading the engine, never tuned on',
    document: documentOf(raw),
    queries: raw.queries,
  };
}
