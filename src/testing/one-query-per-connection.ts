import fs from 'node:fs';
import pg from 'pg';
import { testEngine } from './test-engine.ts';

/**
 * On PostgreSQL, node-postgres queues a query sent on a connection that is still busy; the queue
 * is deprecated and goes in pg 9, where such code fails. It happens inside a transaction (one
 * connection) when two queries run at once, e.g. in `Promise.all([...])` over `tx`. The database
 * suites fail on it here, with the stack of the offending call, rather than on the next upgrade.
 */
if (testEngine === 'postgres') {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function guardedQuery(this: pg.Client & { _activeQuery?: unknown; _queryQueue: unknown[] }, ...args: unknown[]) {
    if (this._activeQuery || this._queryQueue.length > 0) {
      const error = new Error('Two queries at once on one PostgreSQL connection (inside a transaction): await them one after the other.');
      if (process.env.PONTIS_PG_OVERLAP_LOG) {
        const sites = (error.stack ?? '').split('\n').filter((l) => l.includes('/src/') && !l.includes('/src/testing/'));
        fs.appendFileSync(process.env.PONTIS_PG_OVERLAP_LOG, `${sites.slice(0, 3).join(' | ')}\n`);
      }
      throw error;
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
