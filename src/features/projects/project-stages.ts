import type { ConsortiumRole, ProjectStage } from './projects.table.ts';

/**
 * The pipeline of a joint project. Forward one step at a time; one step back while the proposal
 * is still being prepared (before submission), because consortia fall apart and drafts get
 * reopened; after a rejection the consortium resubmits (drafting) or starts over (idea).
 * Nothing moves back once a proposal is submitted: the portal's decision is a fact.
 */
const transitions: Record<ProjectStage, readonly ProjectStage[]> = {
  idea: ['consortium'],
  consortium: ['drafting', 'idea'],
  drafting: ['submitted', 'consortium'],
  submitted: ['funded', 'rejected'],
  funded: ['running'],
  rejected: ['drafting', 'idea'],
  running: ['completed'],
  completed: [],
};

export const nextStages = (from: ProjectStage): readonly ProjectStage[] => transitions[from];
export const canMoveStage = (from: ProjectStage, to: ProjectStage) => transitions[from].includes(to);

export interface ConsortiumMember {
  role: ConsortiumRole;
  cityId: string;
}

export type SubmissionRule = 'coordinator_required' | 'two_cities_required';

/**
 * What a consortium lacks to be submitted: a coordinator, and members (coordinator or partners,
 * not associated ones, who take no budget) from at least two different cities of the partnership.
 * Empty when it may be submitted.
 */
export function submissionProblems(consortium: readonly ConsortiumMember[], partnershipCityIds: readonly string[]): SubmissionRule[] {
  const problems: SubmissionRule[] = [];
  if (!consortium.some((m) => m.role === 'coordinator')) problems.push('coordinator_required');
  const cities = new Set(consortium.filter((m) => m.role !== 'associated' && partnershipCityIds.includes(m.cityId)).map((m) => m.cityId));
  if (cities.size < 2) problems.push('two_cities_required');
  return problems;
}

export const submissionRuleMessages: Record<SubmissionRule, string> = {
  coordinator_required: 'A proposal is submitted by a coordinator: add one organisation to the consortium as coordinator.',
  two_cities_required: 'A joint project needs coordinator or partners from at least two cities of the partnership.',
};
