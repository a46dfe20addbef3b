import type { ServiceContext } from '../../shared/context.ts';
import { addedSynonyms, getTaxonomy, taxonomyRevisionNumber, taxonomyWithSynonyms } from '../taxonomy/index.ts';
import { createLexiconTagger, type ConceptTagger } from './concept-tagger.ts';

interface Built {
  revision: number;
  tagger: Promise<ConceptTagger>;
}

/**
 * The tagger this process last built, and the taxonomy revision it was built from. It is only a
 * cache: the truth is concept_synonyms, and taxonomy_revision (bumped in the same transaction as
 * every synonym change) tells each process when to rebuild, so nothing is shared in memory.
 * A process serves one database, so the revision alone identifies the synonyms.
 */
let built: Built | undefined;

async function build(ctx: Pick<ServiceContext, 'db'>): Promise<ConceptTagger> {
  return createLexiconTagger(taxonomyWithSynonyms(getTaxonomy(), await addedSynonyms(ctx)));
}

/**
 * The concept tagger with the shipped taxonomy and the synonyms administrators added. Rebuilt
 * (about 40 ms) only when the revision differs from the one the cached tagger was built from.
 * Call it outside the transaction that changes synonyms: a tagger built from uncommitted
 * synonyms would be kept under a revision number that a rollback hands out again.
 */
export async function conceptTaggerFor(ctx: Pick<ServiceContext, 'db'>): Promise<ConceptTagger> {
  const revision = await taxonomyRevisionNumber(ctx);
  if (built?.revision !== revision) {
    const attempt: Built = { revision, tagger: build(ctx) };
    built = attempt;
    // A failed build must not stay cached: the next call tries again.
    attempt.tagger.catch(() => {
      if (built === attempt) built = undefined;
    });
  }
  return built.tagger;
}
