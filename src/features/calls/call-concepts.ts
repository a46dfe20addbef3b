import { asc, eq, gt } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import type { ConceptTagger } from '../tagging/index.ts';
import { fundingCalls } from './calls.table.ts';

/** Tagging reads the start of a long description; the concepts are in the first paragraphs. */
const TAGGED_SUMMARY_CHARS = 4_000;
const RETAG_BATCH = 500;

export interface TaggedCallText {
  title: string;
  tags: readonly string[];
  keywords: readonly string[];
  summary: string;
}

/** A call's concepts, from its title, the portal's tags and keywords and its description (mostly English). */
export function callConcepts(tagger: ConceptTagger, call: TaggedCallText): string[] {
  const text = [call.title, call.tags.join(', '), call.keywords.join(', '), call.summary.slice(0, TAGGED_SUMMARY_CHARS)].filter(Boolean).join('.\n');
  return tagger.tag(text, { lang: 'en' }).concepts.map((c) => c.key);
}

const sameConcepts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Tags every stored call again with `tagger` (after administrators changed synonyms) and writes
 * only the calls whose concepts differ. The portal's content is untouched, so content hash and
 * changed_at stay. Batches of 500, each in its own short transaction: on the embedded engine
 * requests wait for one batch, not for all 11,000 calls.
 */
export async function retagCalls(ctx: ServiceContext, tagger: ConceptTagger): Promise<{ calls: number; retagged: number }> {
  let after: string | undefined;
  let calls = 0;
  let retagged = 0;
  for (;;) {
    const batch = await ctx.db
      .select({
        id: fundingCalls.id,
        title: fundingCalls.title,
        tags: fundingCalls.tags,
        keywords: fundingCalls.keywords,
        summary: fundingCalls.summary,
        concepts: fundingCalls.concepts,
      })
      .from(fundingCalls)
      .where(after ? gt(fundingCalls.id, after) : undefined)
      .orderBy(asc(fundingCalls.id))
      .limit(RETAG_BATCH);
    if (!batch.length) break;
    calls += batch.length;
    after = batch.at(-1)!.id;
    const changed = batch.map((c) => ({ id: c.id, concepts: callConcepts(tagger, c), before: c.concepts })).filter((c) => !sameConcepts(c.concepts, c.before));
    if (!changed.length) continue;
    retagged += changed.length;
    await inTransaction(ctx, async (tx) => {
      for (const c of changed) await tx.db.update(fundingCalls).set({ concepts: c.concepts }).where(eq(fundingCalls.id, c.id));
    });
  }
  return { calls, retagged };
}
