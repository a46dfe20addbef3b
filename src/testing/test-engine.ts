/**
 * Which engine the database suites run on: PGlite by default, PostgreSQL when
 * PONTIS_TEST_ENGINE=postgres (server from PONTIS_TEST_DATABASE_URL, default the local one).
 */
export const testEngine = (process.env.PONTIS_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';
export const testServerUrl = process.env.PONTIS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
