import { describe, expect, it } from 'vitest';
import type { ApprovedContent, ReviewQueueItem } from '../../../features/organisations/item-review.schemas.ts';
import { changedFields } from './review-changes.ts';

const previous: ApprovedContent = { category: 'research', lang: 'de', title: 'T', text: 'old', themes: ['a', 'b'], concepts: ['x'], validUntil: null };
const item = (patch: Partial<ReviewQueueItem>) => ({ ...previous, concepts: ['x'], validUntil: '2030-01-01', ...patch }) as unknown as ReviewQueueItem;

describe('changedFields', () => {
  it('names the reviewed parts that differ, ignoring order and the end date', () => {
    expect(changedFields(item({ themes: ['b', 'a'] }), previous)).toEqual([]);
    expect(changedFields(item({ text: 'new', themes: ['a'] }), previous)).toEqual(['text', 'themes']);
    expect(changedFields(item({ title: null, lang: 'en', concepts: [] } as Partial<ReviewQueueItem>), previous)).toEqual(['title', 'lang', 'concepts']);
  });
});
