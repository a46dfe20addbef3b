import type { ServiceContext } from '../../shared/context.ts';
import { confirmedConceptTexts } from '../organisations/index.ts';
import { conceptTaggerFor, detectLanguage, genericWords, stopwordsOf } from '../tagging/index.ts';
import { getTaxonomy, taxonomyLanguages } from '../taxonomy/index.ts';
import { DEFAULT_MIN_LIFT, DEFAULT_MIN_SUPPORT, synonymCandidates, type ScoringText } from './synonym-scoring.ts';
import { requireSynonymSuggestionReader } from './synonym-suggestions-policy.ts';
import type { SynonymSuggestionsQuery, SynonymSuggestionsView } from './synonym-suggestions.schemas.ts';

type Lang = (typeof taxonomyLanguages)[number];

/** Texts of each kind read at most: a registry of a few thousand organisations is read whole in well under a second. */
const TEXT_LIMIT = 20_000;

const stripDiacritics = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

/** The tagger's function words and the vocabulary every offer uses (tagging's lists) are never suggested. */
const ignorable = (word: string) => stopwordsOf.has(word) || stopwordsOf.has(stripDiacritics(word)) || genericWords.has(stripDiacritics(word));

/** The declared language when it is one of the four (a region such as "de-AT" counts), else the detected one. */
function languageOf(declared: string | null, text: string): Lang | null {
  const code = declared?.slice(0, 2).toLowerCase();
  if (code && (taxonomyLanguages as readonly string[]).includes(code)) return code as Lang;
  return detectLanguage(text);
}

/**
 * Words and two-word phrases that the published texts confirmed with a concept use much more
 * often than the other texts, in at least three organisations, that the tagger does not yet
 * read as any concept (issue 14): for a coordinator or administrator to review; an administrator
 * adds the good ones with the existing synonym form. Computed on each call from the stored
 * texts, so every process answers the same and nothing is kept.
 */
export async function suggestSynonyms(ctx: ServiceContext, query: SynonymSuggestionsQuery): Promise<SynonymSuggestionsView> {
  requireSynonymSuggestionReader(ctx.actor);
  const taxonomy = getTaxonomy();
  const texts: ScoringText[] = [];
  for (const row of await confirmedConceptTexts(ctx, { limit: TEXT_LIMIT })) {
    const lang = languageOf(row.lang, row.text);
    // Concepts that left the taxonomy cannot take a synonym: their texts count as texts without them.
    const concepts = row.concepts.filter((key) => taxonomy.concept(key));
    // Each language is counted on its own, so the others need not be read when one is asked for.
    if (lang && (!query.lang || lang === query.lang)) texts.push({ organisationId: row.organisationId, concepts, lang, text: row.text });
  }
  const tagger = await conceptTaggerFor(ctx);
  const asked = (conceptKey: string, lang: string) => (!query.lang || lang === query.lang) && (!query.concept || conceptKey === query.concept);
  // Left out when tagging the term alone already yields a concept. This one: the term is known (a
  // label, synonym or related term, after stemming and compound splitting). Another one: the lift
  // more likely comes from the two concepts being confirmed together ("Wasserstoff" in texts on
  // energy storage) than from a synonym. Asked only for the few terms that pass support and lift.
  const leaveOut = (conceptKey: string, lang: string, term: string) => !asked(conceptKey, lang) || tagger.tag(term, { lang }).concepts.length > 0;
  const suggestions = synonymCandidates(texts, { ignorable, known: leaveOut }).map((s) => ({ ...s, lang: s.lang as Lang }));
  return { suggestions, textsRead: texts.length, minSupport: DEFAULT_MIN_SUPPORT, minLift: DEFAULT_MIN_LIFT };
}
