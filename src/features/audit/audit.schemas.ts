import { z } from 'zod';

export const historyParams = z.object({
  entityType: z.string().min(1).max(50).describe('city, partnership, timeline-event, agreement, agreement-document, organisation or person'),
  id: z.string().uuid(),
});

export const historyEntrySchema = z
  .object({
    at: z.string(),
    actor: z.object({ id: z.string().uuid().nullable(), label: z.string() }),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'HistoryEntry' });

export const historyResponse = z.array(historyEntrySchema).meta({ id: 'History' });

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
