import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

// Text files are worth compressing; images and fonts are compressed already. Source maps are not
// here: the build keeps them out of the served folder (private-source-maps.ts).
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.txt']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface PrecompressedFile {
  file: string;
  raw: number;
  /** Bytes of the sibling written, or undefined when it would not have been smaller. */
  gzip?: number;
  brotli?: number;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  // Dot folders (Vite's .vite/manifest.json) are not served, so not worth compressing.
  return entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(dir, file)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    );
}

async function writeIfSmaller(file: string, suffix: string, content: Buffer, original: number): Promise<number | undefined> {
  // A tiny file can grow when compressed; then the server sends the original (no sibling to find).
  if (content.length >= original) return undefined;
  await fs.writeFile(file + suffix, content);
  return content.length;
}

/**
 * Writes a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9) sibling of every text file under
 * `dir`, each only when smaller than the original. The server (@fastify/static's preCompressed)
 * sends the sibling the request's Accept-Encoding allows, so the highest levels cost build time
 * once, never request time.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressedFile[]> {
  const files = await filesIn(dir);
  // zlib's asynchronous calls run in libuv's thread pool, so the files are compressed in parallel.
  return Promise.all(
    files.map(async (file) => {
      const content = await fs.readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      return {
        file: path.relative(dir, file),
        raw: content.length,
        brotli: await writeIfSmaller(file, '.br', br, content.length),
        gzip: await writeIfSmaller(file, '.gz', gz, content.length),
      };
    }),
  );
}

/** Vite plugin: precompresses the build output once every file is written. */
export function precompressAssets(): Plugin {
  return {
    name: 'pontis:precompress-assets',
    apply: 'build',
    async writeBundle(output) {
      if (output.dir) await precompressDirectory(output.dir);
    },
  };
}
