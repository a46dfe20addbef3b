import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlighted-text.tsx';

describe('highlightParts', () => {
  it('splits marks from plain text', () => {
    expect(highlightParts('Beratung zu <mark>Wärmenetzen</mark> und <mark>Logistik</mark>.')).toEqual([
      { text: 'Beratung zu ', marked: false },
      { text: 'Wärmenetzen', marked: true },
      { text: ' und ', marked: false },
      { text: 'Logistik', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('gives escaped markup back as text, never as elements', () => {
    const parts = highlightParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; <mark>R&amp;D</mark>');
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> &lt; ', marked: false },
      { text: 'R&D', marked: true },
    ]);
  });

  it('reads text without marks as one plain part', () => {
    expect(highlightParts('Teren pilot')).toEqual([{ text: 'Teren pilot', marked: false }]);
    expect(highlightParts('')).toEqual([]);
  });
});
