import fs from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a reference file in the portal's shape (fundingData.GrantTenderObj[]) of about the
 * real size: ~11,000 records, ~130 MB, most of it long HTML descriptions and latest
 * information, as in the real grantsTenders.json. Deterministic: the same options give the
 * same file. Streamed out record by record, so generating needs no memory either.
 */
export interface GeneratorOptions {
  records: number;
  /** Target size; the HTML bodies are sized to reach it. */
  targetBytes: number;
  seed?: number;
}

const programmes = [
  ['HORIZON', 'Horizon Europe Framework Programme (HORIZON)', 43108390],
  ['CERV', 'Citizens, Equality, Rights and Values Programme (CERV)', 43251589],
  ['LIFE', 'Programme for the Environment and Climate Action (LIFE)', 43252405],
  ['DIGITAL', 'Digital Europe Programme (DIGITAL)', 43152860],
  ['ERASMUS+', 'Erasmus+ (ERASMUS+)', 43353764],
  ['EU4H', 'EU4Health Programme (EU4H)', 43332642],
  ['CEF', 'Connecting Europe Facility (CEF)', 43251567],
  ['CREA', 'Creative Europe (CREA)', 43251814],
] as const;
const words = (
  'climate neutral smart city digital twin mobility energy renovation water management circular economy citizens participation ' +
  'town twinning democracy heritage culture youth health prevention innovation data spaces interoperability open source ' +
  'biodiversity adaptation resilience mission cities districts hydrogen batteries agriculture food tourism inclusion skills'
).split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

export async function generateGrantsTenders(file: string, options: GeneratorOptions): Promise<{ bytes: number; records: number }> {
  const random = rng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  // ~200 bytes of skeleton per record; the rest is HTML, split between description and infos.
  const htmlBytes = Math.max(200, Math.floor(options.targetBytes / options.records) - 900);
  const paragraph = () =>
    `<p>${sentence(12)} &amp; ${sentence(8)}. <strong>${sentence(3)}</strong> – <a href="https://example.invalid">${sentence(2)}</a></p>\n`;
  const html = (bytes: number) => {
    let out = '';
    while (out.length < bytes) out += paragraph();
    return out;
  };
  const base = Date.parse('2026-01-01T00:00:00Z');
  const day = 86_400_000;
  const out = fs.createWriteStream(file);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('{"apiVersion":"bench","fundingData":{"GrantTenderObj":[\n');
  for (let i = 0; i < options.records; i++) {
    const tender = random() < 0.2;
    const [code, name, id] = pick(programmes);
    const opening = base + Math.floor(random() * 540 - 270) * day;
    const model = pick(['single-stage', 'single-stage', 'two-stage', 'multiple cut-off']);
    const count = model === 'single-stage' ? 1 : 2 + Math.floor(random() * 2);
    const deadlines = Array.from({ length: count }, (_, k) => opening + (60 + k * 90) * day + 15 * 3_600_000);
    const status = deadlines.at(-1)! < base ? 31094503 : opening > base ? 31094501 : 31094502;
    const identifier = tender ? `EC-BENCH/${2025 + (i % 3)}/OP/${String(i).padStart(5, '0')}` : `${code}-${2025 + (i % 3)}-BENCH-${String(i).padStart(5, '0')}`;
    const record = tender
      ? {
          type: 0,
          identifier,
          title: `Study on ${sentence(5)}`,
          status: { id: status, abbreviation: 'x' },
          frameworkProgramme: random() < 0.7 ? {} : { id, abbreviation: code, description: name },
          deadlineDatesLong: random() < 0.5 ? [] : deadlines.slice(0, 1),
          latestInfos: [{ content: html(htmlBytes), lastChangeDate: new Date(opening).toISOString() }],
        }
      : {
          type: 1,
          identifier,
          title: `${sentence(6)}`.replace(/^./, (c) => c.toUpperCase()),
          callIdentifier: identifier.replace(/-\d+$/, ''),
          callTitle: `Call on ${sentence(4)}`,
          status: { id: status, abbreviation: status === 31094502 ? 'Open' : status === 31094501 ? 'Forthcoming' : 'Closed' },
          frameworkProgramme: { id, abbreviation: code, description: name },
          deadlineModel: model,
          plannedOpeningDateLong: opening,
          deadlineDatesLong: deadlines,
          tags: [sentence(2), sentence(2), sentence(1)],
          keywords: [sentence(2), sentence(1)],
          description: html(Math.floor(htmlBytes * 0.6)),
          actions: [{ status: { id: status }, types: [`${code}-RIA Research and Innovation Actions`], deadlineModel: model, deadlineDatesLong: deadlines }],
          latestInfos: Array.from({ length: 2 }, (_, k) => ({
            content: html(Math.floor(htmlBytes * 0.2)),
            lastChangeDate: new Date(opening + k * 7 * day).toISOString(),
          })),
        };
    await write(`${i ? ',\n' : ''}${JSON.stringify(record)}`);
  }
  await write('\n]}}\n');
  out.end();
  await once(out, 'finish');
  return { bytes, records: options.records };
}
