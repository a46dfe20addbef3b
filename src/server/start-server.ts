import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabaseFromConfig } from '../db/open-from-config.ts';
import { startCallsSyncJob } from '../features/calls/index.ts';
import { startCsvImportWorker } from '../features/csv-import/index.ts';
import { startMailWorker } from '../features/mail/index.ts';
import { startExpiryReminderJob } from '../features/organisations/index.ts';
import { startIntroductionReminderJob } from '../features/introductions/index.ts';
import { startNeedsErasureJob } from '../features/activities/index.ts';
import { startCallReminderJob } from '../features/call-radar/index.ts';
import { startRetagJob } from '../features/retagging/index.ts';
import { startDomainEventWorker } from '../features/domain-events/index.ts';
import { startBackupSocket } from '../features/backup/index.ts';
import { startFacetTotalsCompaction } from '../features/search/index.ts';
import { fillEmptySearchIndex } from '../features/search/index.ts';
import { syncTaxonomy } from '../features/taxonomy/index.ts';
import { syncThemes } from '../features/themes/index.ts';
import { buildApp } from '../http/app.ts';
import { systemActor } from '../shared/actor.ts';
import { prepareFirstRun, type FirstRunResult } from './first-run.ts';
import { startMaintenanceJobs } from './maintenance-jobs.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  firstRun: FirstRunResult;
  stop(): Promise<void>;
}

/**
 * Opens the database (taking the embedded data-directory lock), migrates, keeps the theme list
 * current, loads the demo on an empty database, starts the HTTP server and background jobs.
 */
export async function startServer(config: Config, options: { demo?: boolean; logger?: boolean } = {}): Promise<RunningServer> {
  const database = await openDatabaseFromConfig(config, 'pontis serve');
  try {
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    const ctx = { db: database.db, actor: systemActor('pontis serve'), config };
    const firstRun = await prepareFirstRun(ctx, { demo: options.demo ?? config.demo === 'auto' });
    await fillEmptySearchIndex(ctx);
    const app = await buildApp({ database, config, logger: options.logger ?? true });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.port === 0 ? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}` : config.publicUrl;
    // On a random port (browser tests) the default public URL ends in ":0": links in feeds and
    // mails must point at the port actually bound (and ics rejects port 0, so feeds gave 500).
    if (config.port === 0 && config.publicUrl.endsWith(':0')) config.publicUrl = url;
    const stopMail = startMailWorker(database.db, config, app.log);
    const stopMaintenance = startMaintenanceJobs(database.db, app.log, config);
    const stopFacetCompaction = startFacetTotalsCompaction(database.db, app.log);
    const stopReminders = startExpiryReminderJob(database.db, config, app.log);
    const stopIntroductionReminders = startIntroductionReminderJob(database.db, config, app.log);
    const stopCallReminders = startCallReminderJob(database.db, config, app.log);
    const stopNeedsErasure = startNeedsErasureJob(database.db, config, app.log);
    const stopCsvImports = startCsvImportWorker(database, config, app.log);
    const stopCallsSync = startCallsSyncJob(database.db, config, app.log);
    const stopRetag = startRetagJob(database.db, config, app.log);
    const stopDomainEvents = startDomainEventWorker(database.db, config, app.log);
    // The embedded engine's only process answers `pontis backup` (the CLI cannot open it meanwhile).
    const stopBackupSocket = database.engine === 'pglite' ? await startBackupSocket(database, config.dataDir, app.log) : async () => {};
    let stopping: Promise<void> | undefined;
    return {
      app,
      database,
      url,
      firstRun,
      stop: () =>
        (stopping ??= (async () => {
          stopMaintenance();
          await stopFacetCompaction();
          await stopReminders();
          await stopIntroductionReminders();
          await stopCallReminders();
          await stopNeedsErasure();
          await stopCsvImports();
          await stopCallsSync();
          await stopRetag();
          await stopDomainEvents();
          await stopMail();
          await stopBackupSocket();
          await app.close();
          await database.close();
        })()),
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
