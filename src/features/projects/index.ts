// The projects feature (with its work plan) as other features may use it (issue 12): the facts
// its policy judges, the policy, and read queries.
export { loadProjectFacts, type LoadedProjectFacts } from './project-facts.ts';
export { canEditWorkPlan } from './project-policy.ts';
export { canReadProject } from './project-policy.ts';
export { seedDemoProject } from './seed-demo-project.ts';
export { projectTopic } from './project-queries.ts';
export { projectPartnershipId } from './project-partnership-id.ts';
export { projectsCarryingMeasures } from './projects-carrying-measures.ts';
