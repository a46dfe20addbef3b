import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.ts';

describe('attachmentDisposition', () => {
  it('encodes the exact name and gives an ASCII fallback', () => {
    expect(attachmentDisposition('Scrisoare de intenție Cluj–Dortmund.pdf')).toBe(
      `attachment; filename="Scrisoare de intentie Cluj_Dortmund.pdf"; filename*=UTF-8''Scrisoare%20de%20inten%C8%9Bie%20Cluj%E2%80%93Dortmund.pdf`,
    );
  });

  it('keeps quotes, semicolons and line breaks from breaking out of the header', () => {
    const header = attachmentDisposition('a"; filename=evil.exe\r\nX-Injected: 1 (it\'s).pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename="')[1].split('"')[0]).not.toContain(';');
    expect(header).toContain(`filename*=UTF-8''a%22%3B%20filename%3Devil.exe%0D%0AX-Injected%3A%201%20%28it%27s%29.pdf`);
  });
});
