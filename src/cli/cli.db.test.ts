import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startServer } from '../server/start-server.ts';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';
import { testEngine } from '../testing/test-engine.ts';

// The CLI as an operator runs it: separate processes against a database of the engine under test.

const sample = {
  format: 'pontis-interchange/1',
  cities: [
    { key: 'dortmund', name: 'Dortmund', country: 'DE', aliases: [{ name: 'Tremonia', lang: 'la' }] },
    {
      key: 'cluj-napoca',
      name: 'Cluj-Napoca',
      country: 'RO',
      aliases: [
        { name: 'Klausenburg', lang: 'de' },
        { name: 'Kolozsvár', lang: 'hu' },
      ],
    },
  ],
  partnerships: [{ key: 'dortmund-cluj', cities: ['dortmund', 'cluj-napoca'], kind: 'project-partnership', since: '2020-07-31', themes: ['sustainability'] }],
  organisations: [
    {
      key: 'babes-bolyai',
      name: 'Universitatea Babeș-Bolyai',
      kind: 'university',
      city: 'Kolozsvár',
      languages: ['ro', 'hu', 'de', 'en'],
      description: [{ lang: 'ro', text: 'Cea mai mare universitate din România.' }],
      offers: [{ category: 'research', lang: 'en', title: 'Urban climate research', text: 'Heat island measurements.' }],
    },
  ],
};

let env: Awaited<ReturnType<typeof createCliEnvironment>>;
let file: string;

beforeAll(async () => {
  env = await createCliEnvironment();
  file = path.join(env.dataDir, 'sample.json');
  fs.writeFileSync(file, JSON.stringify(sample));
});
afterAll(() => env.cleanup());

// Every test runs CLI processes, each compiling its TypeScript first: slow on a busy machine.
describe('pontis CLI', { timeout: 180_000 }, () => {
  it('has --help on every command', async () => {
    const top = await runCli(['--help'], env.env);
    expect(top.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'user', 'import', 'export', 'import-csv', 'search', 'matches']) expect(top.stdout).toContain(command);
    for (const args of [
      ['serve', '--help'],
      ['import', '--help'],
      ['export', '--help'],
      ['user', 'create', '--help'],
      ['seed', 'demo', '--help'],
      ['migrate', '--help'],
    ]) {
      const res = await runCli(args, env.env);
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toMatch(/Usage: pontis/);
    }
  });

  it('imports nothing from a file with an error and names the JSON path', async () => {
    const broken = structuredClone(sample) as any;
    broken.organisations[0].kind = 'universe';
    broken.organisations[0].colour = 'blue';
    const brokenFile = path.join(env.dataDir, 'broken.json');
    fs.writeFileSync(brokenFile, JSON.stringify(broken));
    const res = await runCli(['import', brokenFile], env.env);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('$.organisations[0].kind');
    expect(res.stderr).toContain('colour');
    const exported = JSON.parse((await runCli(['export'], env.env)).stdout);
    expect(exported.cities ?? []).toEqual([]);
    expect(exported.organisations ?? []).toEqual([]);
  });

  it('imports a valid file, and a second import changes nothing', async () => {
    const first = await runCli(['import', file], env.env);
    expect(first.code, first.stderr).toBe(0);
    const afterFirst = (await runCli(['export'], env.env)).stdout;
    const second = await runCli(['import', file], env.env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).created).toEqual({ cities: 0, partnerships: 0, organisations: 0, programmes: 0, activities: 0 });
    expect(JSON.parse(second.stdout).updated).toEqual({ cities: 0, partnerships: 0, organisations: 0, programmes: 0, activities: 0 });
    expect((await runCli(['export'], env.env)).stdout).toBe(afterFirst);
    const doc = JSON.parse(afterFirst);
    expect(doc.organisations[0].offers[0].title).toBe('Urban climate research');
  });

  it('round-trips export into an empty database', async () => {
    const out = path.join(env.dataDir, 'export.json');
    expect((await runCli(['export', '--out', out], env.env)).code).toBe(0);
    const other = await createCliEnvironment();
    try {
      expect((await runCli(['import', out], other.env)).code).toBe(0);
      expect((await runCli(['export'], other.env)).stdout).toBe(fs.readFileSync(out, 'utf8'));
    } finally {
      await other.cleanup();
    }
  });

  it('creates a coordinator for a city named by an alias and prints a generated password', async () => {
    const res = await runCli(['user', 'create', '--email', 'ana@cluj.example', '--role', 'coordinator', '--city', 'Klausenburg'], env.env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Created coordinator ana@cluj\.example/);
    expect(res.stdout).toMatch(/Password \(shown only now\): \S{10,}/);
    const missingCity = await runCli(['user', 'create', '--email', 'x@cluj.example', '--role', 'coordinator', '--city', 'Atlantis'], env.env);
    expect(missingCity.code).toBe(1);
    expect(missingCity.stderr).toMatch(/city: "Atlantis" is not a known city/);
  });

  it.runIf(testEngine === 'pglite')('refuses a second server, and CLI writes, on a data directory in use', async () => {
    const config = loadConfig({ PONTIS_DATA_DIR: env.dataDir, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { port: 0 });
    const server = await startServer(config, { demo: false, logger: false });
    try {
      const second = await runCli(['serve', '--port', '0'], env.env);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(/in use by another Pontis process \(pid \d+/);
      expect(second.stderr).toContain('pontis serve');
      const importWhileRunning = await runCli(['import', file], env.env);
      expect(importWhileRunning.code).toBe(2);
      expect(importWhileRunning.stderr).toMatch(/in use by another Pontis process/);
    } finally {
      await server.stop();
    }
  });
});
