import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';

// `pontis import-csv` as an operator runs it, against a database of the engine under test.

let env: Awaited<ReturnType<typeof createCliEnvironment>>;
const write = (name: string, text: string) => {
  const file = path.join(env.dataDir, name);
  fs.writeFileSync(file, text);
  return file;
};

beforeAll(async () => {
  env = await createCliEnvironment();
  const seeded = await runCli(['seed', 'demo'], env.env);
  expect(seeded.code, seeded.stderr).toBe(0);
}, 120_000);
afterAll(() => env.cleanup());

const good = ['Denumire,Tip,Oraș,Descriere', 'Cli Tech SRL,Companie,Kolozsvár,Software pentru primării', 'Cli Asociația,Asociație,,', ''].join('\n');

// Every test runs CLI processes, each compiling its TypeScript first: slow on a busy machine.
describe('pontis import-csv', { timeout: 180_000 }, () => {
  it('has --help naming the options and fields', async () => {
    const res = await runCli(['import-csv', '--help'], env.env);
    expect(res.code).toBe(0);
    for (const text of ['--city', '--mapping', '--map', '--dry-run', '--skip-invalid', '--report', 'offerText']) expect(res.stdout).toContain(text);
  });

  it('imports nothing from a file with an invalid row, exits 1 and names line, field and column', async () => {
    const file = write('bad.csv', `${good}Cli Rău,Navă spațială,Cluj-Napoca,\n`);
    const report = path.join(env.dataDir, 'bad-report.json');
    const res = await runCli(['import-csv', file, '--city', 'cluj-napoca', '--report', report], env.env);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('line 4, kind (column "Tip")');
    expect(res.stderr).toContain('nothing was imported');
    expect(JSON.parse(res.stdout)).toMatchObject({ outcome: 'rejected', rows: 3, invalidRows: 1, created: 0 });
    const saved = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(saved.problems).toEqual([expect.objectContaining({ row: 4, field: 'kind', rule: 'invalid_enum' })]);
    expect(saved.summary).toMatchObject({ outcome: 'rejected', invalidRows: 1 });
    const search = await runCli(['export'], env.env);
    expect(search.stdout).not.toContain('Cli Tech SRL');
  });

  it('with --skip-invalid imports the valid rows, shows progress on stderr and lists the skipped rows in the report', async () => {
    const file = write('mixed.csv', `${good}Cli Rău,Navă spațială,Cluj-Napoca,\n`);
    const report = path.join(env.dataDir, 'skipped.csv');
    const res = await runCli(['import-csv', file, '--city', 'cluj-napoca', '--skip-invalid', '--report', report], env.env);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ outcome: 'imported', created: 2, skipped: 1 });
    expect(res.stderr).toMatch(/Validating 100% 3 rows/);
    expect(res.stderr).toMatch(/Importing +100% 3 rows/);
    expect(res.stderr).toContain('Skipped 1 invalid rows.');
    expect(fs.readFileSync(report, 'utf8')).toContain('4,kind,Tip,invalid_enum');
    const exported = JSON.parse((await runCli(['export'], env.env)).stdout);
    const tech = exported.organisations.find((o: { name: string }) => o.name === 'Cli Tech SRL');
    expect(tech).toMatchObject({ key: 'cli-tech-srl', kind: 'company', city: 'cluj-napoca', description: [{ text: 'Software pentru primării' }] });
  });

  it('imports again without changes, and takes a mapping from --map', async () => {
    const file = write('good.csv', good);
    const again = await runCli(['import-csv', file, '--city', 'cluj-napoca'], env.env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const renamed = write('renamed.csv', 'Firma;Sorte\nCli Mapped GmbH;Start-up\n');
    const mapped = await runCli(['import-csv', renamed, '--city', 'Klausenburg', '--map', 'name=Firma', '--map', 'kind=Sorte'], env.env);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ delimiter: ';', mapping: { name: 'Firma', kind: 'Sorte' }, created: 1 });
  });

  it('writes nothing in a dry run', async () => {
    const file = write('dry.csv', 'Name,Art\nCli Dry GmbH,Unternehmen\n');
    const dry = await runCli(['import-csv', file, '--city', 'dortmund', '--dry-run'], env.env);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ outcome: 'validated', validRows: 1, created: 0 });
    expect(dry.stderr).toContain('Dry run');
  });

  it('refuses an unknown city or an unusable mapping', async () => {
    const file = write('refused.csv', 'Name,Art\nCli Refused GmbH,Unternehmen\n');
    const unknownCity = await runCli(['import-csv', file, '--city', 'Atlantis'], env.env);
    expect(unknownCity.code).toBe(1);
    expect(unknownCity.stderr).toContain('Atlantis');
    const badMap = await runCli(['import-csv', file, '--city', 'dortmund', '--map', 'colour=Name'], env.env);
    expect(badMap.code).toBe(1);
    expect(badMap.stderr).toContain('--map colour=Name');
    const noColumn = await runCli(['import-csv', file, '--city', 'dortmund', '--map', 'kind=Typ'], env.env);
    expect(noColumn.code).toBe(1);
    expect(noColumn.stderr).toContain('mapping.kind: the file has no column "Typ"');
  });
});
