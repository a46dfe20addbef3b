import { beforeAll, describe, expect, it } from 'vitest';
import { createFuzzWorld, type FuzzWorld } from './fuzz-world.ts';
import { FuzzRunner, summary } from './fuzz-runner.ts';
import { needsFuzzing, type Operation } from './openapi-operations.ts';

/** Creates before updates, deletes last: so that updates find records and deletes do not empty the world early. */
const methodOrder = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 } as const;

/**
 * One fuzz test file: a fresh world, the operations it selects from the OpenAPI document, a
 * property per operation as the signed-in administrator, and a one-line summary at the end.
 * The lower bound on operations keeps the file honest when routes are renamed.
 */
export function defineFuzzSuite(label: string, select: (op: Operation) => boolean, runsPerOperation: number, minOperations: number) {
  let world: FuzzWorld;
  beforeAll(async () => {
    world = await createFuzzWorld();
  });

  describe(`API fuzz: ${label}`, () => {
    it(`answers every generated request below 500 and leaves the data unchanged when it refuses`, { timeout: 600_000 }, async () => {
      const operations = world.operations.filter((op) => needsFuzzing(op) && select(op)).sort((a, b) => methodOrder[a.method] - methodOrder[b.method]);
      expect(operations.length).toBeGreaterThanOrEqual(minOperations);
      const runner = new FuzzRunner(world);
      for (const op of operations) await runner.fuzz(op, runsPerOperation);
      console.log(summary(label, runner.stats));
      expect(runner.stats.failures, runner.stats.failures.join('\n')).toEqual([]);
    });
  });
}
