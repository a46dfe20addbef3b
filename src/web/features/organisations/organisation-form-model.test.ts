import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { formToRequest, organisationToForm, requestWithDraft } from './organisation-form-model.ts';

const item = (id: string, status: Organisation['offers'][number]['status'], concepts: string[] = []) => ({
  id,
  status,
  reviewComment: null,
  expired: false,
  version: 1,
  category: null,
  lang: 'de',
  title: `Item ${id}`,
  text: 'Text',
  themes: [],
  concepts,
  validUntil: '2027-01-31',
});

const organisation = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'org',
  name: 'Org',
  kind: 'company',
  city: { id: '00000000-0000-4000-8000-000000000002', key: 'dortmund', name: 'Dortmund', country: 'DE' },
  website: null,
  themes: [],
  concepts: ['electromobility'],
  languages: [],
  description: [],
  offers: [item('a', 'approved', ['smart-grids-storage']), item('b', 'draft')],
  requests: [item('c', 'returned')],
  people: [],
  completeness: null,
  canEdit: true,
  canDelete: false,
  version: 7,
  updatedAt: '2026-11-21T10:00:00Z',
  updatedBy: null,
} as unknown as Organisation;

describe('organisation form model', () => {
  it('keeps concepts and draft flags through the form', () => {
    const body = formToRequest(organisationToForm(organisation));
    expect(body.concepts).toEqual(['electromobility']);
    expect(body.offers?.map((o) => [o.id, o.draft, o.concepts])).toEqual([
      ['a', false, ['smart-grids-storage']],
      ['b', true, []],
    ]);
    expect(body.requests?.[0]).toMatchObject({ id: 'c', draft: false, validUntil: '2027-01-31' });
  });

  it('submits one draft with the version read, leaving the other items as they are', () => {
    const body = requestWithDraft(organisation, 'b', false);
    expect(body.version).toBe(7);
    expect(body.offers?.map((o) => o.draft)).toEqual([false, false]);
    expect(body.requests?.map((r) => r.draft)).toEqual([false]);
  });
});
