import crypto from 'node:crypto';

export interface MultipartFile {
  /** The form field (default "file"). */
  field?: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  /** Send the name RFC 5987-encoded (filename*), as some clients do for names with quotes. */
  encodeName?: boolean;
}

/**
 * A multipart/form-data body written out by hand, as a browser sends it: text fields (before or
 * after the file) and one file. Tests of uploads share it, and so do tests of broken uploads.
 */
export function multipartBody(file: MultipartFile, options: { fields?: Record<string, string>; fieldsAfter?: boolean } = {}) {
  const boundary = `----PontisTestBoundary${crypto.randomBytes(8).toString('hex')}`;
  const fields = Object.entries(options.fields ?? {})
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('');
  const name = file.encodeName ? `filename*=UTF-8''${encodeURIComponent(file.fileName)}` : `filename="${file.fileName}"`;
  const body = Buffer.concat([
    Buffer.from(options.fieldsAfter ? '' : fields),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; ${name}\r\nContent-Type: ${file.contentType}\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n${options.fieldsAfter ? fields : ''}--${boundary}--\r\n`),
  ]);
  return { body, boundary, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
