import { describe, expect, it } from 'vitest';
import { lastApproved } from './item-review-previous.ts';

const item = { id: 'i1', direction: 'offer' as const };
const content = (text: string, status: string) => ({ id: 'i1', status, title: 'T', text, category: null, lang: 'de', themes: ['energy'], validUntil: null });
const org = (...offers: object[]) => ({ id: 'o1', offers, requests: [] });

describe('lastApproved', () => {
  it('takes the state before the change that sent the item to review', () => {
    const events = [{ before: org(content('old', 'approved')), after: org(content('new', 'pending-review')) }];
    expect(lastApproved(events, item)).toEqual({ category: null, lang: 'de', title: 'T', text: 'old', themes: ['energy'], concepts: [], validUntil: null });
  });
  it('prefers the state after an event to the state before it', () => {
    const events = [{ before: content('pending', 'pending-review'), after: content('approved now', 'approved') }];
    expect(lastApproved(events, item)?.text).toBe('approved now');
  });
  it('looks at older events when the newest does not hold the item approved', () => {
    const events = [
      { before: org(content('b', 'returned')), after: org(content('c', 'pending-review')) },
      { before: null, after: org(content('a', 'approved')) },
    ];
    expect(lastApproved(events, item)?.text).toBe('a');
  });
  it('finds nothing for an item never approved, or one of the other list', () => {
    expect(lastApproved([{ before: null, after: org(content('x', 'pending-review')) }], item)).toBeNull();
    expect(lastApproved([{ before: null, after: { id: 'o1', offers: [], requests: [content('x', 'approved')] } }], item)).toBeNull();
  });
});
