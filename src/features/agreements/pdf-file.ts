/** PDF files start with "%PDF-" (ISO 32000); the declared content type alone proves nothing. */
export function looksLikePdf(contentType: string | undefined, bytes: Buffer): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/pdf' && bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/**
 * A file name safe to store and show: no directories, no control or bidi-override characters,
 * bounded length, and a .pdf ending.
 */
export function cleanPdfFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!name) name = 'document.pdf';
  if (!/\.pdf$/i.test(name)) name = `${name}.pdf`;
  if (name.length > 200) name = `${name.slice(0, 196)}.pdf`;
  return name;
}
