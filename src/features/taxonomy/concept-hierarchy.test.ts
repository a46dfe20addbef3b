import { describe, expect, it } from 'vitest';
import { conceptHierarchyLinks, narrowerConcepts, unknownHierarchyKeys } from './concept-hierarchy.ts';

describe('concept hierarchy', () => {
  it('names only concepts of the shipped taxonomy', () => {
    expect(unknownHierarchyKeys()).toEqual([]);
  });

  it('has no cycle: no concept is narrower than itself', () => {
    for (const [broader] of conceptHierarchyLinks()) expect(narrowerConcepts(broader)).not.toContain(broader);
  });

  it('gives a narrower concept to its broader one, at any depth', () => {
    expect(narrowerConcepts('renewable-energy')).toContain('solar-energy');
    expect(narrowerConcepts('social-inclusion')).toEqual(expect.arrayContaining(['disability-support-services', 'sensory-disabilities']));
    expect(narrowerConcepts('solar-energy')).toEqual([]);
  });
});
