import { COORDINATORS, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Synonyms learned from the registry (issue 14): administrators and the coordinators of every
 * city read the suggestions (synonym-suggestions-policy.ts); adding one is the existing synonym
 * route, administrators only (authorisation-matrix-accounts.ts).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const synonymSuggestionRoutes: MatrixPart = {
  'GET /api/taxonomy/synonym-suggestions': {
    expect: COORDINATORS,
    request: (w) => ({ path: `/api/taxonomy/synonym-suggestions?lang=de&concept=${w.conceptKey}` }),
  },
};
