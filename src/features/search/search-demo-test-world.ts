/**
 * The world of search API tests that read the demo partnership with a few organisations of their
 * own (search-related.api.test.ts, search-compounds-related.api.test.ts): a fresh app per file.
 */
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import demoDocument from '../demo/demo-partnership.json' with { type: 'json' };
import { importInterchange, type InterchangeDocument } from '../interchange/index.ts';

/** An organisation described in one language, in the interchange format's shape. */
export const describedOrganisation = (key: string, name: string, kind: string, city: string, lang: string, text: string) => ({
  key,
  name,
  kind,
  city,
  languages: [lang],
  description: [{ lang, text }],
});

/** A new app holding the demo and the organisations given. */
export async function demoWith(organisations: ReturnType<typeof describedOrganisation>[]): Promise<TestApp> {
  const t = await createTestApp();
  await importInterchange(t.ctx(), demoDocument as unknown as InterchangeDocument);
  await importInterchange(t.ctx(), { format: 'pontis-interchange/1', organisations } as unknown as InterchangeDocument);
  return t;
}
