import { z } from 'zod';
import { citySummarySchema } from '../cities/cities.schemas.ts';
import { organisationItemResponse } from './organisations.schemas.ts';

export const itemIdParams = z.object({ id: z.uuid().describe('Offer or request id') });

const contentVersion = z.number().int().min(1).optional().describe('The item version you reviewed; 409 if its content changed since');

export const approveItemRequest = z.object({ version: contentVersion }).meta({ id: 'ApproveItemRequest' });

export const returnItemRequest = z
  .object({ comment: z.string().trim().min(1).max(4000).describe('What the editors should change'), version: contentVersion })
  .meta({ id: 'ReturnItemRequest' });

export const renewItemRequest = z
  .object({ validUntil: z.iso.date().optional().describe('New last day (YYYY-MM-DD); default twelve months on') })
  .meta({ id: 'RenewItemRequest' });

export const reviewQueueQuery = z.object({
  cityId: z.uuid().optional().describe('Admins: only this city; coordinators always see their own city'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const reviewItemSchema = organisationItemResponse
  .extend({
    organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string() }),
    city: citySummarySchema,
    direction: z.enum(['offer', 'request']),
    submittedAt: z.string().nullable(),
    submittedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'ReviewItem' });

export const approvedContentSchema = z
  .object({
    category: z.string().nullable(),
    lang: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string(),
    themes: z.array(z.string()),
    concepts: z.array(z.string()),
    validUntil: z.string().nullable(),
  })
  .meta({ id: 'ApprovedItemContent' });

export const reviewQueueItemSchema = reviewItemSchema
  .extend({
    previous: approvedContentSchema.nullable().describe('What was approved (and public) before this change; null for a new item'),
  })
  .meta({ id: 'ReviewQueueItem' });

export const reviewQueueResponse = z.object({ items: z.array(reviewQueueItemSchema) }).meta({ id: 'ReviewQueue' });

export type ApproveItemRequest = z.infer<typeof approveItemRequest>;
export type ReturnItemRequest = z.infer<typeof returnItemRequest>;
export type RenewItemRequest = z.infer<typeof renewItemRequest>;
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;
export type ApprovedContent = z.infer<typeof approvedContentSchema>;
