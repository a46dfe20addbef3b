import { inArray, sql } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import type { ConceptTagger } from '../tagging/index.ts';
import { callConcepts } from './call-concepts.ts';
import { callContentHash, deadlineDates, type NormalisedCall } from './call-record.ts';
import { callStatusAt } from './call-status.ts';
import { fundingCalls, type CallSource } from './calls.table.ts';

export interface BatchCounts {
  added: number;
  changed: number;
  unchanged: number;
  closed: number;
}

// Title first, then the portal's tags and keywords, then the body: a word in the title ranks highest.
const searchVectorOf = (call: NormalisedCall) => sql`(
  setweight(to_tsvector('english', ${call.title} || ' ' || ${call.identifier}), 'A') ||
  setweight(to_tsvector('english', ${[...call.tags, ...call.keywords].join(' ')}), 'B') ||
  setweight(to_tsvector('english', ${call.summary}), 'C'))`;

/**
 * Writes one batch of calls in one transaction, keyed by identifier. A call whose content hash
 * is the stored one is not touched at all (changed_at stays), so importing the same file again
 * changes nothing. Concepts are computed only for added and changed calls.
 * `closed` counts calls open before (by their dates or the portal's word) and closed now.
 */
export async function upsertCallBatch(
  ctx: ServiceContext,
  calls: NormalisedCall[],
  source: CallSource,
  tagger: ConceptTagger,
  now: Date,
): Promise<BatchCounts> {
  const counts: BatchCounts = { added: 0, changed: 0, unchanged: 0, closed: 0 };
  if (!calls.length) return counts;
  return inTransaction(ctx, async (tx) => {
    const stored = await tx.db
      .select({
        identifier: fundingCalls.identifier,
        contentHash: fundingCalls.contentHash,
        openingAt: fundingCalls.openingAt,
        deadlineAts: fundingCalls.deadlineAts,
        portalStatus: fundingCalls.portalStatus,
      })
      .from(fundingCalls)
      .where(
        inArray(
          fundingCalls.identifier,
          calls.map((c) => c.identifier),
        ),
      );
    const byIdentifier = new Map(stored.map((s) => [s.identifier, s]));
    const rows: (typeof fundingCalls.$inferInsert)[] = [];
    for (const call of calls) {
      const hash = callContentHash(call);
      const before = byIdentifier.get(call.identifier);
      if (before?.contentHash === hash) {
        counts.unchanged++;
        continue;
      }
      const deadlineAts = deadlineDates(call);
      const openingAt = call.openingAt ? new Date(call.openingAt) : null;
      if (before) {
        counts.changed++;
        const wasOpen =
          callStatusAt({ openingAt: before.openingAt, deadlineAts: sortDates(before.deadlineAts), portalStatus: before.portalStatus }, now) === 'open' ||
          before.portalStatus === 'open';
        if (wasOpen && callStatusAt({ openingAt, deadlineAts, portalStatus: call.portalStatus }, now) === 'closed') counts.closed++;
      } else counts.added++;
      rows.push({
        identifier: call.identifier,
        kind: call.kind,
        title: call.title,
        callIdentifier: call.callIdentifier,
        callTitle: call.callTitle,
        programmeCode: call.programmeCode,
        programmeName: call.programmeName,
        portalStatus: call.portalStatus,
        deadlineModel: call.deadlineModel,
        openingAt,
        deadlineAts,
        deadlines: call.deadlines,
        lastDeadlineAt: deadlineAts.at(-1) ?? null,
        tags: call.tags,
        keywords: call.keywords,
        summary: call.summary,
        latestInfos: call.latestInfos,
        budget: call.budget,
        concepts: callConcepts(tagger, call),
        url: call.url,
        source,
        contentHash: hash,
        firstSeenAt: now,
        changedAt: now,
        seenAt: now,
        searchVector: searchVectorOf(call) as unknown as string,
      });
    }
    if (rows.length) {
      const keep = (column: string) => sql.raw(`excluded.${column}`);
      await tx.db
        .insert(fundingCalls)
        .values(rows)
        .onConflictDoUpdate({
          target: fundingCalls.identifier,
          set: Object.fromEntries(
            [
              'kind',
              'title',
              'call_identifier',
              'call_title',
              'programme_code',
              'programme_name',
              'portal_status',
              'deadline_model',
              'opening_at',
              'deadline_ats',
              'deadlines',
              'last_deadline_at',
              'tags',
              'keywords',
              'summary',
              'latest_infos',
              'budget',
              'concepts',
              'url',
              'source',
              'content_hash',
              'changed_at',
              'seen_at',
              'search_vector',
            ].map((column) => [camel(column), keep(column)]),
          ),
        });
    }
    return counts;
  });
}

const camel = (column: string) => column.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
const sortDates = (dates: Date[]) => [...dates].sort((a, b) => a.getTime() - b.getTime());
