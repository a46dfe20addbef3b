/**
 * What the matching engine knows about an organisation: read from the search index
 * (search_documents), which already holds, per organisation and per approved, unexpired offer or
 * request, the concepts an editor confirmed united with those the tagger found in the text, the
 * language and the category. Plain data, so that scoring stays pure and testable without a database.
 */
export type MatchDocumentType = 'organisation' | 'offer' | 'request';

export interface MatchDocument {
  /** The organisation id for type 'organisation', the organisation_items id otherwise. */
  id: string;
  type: MatchDocumentType;
  category: string | null;
  lang: string | null;
  title: string;
  /** The text (description, offer or request); used by text-similarity models that read it. */
  body: string;
  concepts: readonly string[];
  /** Evidence terms of the text (cognate stems, codes; tagging's evidenceTerms), for what no concept covers. */
  terms: readonly string[];
  themes: readonly string[];
}

export interface MatchProfile {
  organisationId: string;
  key: string;
  name: string;
  kind: string;
  cityId: string;
  /** Working languages declared by the organisation (ISO 639-1). */
  languages: readonly string[];
  updatedAt: Date;
  /** Introductions in status 'pending' that involve this organisation (ranks down busy ones). */
  openIntroductions: number;
  documents: readonly MatchDocument[];
}

export const offersOf = (p: MatchProfile) => p.documents.filter((d) => d.type === 'offer');
export const requestsOf = (p: MatchProfile) => p.documents.filter((d) => d.type === 'request');

/** Every concept of the organisation: its own and those of its offers and requests. */
export function allConcepts(p: MatchProfile): Set<string> {
  const out = new Set<string>();
  for (const d of p.documents) for (const c of d.concepts) out.add(c);
  return out;
}

/** Every evidence term of the organisation's texts. */
export function allTerms(p: MatchProfile): Set<string> {
  const out = new Set<string>();
  for (const d of p.documents) for (const t of d.terms) out.add(t);
  return out;
}

/** Languages an organisation works in: declared ones, and those its texts are written in. */
export function workingLanguages(p: MatchProfile): Set<string> {
  const out = new Set(p.languages);
  for (const d of p.documents) if (d.lang) out.add(d.lang);
  return out;
}
