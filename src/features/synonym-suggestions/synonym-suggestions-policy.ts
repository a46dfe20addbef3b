import type { Actor } from '../../shared/actor.ts';
import { isAdmin } from '../../shared/actor.ts';
import { forbidden, unauthenticated } from '../../shared/errors.ts';

/**
 * Reading the synonym suggestions: platform administrators, who add synonyms, and the
 * coordinators of every city, who know how their organisations write and review what the
 * suggestions are learned from. Adding one stays the administrators' (`editTaxonomy`).
 */
export const canSeeSynonymSuggestions = (actor: Actor): boolean => isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator');

export function requireSynonymSuggestionReader(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!canSeeSynonymSuggestions(actor)) throw forbidden('Only administrators and city coordinators can see synonym suggestions.');
}
