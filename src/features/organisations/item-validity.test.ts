import { describe, expect, it } from 'vitest';
import { nextItemStatus } from './item-status.ts';
import { addDays, addMonths, isExpired, renewedUntil } from './item-validity.ts';

describe('item validity dates', () => {
  it('lets an item stand through its last day', () => {
    expect(isExpired('2026-05-10', '2026-05-10')).toBe(false);
    expect(isExpired('2026-05-09', '2026-05-10')).toBe(true);
    expect(isExpired(null, '2026-05-10')).toBe(false);
  });

  it('adds months and days across month and year ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 12)).toBe('2028-12-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('renews from the current end, or from today once it has passed or is unset', () => {
    expect(renewedUntil('2026-06-30', '2026-06-20')).toBe('2027-06-30');
    expect(renewedUntil('2026-06-01', '2026-06-20')).toBe('2027-06-20');
    expect(renewedUntil(null, '2026-06-20')).toBe('2027-06-20');
  });
});

describe('item review state on save', () => {
  const base = { stored: null, contentChanged: true, draft: false, writerReviews: false } as const;

  it('sends new and changed content by editors to review and approves a coordinator’s directly', () => {
    expect(nextItemStatus(base)).toEqual({ status: 'pending-review', reviewed: false, submitted: true });
    expect(nextItemStatus({ ...base, stored: 'approved' })?.status).toBe('pending-review');
    expect(nextItemStatus({ ...base, stored: 'returned' })?.status).toBe('pending-review');
    expect(nextItemStatus({ ...base, writerReviews: true })).toEqual({ status: 'approved', reviewed: true, submitted: false });
  });

  it('keeps the state of unchanged content, and submits a draft once it is no longer one', () => {
    for (const stored of ['approved', 'returned', 'pending-review'] as const) {
      expect(nextItemStatus({ ...base, stored, contentChanged: false }), stored).toBeNull();
    }
    expect(nextItemStatus({ ...base, stored: 'draft', contentChanged: false })?.status).toBe('pending-review');
    expect(nextItemStatus({ ...base, stored: 'approved', contentChanged: false, draft: true })?.status).toBe('draft');
    expect(nextItemStatus({ ...base, stored: 'draft', draft: true })).toBeNull();
  });
});
