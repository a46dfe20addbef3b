import type { ApprovedContent, ReviewQueueItem } from '../../../features/organisations/item-review.schemas.ts';

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Which parts of the content changed since it was approved (the valid-until date is not reviewed). */
export function changedFields(item: ReviewQueueItem, previous: ApprovedContent): string[] {
  return [
    item.title !== previous.title && 'title',
    item.text !== previous.text && 'text',
    item.category !== previous.category && 'category',
    item.lang !== previous.lang && 'lang',
    !same(item.themes, previous.themes) && 'themes',
    !same(item.concepts, previous.concepts) && 'concepts',
  ].filter((f): f is string => !!f);
}
