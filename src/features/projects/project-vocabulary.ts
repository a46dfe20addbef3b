/** The pipeline stages and consortium roles: pure, so the web app can import them without Drizzle. */
export const projectStages = ['idea', 'consortium', 'drafting', 'submitted', 'funded', 'rejected', 'running', 'completed'] as const;
export type ProjectStage = (typeof projectStages)[number];
export const consortiumRoles = ['coordinator', 'partner', 'associated'] as const;
export type ConsortiumRole = (typeof consortiumRoles)[number];
