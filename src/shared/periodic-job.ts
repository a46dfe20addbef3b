/**
 * Runs `work` at once and then every `intervalMs`, never twice at the same time within this
 * process. Other server processes are kept apart by each job's own claim in the database
 * (SKIP LOCKED rows or an advisory lock), not here. The returned function stops the timer and
 * waits for a run in progress, so shutdown never cuts a transaction short. A long run (a batch
 * loop, an import) asks `stopping()` to end early once shutdown has begun.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  logger: { error(obj: object, msg: string): void },
  work: (stopping: () => boolean) => Promise<void>,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const stopping = () => stopped;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        await work(stopping);
      } catch (err) {
        logger.error({ err }, `${name} failed`);
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
