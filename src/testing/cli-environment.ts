import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { dropDatabase } from './test-database.ts';
import { databaseUrl, testEngine, testServerUrl } from './test-engine.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * An empty database for CLI runs on the engine under test: a fresh data directory for PGlite,
 * a fresh (unmigrated) database on the PostgreSQL server. The CLI migrates it itself.
 */
export async function createCliEnvironment(): Promise<{ env: Record<string, string>; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-cli-'));
  if (testEngine === 'pglite') {
    return { env: { PONTIS_DATA_DIR: dataDir }, dataDir, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `pontis_cli_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    env: { PONTIS_DATA_DIR: dataDir, DATABASE_URL: databaseUrl(name) },
    dataDir,
    async cleanup() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(name);
    },
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pontis …` as a separate process, as an operator would. */
export function runCli(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/pontis.mjs', ...args], {
      cwd: root,
      env: { ...process.env, PONTIS_LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
