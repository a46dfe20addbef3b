import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { backupSocketPath } from '../features/backup/backup-socket-server.ts';
import { startServer } from '../server/start-server.ts';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';
import { seedCity, seedOrganisation } from '../testing/factories.ts';
import { testEngine } from '../testing/test-engine.ts';

// `pontis backup` and `pontis restore` as an operator runs them, with a server running on the source.

let source: Awaited<ReturnType<typeof createCliEnvironment>>;
let target: Awaited<ReturnType<typeof createCliEnvironment>>;
let file: string;

beforeAll(async () => {
  source = await createCliEnvironment();
  target = await createCliEnvironment();
  file = path.join(source.dataDir, '..', `${path.basename(source.dataDir)}-backup.jsonl.gz`);
});
afterAll(async () => {
  fs.rmSync(file, { force: true });
  await source.cleanup();
  await target.cleanup();
});

describe('pontis backup and restore', { timeout: 300_000 }, () => {
  it('backs up while the server runs, and restores into an empty database', async () => {
    const config = loadConfig({ ...source.env, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { port: 0 });
    const server = await startServer(config, { demo: false, logger: false });
    try {
      const city = await seedCity(server.database.db, { key: 'dortmund', name: 'Dortmund' });
      await seedOrganisation(server.database.db, { cityId: city.id, key: 'tu-dortmund', name: 'TU Dortmund' });
      if (testEngine === 'pglite') {
        // The server holds the embedded data directory: the backup goes through its socket.
        expect((fs.statSync(backupSocketPath(source.dataDir)).mode & 0o777).toString(8)).toBe('600');
      }
      const backup = await runCli(['backup', '--out', file], source.env);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/Wrote .* rows in \d+ tables/);
      if (testEngine === 'pglite') expect(backup.stdout).toContain('from the running server');
      expect(backup.stderr).toContain('Backing up');
    } finally {
      await server.stop();
    }
    if (testEngine === 'pglite') expect(fs.existsSync(backupSocketPath(source.dataDir))).toBe(false);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const restore = await runCli(['restore', file], target.env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/Restored \d+ rows in \d+ tables/);

    const [before, after] = await Promise.all([runCli(['export'], source.env), runCli(['export'], target.env)]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).organisations.map((o: { key: string }) => o.key)).toEqual(['tu-dortmund']);
    expect(after.stdout).toBe(before.stdout);
  });

  it('refuses to restore into a database that holds data', async () => {
    const again = await runCli(['restore', file], target.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('backup_target_not_empty');
    expect(again.stderr).toContain('not empty');
  });

  it('names a missing file', async () => {
    const missing = await runCli(['restore', path.join(target.dataDir, 'nope.gz')], target.env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no file');
  });
});
