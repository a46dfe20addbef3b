import { describe, expect, it } from 'vitest';
import { canMoveStage, nextStages, submissionProblems } from './project-stages.ts';

describe('project stages', () => {
  it('moves forward one step at a time from idea to completed', () => {
    expect(canMoveStage('idea', 'consortium')).toBe(true);
    expect(canMoveStage('consortium', 'drafting')).toBe(true);
    expect(canMoveStage('drafting', 'submitted')).toBe(true);
    expect(canMoveStage('submitted', 'funded')).toBe(true);
    expect(canMoveStage('submitted', 'rejected')).toBe(true);
    expect(canMoveStage('funded', 'running')).toBe(true);
    expect(canMoveStage('running', 'completed')).toBe(true);
    expect(canMoveStage('idea', 'drafting')).toBe(false);
    expect(canMoveStage('drafting', 'funded')).toBe(false);
  });

  it('allows one step back before submission, never after', () => {
    expect(canMoveStage('drafting', 'consortium')).toBe(true);
    expect(canMoveStage('consortium', 'idea')).toBe(true);
    expect(canMoveStage('drafting', 'idea')).toBe(false);
    expect(canMoveStage('submitted', 'drafting')).toBe(false);
    expect(canMoveStage('funded', 'submitted')).toBe(false);
  });

  it('lets a rejected proposal be resubmitted or started over', () => {
    expect(nextStages('rejected')).toEqual(['drafting', 'idea']);
    expect(nextStages('completed')).toEqual([]);
  });
});

describe('submission rule', () => {
  const cities = ['dortmund', 'cluj'];
  it('needs a coordinator', () => {
    expect(
      submissionProblems(
        [
          { role: 'partner', cityId: 'dortmund' },
          { role: 'partner', cityId: 'cluj' },
        ],
        cities,
      ),
    ).toEqual(['coordinator_required']);
  });
  it('needs members from two cities of the partnership; associated partners do not count', () => {
    expect(
      submissionProblems(
        [
          { role: 'coordinator', cityId: 'dortmund' },
          { role: 'partner', cityId: 'dortmund' },
        ],
        cities,
      ),
    ).toEqual(['two_cities_required']);
    expect(
      submissionProblems(
        [
          { role: 'coordinator', cityId: 'dortmund' },
          { role: 'associated', cityId: 'cluj' },
        ],
        cities,
      ),
    ).toEqual(['two_cities_required']);
    expect(
      submissionProblems(
        [
          { role: 'coordinator', cityId: 'dortmund' },
          { role: 'partner', cityId: 'lyon' },
        ],
        cities,
      ),
    ).toEqual(['two_cities_required']);
  });
  it('reports every missing rule of an empty consortium and none of a complete one', () => {
    expect(submissionProblems([], cities)).toEqual(['coordinator_required', 'two_cities_required']);
    expect(
      submissionProblems(
        [
          { role: 'coordinator', cityId: 'dortmund' },
          { role: 'partner', cityId: 'cluj' },
        ],
        cities,
      ),
    ).toEqual([]);
  });
});
