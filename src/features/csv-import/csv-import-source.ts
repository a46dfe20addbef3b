import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { CsvSource } from './csv-reader.ts';

const CHUNK_BYTES = 1024 * 1024;

/**
 * The uploaded file of an import job, read from its bytea column a megabyte at a time, so a server
 * process never holds the whole file. Reads go through the db handed to open() (the transaction,
 * when the import writes).
 */
export function storedFileSource(fallbackDb: Db, importId: string, size: number): CsvSource {
  return {
    size,
    open(db = fallbackDb) {
      let offset = 0;
      return new Readable({
        async read() {
          try {
            if (offset >= size) return void this.push(null);
            const result = await db.execute(sql`SELECT substring(file FROM ${offset + 1} FOR ${CHUNK_BYTES}) AS chunk FROM csv_imports WHERE id = ${importId}`);
            const rows = ((result as { rows?: unknown[] }).rows ?? result) as { chunk: Buffer | Uint8Array | null }[];
            const chunk = rows[0]?.chunk;
            if (!chunk || chunk.length === 0) return void this.push(null);
            offset += chunk.length;
            this.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
          } catch (err) {
            this.destroy(err as Error);
          }
        },
      });
    },
  };
}
