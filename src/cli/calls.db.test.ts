import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreachableUrl } from '../features/calls/calls-test-server.ts';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';

const fixture = path.resolve(import.meta.dirname, '../features/calls/fixtures/grants-tenders.sample.json');
const at = '2026-06-01T08:00:00Z';

let env: Awaited<ReturnType<typeof createCliEnvironment>>;
beforeAll(async () => {
  env = await createCliEnvironment();
});
afterAll(() => env.cleanup());

describe('pontis calls', { timeout: 180_000 }, () => {
  it('imports the reference file, lists the open calls as JSON, and a second import changes nothing', async () => {
    const first = await runCli(['calls', 'import', fixture, '--json'], env.env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ format: 'reference-file', records: 25, added: 22, changed: 0, skipped: 3 });

    const list = await runCli(['calls', 'list', '--open', '--json', '--at', at], env.env);
    expect(list.code, list.stderr).toBe(0);
    const open = JSON.parse(list.stdout) as { identifier: string; title: string; programme: string | null; nextDeadline: string | null; status: string }[];
    expect(open[0]).toEqual({
      identifier: 'EIC-2026-ACCELERATOR-01',
      title: 'EIC Accelerator',
      programme: 'HORIZON',
      nextDeadline: '2026-06-03T15:00:00.000Z',
      status: 'open',
    });
    expect(open[1]).toMatchObject({ identifier: 'DIGITAL-2026-SMART-COMMUNITIES-01', nextDeadline: '2026-06-24T15:00:00.000Z' });
    expect(open.every((c) => c.status === 'open')).toBe(true);
    const ids = open.map((c) => c.identifier);
    expect(ids).toContain('CERV-2026-CITIZENS-TOWN-TT');
    expect(ids).not.toContain('HORIZON-CL6-2025-COMMUNITIES-01'); // stale "Open" in the file
    expect(ids).not.toContain('CERV-2026-CITIZENS-TOWN-NT'); // forthcoming
    for (const c of open) if (c.nextDeadline) expect(c.nextDeadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const second = await runCli(['calls', 'import', fixture], env.env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('25 records: 0 added, 0 changed, 22 unchanged, 0 closed, 3 skipped.');
  });

  it('prints a table with deadlines in Brussels time, and refuses bad options', async () => {
    const table = await runCli(['calls', 'list', '--programme', 'CERV', '--at', at], env.env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/CERV-2026-CITIZENS-TOWN-TT\s+open\s+2026-09-16 17:00 CEST\s+CERV\s+Town-Twinning/);
    expect(table.stdout).toContain('2 of 2 calls.');
    const bad = await runCli(['calls', 'list', '--status', 'maybe'], env.env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--status');
    const missing = await runCli(['calls', 'import', '/nonexistent/file.json'], env.env);
    expect(missing.code).toBe(1);
  });

  it('says it is offline and keeps the data when the portal cannot be reached', async () => {
    const sync = await runCli(['calls', 'sync', '--url', await unreachableUrl()], env.env);
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stderr).toMatch(/Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); the 22 calls already imported are kept\./);
  });
});
