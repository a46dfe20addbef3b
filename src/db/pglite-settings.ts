/**
 * Memory settings of the embedded engine (decision record 0023). PGlite runs PostgreSQL inside
 * one WebAssembly memory that never shrinks, so whatever PostgreSQL touches once (the buffer
 * pool, a sort, a GIN index build) stays in the process's RSS until it exits. The defaults are
 * sized for a server of its own (128 MB buffer pool, 64 MB for index builds); Pontis on PGlite
 * is meant for a small machine with one process, where the data fits the OS page cache anyway.
 */
export type PgliteProfile = 'small' | 'stock';

export interface PgliteSettings {
  /** Passed as `-c name=value`: these override postgresql.conf without rewriting it. */
  settings: Record<string, string>;
}

export const pgliteProfiles: Record<PgliteProfile, PgliteSettings> = {
  small: {
    settings: {
      // The buffer pool; the stock 128 MB is touched at start and filled by an import.
      shared_buffers: '16MB',
      // GIN builds (search migrations, the calls import's index) fill this before flushing.
      maintenance_work_mem: '16MB',
      work_mem: '4MB',
      temp_buffers: '2MB',
      // Kept at the stock size (the automatic 1/32 of the pool would be 512 kB): one calls
      // import with 1 MB took twice as long, maybe the machine's load; 4 MB was never slow.
      wal_buffers: '4MB',
      // Planner only: tells it the OS caches the data files, so index scans stay preferred.
      effective_cache_size: '256MB',
      max_connections: '4',
      autovacuum_worker_slots: '1',
    },
  },
  // PGlite's own defaults, for benchmarks that compare against them. (Its WebAssembly memory
  // starts at 128 MB and cannot start smaller: the module declares 2048 pages as its minimum.)
  stock: { settings: {} },
};

/**
 * The profile to open with: `small` unless PONTIS_PGLITE_PROFILE=stock, which only the
 * benchmarks set (bench/pglite-footprint.ts, bench/calls-import.ts) to measure the difference.
 */
export function pgliteProfileFromEnv(env: NodeJS.ProcessEnv = process.env): PgliteProfile {
  return env.PONTIS_PGLITE_PROFILE === 'stock' ? 'stock' : 'small';
}

/**
 * The same settings for initdb on a new data directory (`--set`, PostgreSQL 16+): its bootstrap
 * runs with them, and they are written into the new postgresql.conf.
 */
export function pgliteInitDbParams(settings: Record<string, string>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['--set', `${name}=${value}`]);
}

/** PGlite's default start parameters followed by the profile's `-c` settings (later wins). */
export function pgliteStartParams(defaults: readonly string[], settings: Record<string, string>): string[] {
  return [...defaults, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
}
