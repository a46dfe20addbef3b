/**
 * Runs `work` at once and then every `intervalMs`, never twice at the same time within this
 * process. Other server processes are kept apart by each job's own claim in the database
 * (SKIP LOCKED rows or an advisory lock), not here. The returned function stops the timer and
 * waits for a run in progress, so shutdown never cuts a transaction short.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  logger: { error(obj: object, msg: string): void },
  work: () => Promise<void>,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        await work();
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
    clearInterval(timer);
    await running;
  };
}
