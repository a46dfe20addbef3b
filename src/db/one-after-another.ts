type Results<T extends readonly (() => PromiseLike<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent queries one after another and returns their results as a tuple, like
 * `Promise.all` would. A transaction is one connection, and node-postgres cannot run two
 * queries on one connection at once (it queued them, deprecated; pg 9 refuses), so code that
 * may run inside a transaction must not start a second query before the first has answered.
 */
export async function oneAfterAnother<T extends readonly (() => PromiseLike<unknown>)[]>(...queries: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as Results<T>;
}
