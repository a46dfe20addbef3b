import { describe, expect, it } from 'vitest';
import { cleanDocumentFileName, documentContentType } from './document-file.ts';

describe('project document files', () => {
  it('accepts a file whose first bytes match its name', () => {
    expect(documentContentType('budget.pdf', Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(documentContentType('plan.DOCX', Buffer.from('PK\x03\x04rest', 'latin1'))).toContain('wordprocessingml');
    expect(documentContentType('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(documentContentType('notes.txt', Buffer.from('Kick-off în Cluj, Übersicht'))).toBe('text/plain; charset=utf-8');
  });

  it('refuses markup, mismatched content, unknown kinds and empty files', () => {
    expect(documentContentType('page.txt', Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(documentContentType('fake.pdf', Buffer.from('<svg onload=alert(1)>'))).toBeNull();
    expect(documentContentType('tool.exe', Buffer.from('MZ\x90\x00', 'latin1'))).toBeNull();
    expect(documentContentType('logo.svg', Buffer.from('<svg/>'))).toBeNull();
    expect(documentContentType('binary.txt', Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
    expect(documentContentType('empty.pdf', Buffer.alloc(0))).toBeNull();
  });

  it('cleans file names of paths and control characters, keeping the ending', () => {
    expect(cleanDocumentFileName('C:\\Users\\x\\Work plan\u202e.docx')).toBe('Work plan.docx');
    expect(cleanDocumentFileName('../../.hidden.pdf')).toBe('hidden.pdf');
    expect(cleanDocumentFileName(undefined)).toBe('document');
    const long = cleanDocumentFileName(`${'a'.repeat(300)}.xlsx`);
    expect(long.length).toBe(200);
    expect(long.endsWith('.xlsx')).toBe(true);
  });
});
