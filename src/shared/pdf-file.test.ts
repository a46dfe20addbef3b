import { describe, expect, it } from 'vitest';
import { cleanPdfFileName, looksLikePdf } from './pdf-file.ts';

describe('PDF checks', () => {
  it('needs both the content type and the magic bytes', () => {
    const pdf = Buffer.from('%PDF-1.7\n...');
    expect(looksLikePdf('application/pdf', pdf)).toBe(true);
    expect(looksLikePdf('Application/PDF; charset=binary', pdf)).toBe(true);
    expect(looksLikePdf('text/plain', pdf)).toBe(false);
    expect(looksLikePdf('application/pdf', Buffer.from('<html>%PDF-'))).toBe(false);
    expect(looksLikePdf('application/pdf', Buffer.alloc(0))).toBe(false);
  });

  it('cleans file names', () => {
    expect(cleanPdfFileName('C:\\Users\\ana\\LoI 2020.pdf')).toBe('LoI 2020.pdf');
    expect(cleanPdfFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(cleanPdfFileName('evil\u202Efdp.exe')).toBe('evilfdp.exe.pdf');
    expect(cleanPdfFileName(undefined)).toBe('document.pdf');
    expect(cleanPdfFileName('...')).toBe('document.pdf');
    expect(cleanPdfFileName(`${'x'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});
