import { z } from 'zod';

export const callStatuses = ['forthcoming', 'open', 'closed'] as const;
export const callKinds = ['grant', 'tender'] as const;

const deadlineSchema = z
  .object({
    at: z.string().describe('ISO 8601 instant (UTC); the portal uses 17:00 Brussels time'),
    label: z.string().optional().describe('stage 1, stage 2, cut-off N, or the action type'),
  })
  .meta({ id: 'CallDeadline' });

export const callSummarySchema = z
  .object({
    id: z.uuid(),
    identifier: z.string().describe('The portal topic identifier or tender reference'),
    kind: z.enum(callKinds),
    title: z.string(),
    callIdentifier: z.string().nullable(),
    callTitle: z.string().nullable(),
    programme: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    status: z.enum(callStatuses).describe('Computed from the dates at the time of the request (the portal status goes stale)'),
    openingAt: z.string().nullable(),
    nextDeadlineAt: z.string().nullable().describe('The first deadline not yet past'),
    deadlineModel: z.string().nullable().describe('single-stage, two-stage, multiple cut-off'),
    deadlines: z.array(deadlineSchema),
    concepts: z.array(z.string()).describe('Taxonomy concepts tagged from title, tags, keywords and summary'),
    url: z.string().nullable().describe('The page on the EU Funding & Tenders Portal'),
  })
  .meta({ id: 'CallSummary' });

export const callDetailSchema = callSummarySchema
  .extend({
    tags: z.array(z.string()),
    keywords: z.array(z.string()),
    summary: z.string().describe('Plain text (no HTML)'),
    latestInfos: z.array(z.object({ at: z.string().nullable(), text: z.string() })),
    budget: z.array(z.object({ action: z.string().optional(), year: z.string().optional(), amount: z.number(), currency: z.string() })).nullable(),
    source: z.string().describe('reference-file, search-api or demo'),
    firstSeenAt: z.string(),
    changedAt: z.string(),
  })
  .meta({ id: 'CallDetail' });

export type CallSummary = z.infer<typeof callSummarySchema>;
export type CallDetail = z.infer<typeof callDetailSchema>;

export const callListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words of the title, tags, keywords or summary, or the start of an identifier'),
  status: z.enum(callStatuses).optional().describe('Default: open and forthcoming'),
  programme: z.string().trim().min(1).max(50).optional().describe('Programme code, e.g. HORIZON, CERV, LIFE, DIGITAL'),
  kind: z.enum(callKinds).optional(),
  concept: z.string().trim().min(1).max(100).optional().describe('A taxonomy concept key'),
  deadlineBefore: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('Only calls whose next deadline is before this time'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CallListQuery = z.infer<typeof callListQuery>;

export const callListResponse = z
  .object({
    items: z.array(callSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    programmes: z
      .array(z.object({ code: z.string(), name: z.string().nullable(), count: z.number().int() }))
      .describe('Programmes of the matching calls (ignoring the programme filter), most calls first'),
  })
  .meta({ id: 'CallList' });

export const callIdentifierParams = z.object({ identifier: z.string().min(1).max(200).describe('Topic identifier or tender reference') });

export const callImportSchema = z
  .object({
    id: z.uuid(),
    source: z.string(),
    origin: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    outcome: z
      .enum(['queued', 'running', 'done', 'not-modified', 'failed', 'offline', 'interrupted'])
      .describe('interrupted: the process carrying out the run stopped (killed, crashed) before it finished'),
    records: z.number().int(),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    closed: z.number().int(),
    skipped: z.number().int(),
    message: z.string().nullable().describe('English, for API clients and logs; the web words messageCode in the reader’s language'),
    messageCode: z
      .string()
      .nullable()
      .describe(
        'calls.source-unreachable {host, reason, kept}, calls.not-modified, calls.portal-error {status, statusText}, calls.download-failed {reason}, calls.imported {records, added, changed, closed}, calls.records-skipped {skipped}, calls.rolled-back {reason}, calls.interrupted; null on runs logged before codes (their message is English only)',
      ),
    messageParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  })
  .meta({ id: 'CallImport' });
export type CallImportRun = z.infer<typeof callImportSchema>;

export const callImportListResponse = z.object({ items: z.array(callImportSchema) }).meta({ id: 'CallImportList' });
