import type { ItemStatus } from './organisations.table.ts';

export interface ItemStatusChange {
  status: ItemStatus;
  /** The writer's approval counts as the review (coordinator or admin). */
  reviewed: boolean;
  /** The item was (re)submitted for review. */
  submitted: boolean;
}

/**
 * The review state an offer or request gets when its organisation is saved. Content the public has
 * not seen needs a coordinator's eye, unless a coordinator (or an admin) wrote it; an item whose
 * content did not change keeps its state, so re-saving the profile does not send it back to review.
 */
export function nextItemStatus(input: { stored: ItemStatus | null; contentChanged: boolean; draft: boolean; writerReviews: boolean }): ItemStatusChange | null {
  if (input.draft) return input.stored === 'draft' ? null : { status: 'draft', reviewed: false, submitted: false };
  if (input.stored !== null && input.stored !== 'draft' && !input.contentChanged) return null;
  if (input.writerReviews) return { status: 'approved', reviewed: true, submitted: false };
  return { status: 'pending-review', reviewed: false, submitted: true };
}
