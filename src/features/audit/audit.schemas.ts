import { z } from 'zod';

export const historyParams = z.object({
  entityType: z
    .string()
    .min(1)
    .max(50)
    .describe('city, partnership, timeline-event, agreement, agreement-document, organisation, person, project or a project part'),
  id: z.string().uuid(),
});

const labels = z.record(z.string(), z.string()).nullable().describe('The name in each interface language, when the server knows it (themes, concepts)');

const flatValueMembers = [
  z.object({ type: z.literal('empty') }),
  z.object({ type: z.literal('erased') }).describe('Personal data erased since'),
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('number'), value: z.number(), unit: z.string().nullable() }),
  z.object({ type: z.literal('boolean'), value: z.boolean() }),
  z.object({ type: z.literal('date'), value: z.string(), withTime: z.boolean() }),
  z
    .object({ type: z.literal('code'), vocabulary: z.string(), code: z.string(), labels })
    .describe('A value from a vocabulary: theme, kind, status, language, country …'),
  z
    .object({ type: z.literal('record'), entityType: z.string(), name: z.string().nullable(), visible: z.boolean() })
    .describe('Another record, by name; name is null when the reader may not see it (visible false) or it no longer exists'),
] as const;

export const historyFlatValueSchema = z.discriminatedUnion('type', [...flatValueMembers]).meta({ id: 'HistoryFlatValue' });

export const historyValueSchema = z
  .discriminatedUnion('type', [
    ...flatValueMembers,
    z
      .object({ type: z.literal('fields'), fields: z.array(z.object({ field: z.string(), value: historyFlatValueSchema })) })
      .describe('A small record in a list: an offer, a signatory'),
  ])
  .meta({ id: 'HistoryValue' });

export const historyChangeSchema = z
  .object({
    field: z.string(),
    subfield: z.string().nullable().describe('The part of a nested field (the office’s e-mail)'),
    language: z.string().nullable().describe('The language of this text, for texts kept per language'),
    kind: z.enum(['value', 'text', 'list']).describe('value: before and after; text: compare word by word; list: added and removed'),
    before: historyValueSchema,
    after: historyValueSchema,
    added: z.array(historyValueSchema),
    removed: z.array(historyValueSchema),
  })
  .meta({ id: 'HistoryChange' });

export const historyAuthorSchema = z.object({
  id: z.string().uuid().nullable(),
  label: z.string().describe('The user’s display name; for other sources the process that wrote the entry'),
  source: z.enum(['user', 'demo', 'import', 'command-line', 'system']),
  detail: z.string().nullable().describe('The imported file’s name or the command, when known'),
});

export const historyEntrySchema = z
  .object({
    at: z.string(),
    actor: historyAuthorSchema,
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    changes: z.array(historyChangeSchema),
  })
  .meta({ id: 'HistoryEntry' });

export const historyResponse = z.array(historyEntrySchema).meta({ id: 'History' });

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HistoryChange = z.infer<typeof historyChangeSchema>;
export type HistoryValue = z.infer<typeof historyValueSchema>;
export type HistoryFlatValue = z.infer<typeof historyFlatValueSchema>;
export type HistoryAuthor = z.infer<typeof historyAuthorSchema>;
