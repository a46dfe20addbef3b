import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import * as schema from './schema.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { pgliteInitDbParams, pgliteProfileFromEnv, pgliteProfiles, pgliteStartParams } from './pglite-settings.ts';

export type Schema = typeof schema;
/** The Drizzle handle services use. A transaction has the same type, so use cases compose. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type EngineOptions = { kind: 'pglite'; dataDir: string; purpose: string; loadDataDir?: Blob } | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Human-readable location, for logs and CLI output (no credentials). */
  location: string;
  /** Runs a multi-statement SQL script inside one transaction, on one connection. */
  runScriptInTransaction(fn: (exec: (script: string) => Promise<Record<string, unknown>[]>) => Promise<void>): Promise<void>;
  /** The embedded engine's data directory as a tarball (used to clone test databases fast). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

// Each engine's driver is loaded only when it is opened: PGlite's WebAssembly build alone adds
// about 40 MB to every process, which a server on PostgreSQL (or a streamed import) does not need.
export async function openDatabase(options: EngineOptions): Promise<Database> {
  return options.kind === 'pglite' ? openPglite(options) : openPostgres(options);
}

async function openPglite(options: Extract<EngineOptions, { kind: 'pglite' }>): Promise<Database> {
  const release = acquireDataDirLock(options.dataDir, options.purpose);
  try {
    const pgdata = path.join(options.dataDir, 'pgdata');
    fs.mkdirSync(options.dataDir, { recursive: true });
    // Search (migrations/0002_search.sql) needs these contrib extensions; PGlite bundles them
    // but only makes them available when they are passed here.
    const [{ PGlite }, { pg_trgm }, { unaccent }, { drizzle: drizzlePglite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('@electric-sql/pglite/contrib/unaccent'),
      import('drizzle-orm/pglite'),
    ]);
    const extensions = { unaccent, pg_trgm };
    // Memory sized for a small machine (pglite-settings.ts). Start parameters rather than
    // `postgresqlconf`, which would overwrite the data directory's postgresql.conf and lose what
    // initdb wrote there (default_text_search_config among others).
    const profile = pgliteProfiles[pgliteProfileFromEnv()];
    const tuning = {
      startParams: pgliteStartParams(PGlite.defaultStartParams, profile.settings),
      initDbStartParams: pgliteInitDbParams(profile.settings),
    };
    const client = new PGlite(pgdata, options.loadDataDir ? { loadDataDir: options.loadDataDir, extensions, ...tuning } : { extensions, ...tuning });
    await client.waitReady;
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      location: pgdata,
      async runScriptInTransaction(fn) {
        await client.transaction(async (tx) => {
          await fn(async (script) => {
            const results = await tx.exec(script);
            return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
          });
        });
      },
      dumpDataDir: () => client.dumpDataDir('none') as Promise<Blob>,
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

async function openPostgres(options: Extract<EngineOptions, { kind: 'postgres' }>): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
  // An idle connection can die (server restart, failover). The pool drops it and the next query
  // opens a new one; without a listener Node would treat the event as fatal.
  pool.on('error', () => {});
  // Fail fast with the server's own message when it is unreachable or refuses us.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const url = new URL(options.url);
  return {
    db,
    engine: 'postgres',
    location: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
    async runScriptInTransaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await fn(async (script) => {
          const result = (await client.query(script)) as unknown as pg.QueryResult | pg.QueryResult[];
          const last = Array.isArray(result) ? result.at(-1) : result;
          return (last?.rows ?? []) as Record<string, unknown>[];
        });
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
