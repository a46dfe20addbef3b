import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job.ts';

const quietLogger = () => ({ error: vi.fn() });

/** A promise the test settles by hand, so a run can be held open. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('startPeriodicJob', () => {
  it('runs at once and then on every interval', async () => {
    vi.useFakeTimers();
    const work = vi.fn(async () => {});
    const stop = startPeriodicJob('test job', 1_000, quietLogger(), work);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(work).toHaveBeenCalledTimes(4);
    await stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(work).toHaveBeenCalledTimes(4);
  });

  it('never starts a run while one is in progress', async () => {
    vi.useFakeTimers();
    const held = gate();
    const work = vi.fn(() => held.opened);
    const stop = startPeriodicJob('test job', 1_000, quietLogger(), work);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(work).toHaveBeenCalledTimes(1);
    held.open();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(work).toHaveBeenCalledTimes(2);
    await stop();
  });

  it('tells a run in progress that shutdown began, and stop waits for it to end', async () => {
    const held = gate();
    const seen: boolean[] = [];
    let finished = false;
    const stop = startPeriodicJob('test job', 60_000, quietLogger(), async (stopping) => {
      seen.push(stopping());
      await held.opened;
      seen.push(stopping());
      finished = true;
    });
    const stopped = stop();
    expect(finished).toBe(false);
    held.open();
    await stopped;
    expect(finished).toBe(true);
    expect(seen).toEqual([false, true]);
  });

  it('logs a failed run under the job name and runs again on the next interval', async () => {
    vi.useFakeTimers();
    const logger = quietLogger();
    const failure = new Error('database gone');
    const work = vi.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    const stop = startPeriodicJob('test job', 1_000, logger, work);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(logger.error).toHaveBeenCalledWith({ err: failure }, 'test job failed');
    expect(work).toHaveBeenCalledTimes(2);
    await stop();
  });
});
