import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress-assets.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A built web folder: files (path → content) under a fresh temporary directory. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-precompress-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const text = (word: string) => `${word} `.repeat(500);
const exists = (dir: string, file: string) => fs.existsSync(path.join(dir, file));

describe('precompressDirectory', () => {
  it('writes .br and .gz siblings of every text file, each decompressing to the original', async () => {
    const files = {
      'index.html': `<!doctype html>${text('<p>page</p>')}`,
      'assets/index-abc.js': `console.log(${JSON.stringify(text('script'))});`,
      'assets/index-abc.css': text('.a{color:red}'),
      'assets/data-abc.json': JSON.stringify({ words: text('json') }),
      'assets/logo-abc.svg': `<svg xmlns="http://www.w3.org/2000/svg">${text('<g/>')}</svg>`,
      'robots.txt': text('Disallow:'),
    };
    const dir = folder(files);
    const report = await precompressDirectory(dir);
    expect(report.map((row) => row.file).sort()).toEqual(Object.keys(files).sort());
    for (const [file, content] of Object.entries(files)) {
      const br = fs.readFileSync(path.join(dir, `${file}.br`));
      const gz = fs.readFileSync(path.join(dir, `${file}.gz`));
      expect(zlib.brotliDecompressSync(br).toString()).toBe(content);
      expect(zlib.gunzipSync(gz).toString()).toBe(content);
      expect(br.length).toBeLessThan(Buffer.byteLength(content));
      expect(gz.length).toBeLessThan(Buffer.byteLength(content));
      expect(report.find((row) => row.file === file)).toEqual({ file, raw: Buffer.byteLength(content), brotli: br.length, gzip: gz.length });
    }
  });

  it('uses brotli quality 11 and gzip level 9', async () => {
    const content = `console.log(${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `item ${i * 7919}`).join(','))});`;
    const dir = folder({ 'assets/big-abc.js': content });
    await precompressDirectory(dir);
    const best = zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    const fast = zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
    const br = fs.readFileSync(path.join(dir, 'assets/big-abc.js.br'));
    expect(br.length).toBeLessThan(fast.length);
    expect(Math.abs(br.length - best.length)).toBeLessThanOrEqual(8);
    expect(fs.readFileSync(path.join(dir, 'assets/big-abc.js.gz')).length).toBe(zlib.gzipSync(content, { level: 9 }).length);
  });

  it('writes no sibling that would not be smaller, and leaves other files alone', async () => {
    const dir = folder({
      'assets/tiny-abc.js': 'export{};',
      'assets/photo-abc.png': Buffer.from(text('png')),
      'assets/index-abc.js.map': text('map'),
      '.vite/manifest.json': JSON.stringify({ words: text('manifest') }),
    });
    const report = await precompressDirectory(dir);
    expect(report).toEqual([{ file: path.join('assets', 'tiny-abc.js'), raw: 9, brotli: undefined, gzip: undefined }]);
    for (const file of ['assets/tiny-abc.js', 'assets/photo-abc.png', 'assets/index-abc.js.map', '.vite/manifest.json']) {
      expect(exists(dir, `${file}.br`)).toBe(false);
      expect(exists(dir, `${file}.gz`)).toBe(false);
    }
  });
});
