import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalid } from '../shared/errors.ts';
import { attachmentDisposition } from './content-disposition.ts';
import { refuseNulCharacter } from './request-text.ts';

export interface UploadedFile {
  fileName: string;
  /** What the browser claimed; decide the real type from the bytes where it matters. */
  contentType: string;
  bytes: Buffer;
}

export interface UploadOptions {
  /** What to send, for the error when no file came in the field "file". */
  expected: string;
  /** Largest file accepted; the configured upload limit by default. */
  limitBytes?: number;
  /** Added to the message when the file is too large (e.g. the command that takes larger files). */
  tooLargeHint?: string;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/**
 * The one file of a multipart upload, in the field "file", and the text fields sent with it
 * (before or after the file). Anything else, or a second file, is refused naming the field; a
 * file over the limit is a 413 naming the limit, before more of it is read.
 */
export async function readUploadedFile(request: FastifyRequest, options: UploadOptions): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  const missing = () => missingFile(options);
  if (!request.isMultipart()) throw missing();
  const limit = options.limitBytes ?? request.ctx.config.maxUploadBytes;
  let file: UploadedFile | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: limit } })) {
      refuseNulCharacter(part.fieldname, 'field name');
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) throw missing();
        refuseNulCharacter(part.filename, 'file.name');
        file = { fileName: part.filename, contentType: part.mimetype, bytes: await part.toBuffer() };
      } else {
        fields[part.fieldname] = String(part.value ?? '');
        refuseNulCharacter(fields[part.fieldname], part.fieldname);
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(limit, options);
    throw malformedMultipart(err, options);
  }
  if (!file) throw missing();
  return { file, fields };
}

const missingFile = (options: UploadOptions) =>
  invalid([{ path: 'file', rule: 'required', message: `Send ${options.expected} as multipart/form-data in the field "file".` }]);

/**
 * Busboy's own errors: no boundary in the content type, a body cut off before its closing
 * boundary, more parts or fields than allowed. All are the client's; none reached a store.
 */
function malformedMultipart(err: unknown, options: UploadOptions): AppError {
  const message = `The multipart body could not be read (${(err as Error).message}). Send ${options.expected} as multipart/form-data in the field "file".`;
  return new AppError('validation_failed', 400, message, [{ path: 'file', rule: 'multipart', message }]);
}

const tooLarge = (limit: number, options: UploadOptions) => {
  const message = `The file is larger than the limit of ${megabytes(limit)} MB${options.tooLargeHint ? `; ${options.tooLargeHint}` : ''}.`;
  return new AppError('payload_too_large', 413, message, [{ path: 'file', rule: 'max_size', message }]);
};

/**
 * The one file of a multipart upload as a stream, for files too large to hold in memory (the
 * calls reference file). The same refusals as readUploadedFile; a file over the limit makes the
 * stream fail with the 413, and a body cut off makes it fail with busboy's error.
 */
export async function openUploadedFileStream(request: FastifyRequest, options: UploadOptions): Promise<{ fileName: string; stream: Readable }> {
  const missing = () => missingFile(options);
  if (!request.isMultipart()) throw missing();
  const limit = options.limitBytes ?? request.ctx.config.maxUploadBytes;
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file({ limits: { fileSize: limit } });
  } catch (err) {
    throw malformedMultipart(err, options);
  }
  if (!part || part.fieldname !== 'file') throw missing();
  refuseNulCharacter(part.filename, 'file.name');
  const file = part.file;
  // Busboy cuts a file at the limit and ends it normally (marking it truncated), so a reader
  // would see a file that merely stops; the end of the stream becomes the 413 instead.
  async function* upToTheLimit() {
    for await (const chunk of file) yield chunk as Buffer;
    if (file.truncated) throw tooLarge(limit, options);
  }
  return { fileName: part.filename, stream: Readable.from(upToTheLimit()) };
}

/**
 * A stored file, always as a download in a sandbox: with the type decided at upload and no
 * sniffing, no uploaded file can run script in the application's origin.
 */
export function sendStoredFile(reply: FastifyReply, file: { contentType: string; fileName: string; bytes: Buffer | Uint8Array }, cacheControl?: string) {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('content-length', String(file.bytes.length));
  if (cacheControl) reply.header('cache-control', cacheControl);
  return reply.send(file.bytes as never);
}

/** The headers of a CSV export: how many rows matched and whether the file left some out. */
export const csvExportHeaders = { cap: 'x-export-row-cap', total: 'x-total-count', truncated: 'x-export-truncated' } as const;

/**
 * A CSV export as a download, never cached (it holds what this reader may see), with the number
 * of matching rows and the cap in headers, so that a cut file is never mistaken for the whole.
 */
export function sendCsvExport(reply: FastifyReply, file: { csv: string; fileName: string; total: number; rows: number }, cap: number) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header(csvExportHeaders.cap, String(cap))
    .header(csvExportHeaders.total, String(file.total))
    .header(csvExportHeaders.truncated, String(file.total > file.rows))
    .send(file.csv);
}
