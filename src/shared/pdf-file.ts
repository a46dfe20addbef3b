import { cleanFileName } from './file-names.ts';

/** PDF files start with "%PDF-" (ISO 32000); the declared content type alone proves nothing. */
export function looksLikePdf(contentType: string | undefined, bytes: Buffer): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/pdf' && bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** A file name safe to store and show (see cleanFileName), ending in .pdf. */
export function cleanPdfFileName(raw: string | undefined): string {
  const name = cleanFileName(raw, 'document.pdf');
  return /\.pdf$/i.test(name) ? name : `${cleanFileName(raw, 'document', 196)}.pdf`;
}
