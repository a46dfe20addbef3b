// The projects feature (with its work plan) as other features may use it (issue 12): the facts
// its policy judges, the policy, and read queries.
export { loadProjectFacts, type LoadedProjectFacts } from './project-facts.ts';
export { canEditWorkPlan, canManageProject } from './project-policy.ts';
export { projectTitles } from './project-queries.ts';
export { workPackageTitles } from './work-plan/work-package-queries.ts';
export { canReadProject } from './project-policy.ts';
export { seedDemoProject } from './seed-demo-project.ts';
export { projectEntriesOfPartnership } from './work-plan/partnership-project-entries.ts';
export { projectTopic } from './project-queries.ts';
