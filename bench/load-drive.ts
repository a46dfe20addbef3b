/**
 * Driving the servers: autocannon against two processes at once, the JSON comparison between
 * Pontis and the bare server, and a cheap count of statements per request.
 */
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number };
  latency: { p50: number; p99: number; mean: number; max: number };
}
type Autocannon = (opts: { url: string; connections: number; duration: number; timeout?: number }) => Promise<AutocannonResult>;
// autocannon ships no types (an @types package would be one more dependency for four fields).
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Socket errors, timeouts and non-2xx answers together. */
  errors: number;
}

/**
 * One autocannon instance per process, each with its share of the connections, run at the same
 * time and summed (autocannon has no round-robin over several URLs). Requests and errors add up;
 * req/s is the sum over the longer of the two durations; p99 is the larger of the two p99s (an
 * upper bound: the merged histogram is not available) and p50 the request-weighted mean of the
 * two p50s (an approximation).
 */
export async function drive(urls: string[], connections: number, seconds: number): Promise<LoadResult> {
  const shares = urls.map((_, i) => Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0));
  const results = await Promise.all(urls.map((url, i) => autocannon({ url, connections: shares[i], duration: seconds, timeout: 10 })));
  const requests = results.reduce((s, r) => s + r.requests.total, 0);
  const duration = Math.max(...results.map((r) => r.duration));
  return {
    requests,
    reqPerSec: requests / duration,
    p50: requests ? results.reduce((s, r) => s + r.latency.p50 * r.requests.total, 0) / requests : NaN,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
  };
}

/** The paths at which two parsed JSON values differ (at most `limit`), e.g. "items[0].score: 1.28 ≠ 0.6". */
export function differences(a: unknown, b: unknown, limit = 6, at = ''): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at || '(root)'}: ${a.length} items ≠ ${b.length} items`];
    return a.flatMap((v, i) => differences(v, b[i], limit, `${at}[${i}]`)).slice(0, limit);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return keys.flatMap((k) => differences(ra[k], rb[k], limit, at ? `${at}.${k}` : k)).slice(0, limit);
  }
  return [`${at || '(root)'}: ${show(a)} ≠ ${show(b)}`];
}

export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/**
 * Statements per request: counted in the server process (load-statement-counter.ts) over `n`
 * sequential requests, less what its background jobs sent in an idle window of the same length.
 */
export async function statementsPerRequest(count: () => Promise<number>, url: string, n = 100): Promise<number> {
  const idleStart = await count();
  const idleT0 = performance.now();
  await sleep(2000);
  const idle = (await count()) - idleStart;
  const idleMs = performance.now() - idleT0;
  const before = await count();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await (await fetch(url)).arrayBuffer();
  const after = await count();
  const busyMs = performance.now() - t0;
  return Math.max(0, after - before - (idle * busyMs) / idleMs) / n;
}
