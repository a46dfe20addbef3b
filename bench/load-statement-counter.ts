/**
 * Preloaded into the benchmark's server processes (node --import): counts the statements every
 * pg client sends (drizzle and the bare server both end in Client#query) and answers the parent's
 * "statements" message with the count over the IPC channel. pg_stat_database would need no
 * preload, but a busy backend reports its counts up to 10 s late, which made the figures useless.
 */
import pg from 'pg';

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

process.on('message', (message) => {
  if (message === 'statements') process.send?.({ statements });
});
// The channel must not keep a stopping server alive.
process.channel?.unref();
