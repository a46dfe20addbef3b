// Every table, gathered for Drizzle. Each table is defined in its feature folder.
// Foreign keys between features are declared in the migrations only, not with .references() in
// the table files: a feature does not import another feature's tables (issue 12).
export * from '../features/themes/themes.table.ts';
export * from '../features/cities/cities.table.ts';
export * from '../features/organisations/organisations.table.ts';
export * from '../features/people/people.table.ts';
export * from '../features/partnerships/partnerships.table.ts';
export * from '../features/partnerships/agreements/agreements.table.ts';
export * from '../features/users/users.table.ts';
export * from '../features/auth/auth.table.ts';
export * from '../features/rate-limits/rate-limits.table.ts';
export * from '../features/single-sign-on/single-sign-on.table.ts';
export * from '../features/mail/mail.table.ts';
export * from '../features/audit/audit.table.ts';
export * from '../features/taxonomy/taxonomy.table.ts';
export * from '../features/search/search.table.ts';
export * from '../features/introductions/introductions.table.ts';
export * from '../features/matching/matching.table.ts';
export * from '../features/calls/calls.table.ts';
export * from '../features/call-radar/call-follows.table.ts';
export * from '../features/projects/projects.table.ts';
export * from '../features/projects/work-plan/work-plan.table.ts';
export * from '../features/domain-events/domain-events.table.ts';
export * from '../features/activities/activities.table.ts';
export * from '../features/action-programmes/action-programmes.table.ts';
