import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

const text = (parts: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') =>
  parts
    .filter((p) => p.op === 'same' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the changed words only', () => {
    expect(wordDiff('The city has a port.', 'The city has a large port.')).toEqual([
      { op: 'same', text: 'The city has a ' },
      { op: 'added', text: 'large ' },
      { op: 'same', text: 'port.' },
    ]);
  });

  it('shows a replaced run of words as one removal and one addition', () => {
    expect(wordDiff('Exchange on smart city topics.', 'Exchange on climate adaptation topics.')).toEqual([
      { op: 'same', text: 'Exchange on ' },
      { op: 'removed', text: 'smart city' },
      { op: 'added', text: 'climate adaptation' },
      { op: 'same', text: ' topics.' },
    ]);
  });

  it('gives both texts back, also for letters outside ASCII and changed punctuation', () => {
    const before = 'Kommunale Projektpartnerschaft zwischen Dortmund und Cluj-Napoca, gegründet 2020.';
    const after = 'Kommunale Partnerschaft zwischen Dortmund, Cluj-Napoca und Lyon; gegründet 2020!';
    const parts = wordDiff(before, after);
    expect(text(parts, 'removed')).toBe(before);
    expect(text(parts, 'added')).toBe(after);
    expect(parts.find((p) => p.op === 'removed')?.text).toBe('Projektpartnerschaft');
  });

  it('handles empty texts and identical texts', () => {
    expect(wordDiff('', 'Neu')).toEqual([{ op: 'added', text: 'Neu' }]);
    expect(wordDiff('Alt', '')).toEqual([{ op: 'removed', text: 'Alt' }]);
    expect(wordDiff('Gleich bleibt', 'Gleich bleibt')).toEqual([{ op: 'same', text: 'Gleich bleibt' }]);
  });

  it('keeps whole words: a changed word is never split', () => {
    const parts = wordDiff('Universitatea Babeș-Bolyai', 'Universitatea Tehnică');
    expect(parts).toEqual([
      { op: 'same', text: 'Universitatea ' },
      { op: 'removed', text: 'Babeș-Bolyai' },
      { op: 'added', text: 'Tehnică' },
    ]);
  });
});
