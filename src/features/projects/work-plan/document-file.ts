import { cleanFileName, extensionOf } from '../../../shared/file-names.ts';
import { looksLikePdf } from '../../../shared/pdf-file.ts';

/**
 * What a project document may be, decided from its first bytes and its name, never from the
 * content type the browser declares: PDF, images, office files (ZIP containers) and plain text.
 * Anything else (HTML, SVG, scripts, executables) is refused, and everything is served as a
 * sandboxed download anyway.
 */
const kinds = [
  { type: 'application/pdf', extensions: ['pdf'], magic: (b: Buffer) => looksLikePdf('application/pdf', b) },
  { type: 'image/png', extensions: ['png'], magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  ...(
    [
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['odt', 'application/vnd.oasis.opendocument.text'],
      ['ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['odp', 'application/vnd.oasis.opendocument.presentation'],
    ] as const
  ).map(([ext, type]) => ({ type, extensions: [ext], magic: (b: Buffer) => b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) })),
  { type: 'text/plain; charset=utf-8', extensions: ['txt', 'csv', 'md'], magic: isUtf8Text },
];

function isUtf8Text(b: Buffer): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  // Markup is not plain text: a browser could be talked into rendering it.
  return !/^\s*<(!doctype|html|svg|\?xml|script)/i.test(b.subarray(0, 512).toString('utf8'));
}

export const acceptedDocumentExtensions = [...new Set(kinds.flatMap((k) => k.extensions))];

/** The content type to store and serve, or null when the file is not an accepted kind. */
export function documentContentType(fileName: string, bytes: Buffer): string | null {
  if (!bytes.length) return null;
  const ext = extensionOf(fileName);
  const kind = kinds.find((k) => (k.extensions as readonly string[]).includes(ext));
  return kind && kind.magic(bytes) ? kind.type : null;
}

/** A name safe to store and show (see cleanFileName). */
export const cleanDocumentFileName = (raw: string | undefined): string => cleanFileName(raw, 'document');
