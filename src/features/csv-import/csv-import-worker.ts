import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { actingAs, importSource, type Actor } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { cityNames } from '../cities/index.ts';
import { selectUser } from '../users/index.ts';
import { storedFileSource } from './csv-import-source.ts';
import { csvImports } from './csv-imports.table.ts';
import { importCsv, type CsvProgress } from './import-csv.ts';

export interface WorkerLogger {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

const WORKER_INTERVAL_MS = 2_000;
const PROGRESS_EVERY_MS = 1_000;
const MAX_ATTEMPTS = 3;
/** A claim runs out unless progress renews it, so a job of a dead process is taken up again. */
const LEASE = sql`now() + interval '2 minutes'`;

class Stopping extends Error {}

/** Claims the oldest due import: queued, or running with a lease that ran out (its process died). */
async function claim(database: Pick<Database, 'db'>) {
  const db = database.db;
  const due = db
    .select({ id: csvImports.id })
    .from(csvImports)
    .where(or(eq(csvImports.state, 'queued'), and(eq(csvImports.state, 'running'), lt(csvImports.lockedUntil, sql`now()`))))
    .orderBy(asc(csvImports.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [job] = await db
    .update(csvImports)
    .set({ state: 'running', attempts: sql`${csvImports.attempts} + 1`, lockedUntil: LEASE, startedAt: sql`now()`, updatedAt: sql`now()` })
    .where(inArray(csvImports.id, due))
    .returning({
      id: csvImports.id,
      cityId: csvImports.cityId,
      createdBy: csvImports.createdBy,
      fileSize: csvImports.fileSize,
      fileName: csvImports.fileName,
      mapping: csvImports.mapping,
      mode: csvImports.mode,
      skipInvalid: csvImports.skipInvalid,
      attempts: csvImports.attempts,
    });
  return job;
}

/** The uploader, as they are now: an account disabled or demoted since the upload imports nothing. */
async function uploader(database: Pick<Database, 'db'>, userId: string | null): Promise<Actor | undefined> {
  if (!userId) return undefined;
  const u = await selectUser(database.db, userId);
  if (!u || u.disabled) return undefined;
  return { kind: 'user', id: u.id, email: u.email, displayName: u.displayName, role: u.role, cityId: u.cityId, organisationId: u.organisationId };
}

/**
 * Runs due imports one after another until none is left; returns how many ran. Progress is saved
 * at most once a second, outside the import's transaction, so any server process can show it. On
 * the embedded engine the one connection belongs to the write transaction while it runs, so the
 * write phase's progress is saved only at its end.
 */
export async function runDueCsvImports(
  database: Pick<Database, 'db' | 'engine'>,
  config: Config,
  logger: WorkerLogger,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  let ran = 0;
  for (;;) {
    if (shouldStop()) return ran;
    const job = await claim(database);
    if (!job) return ran;
    ran++;
    const db = database.db;
    const finish = (values: Partial<typeof csvImports.$inferInsert>) =>
      db
        .update(csvImports)
        .set({ ...values, lockedUntil: null, updatedAt: sql`now()`, version: sql`${csvImports.version} + 1` })
        .where(eq(csvImports.id, job.id));
    if (job.attempts > MAX_ATTEMPTS) {
      await finish({ state: 'failed', error: `The import stopped ${MAX_ATTEMPTS} times before it could finish.`, finishedAt: new Date() });
      continue;
    }
    const actor = await uploader(database, job.createdBy);
    const [city] = actor ? await cityNames({ db, actor, config }, 'id', [job.cityId]) : [];
    if (!actor || !city) {
      await finish({ state: 'failed', error: 'The account that uploaded the file no longer exists or is disabled.', finishedAt: new Date() });
      continue;
    }
    let last = 0;
    const onProgress = async (p: CsvProgress) => {
      if (shouldStop()) throw new Stopping();
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      if (p.phase === 'write' && database.engine === 'pglite') return;
      last = now;
      await db
        .update(csvImports)
        .set({ phase: p.phase, rowsDone: p.rows, bytesDone: p.bytes, rowsTotal: p.totalRows ?? null, lockedUntil: LEASE, updatedAt: sql`now()` })
        .where(eq(csvImports.id, job.id));
    };
    try {
      const result = await importCsv(
        // The uploader made these changes, from the uploaded file: the history names both.
        { db, actor: actingAs(actor, importSource(job.fileName)), config },
        storedFileSource(db, job.id, job.fileSize),
        { mapping: job.mapping, defaultCity: city, dryRun: job.mode === 'validate', skipInvalid: job.skipInvalid, onProgress },
      );
      await finish({
        state: 'done',
        outcome: result.outcome,
        phase: null,
        rowsDone: result.report.rows,
        rowsTotal: result.report.rows,
        bytesDone: job.fileSize,
        report: result.report,
        counts: { ...result.counts, skipped: result.skipped },
        finishedAt: new Date(),
        // The file is not needed once it has been written.
        ...(result.outcome === 'imported' && { file: null }),
      });
      logger.info({ importId: job.id, outcome: result.outcome, rows: result.report.rows, ...result.counts }, 'csv import finished');
    } catch (err) {
      if (err instanceof Stopping) {
        // Rolled back; the next start (of any server process) takes it up again.
        await db
          .update(csvImports)
          .set({ state: 'queued', lockedUntil: null, attempts: sql`${csvImports.attempts} - 1` })
          .where(eq(csvImports.id, job.id));
        return ran;
      }
      const message =
        err instanceof AppError
          ? [err.message, ...err.fields.map((f) => `${f.path}: ${f.message}`)].join(' ')
          : 'The import failed on the server; nothing was written.';
      if (!(err instanceof AppError)) logger.error({ err, importId: job.id }, 'csv import failed');
      await finish({ state: 'failed', error: message.slice(0, 2000), finishedAt: new Date() });
    }
  }
}

/** Looks for due imports every two seconds; the returned function stops it (a running import rolls back and is requeued). */
export function startCsvImportWorker(database: Pick<Database, 'db' | 'engine'>, config: Config, logger: WorkerLogger): () => Promise<void> {
  return startPeriodicJob('csv import worker', WORKER_INTERVAL_MS, logger, async (stopping) => {
    await runDueCsvImports(database, config, logger, stopping);
  });
}
