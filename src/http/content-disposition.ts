/**
 * An attachment Content-Disposition header (RFC 6266) for any file name: a plain ASCII
 * fallback for old clients and the exact name in RFC 5987 encoding, so that quotes, line
 * breaks or non-Latin letters in a name can never break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
