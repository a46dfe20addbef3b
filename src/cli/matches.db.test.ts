import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingWorld } from '../features/matching/matching-test-world.ts';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';

let env: Awaited<ReturnType<typeof createCliEnvironment>>;

beforeAll(async () => {
  env = await createCliEnvironment();
  const file = path.join(env.dataDir, 'world.json');
  fs.writeFileSync(file, JSON.stringify(matchingWorld));
  const imported = await runCli(['import', file], env.env);
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(() => env.cleanup());

describe('pontis matches', () => {
  it('prints the suggestions as a JSON array, best first, partner cities only', async () => {
    const res = await runCli(['matches', 'irrigation-startup', '--limit', '5', '--json', '--lang', 'de'], env.env);
    expect(res.code, res.stderr).toBe(0);
    const list = JSON.parse(res.stdout);
    expect(Array.isArray(list)).toBe(true);
    // Two Cluj-Napoca institutions offer the same pilot farm (equal scores, either may come first).
    expect(
      list
        .slice(0, 2)
        .map((m: any) => m.organisation.key)
        .sort(),
    ).toEqual(['agri-cluj-two', 'usamv-cluj']);
    expect(list[0]).toMatchObject({ organisation: { city: { key: 'cluj-napoca', name: 'Cluj-Napoca' } }, score: expect.any(Number) });
    expect(list[0].reasons[0]).toMatchObject({ code: 'they-offer-what-you-seek', text: expect.stringMatching(/^Bietet, was Sie suchen/) });
    for (const m of list) expect(m.organisation.city.key).toBe('cluj-napoca');
    const scores = list.map((m: any) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('prints a readable table without --json, and refuses an unknown organisation or a bad limit', async () => {
    const table = await runCli(['matches', 'irrigation-startup'], env.env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ 1\. \d\.\d{3} {2}.+ \((usamv-cluj|agri-cluj-two), Cluj-Napoca\)/m);
    expect(table.stdout).toContain('- Both work in English');
    const unknown = await runCli(['matches', 'nobody', '--json'], env.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('not_found');
    const bad = await runCli(['matches', 'irrigation-startup', '--limit', '0'], env.env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--limit');
  });
});
