// Every table, gathered for Drizzle. Each table is defined in its feature folder.
export * from '../features/themes/themes.table.ts';
export * from '../features/cities/cities.table.ts';
export * from '../features/organisations/organisations.table.ts';
export * from '../features/people/people.table.ts';
export * from '../features/partnerships/partnerships.table.ts';
export * from '../features/agreements/agreements.table.ts';
export * from '../features/users/users.table.ts';
export * from '../features/auth/auth.table.ts';
export * from '../features/mail/mail.table.ts';
export * from '../features/audit/audit.table.ts';
export * from '../features/taxonomy/taxonomy.table.ts';
export * from '../features/search/search.table.ts';
export * from '../features/introductions/introductions.table.ts';
export * from '../features/matching/matching.table.ts';
