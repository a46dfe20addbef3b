import { describe, expect, it } from 'vitest';
import { chooseText } from './localised-text-choice.ts';

describe('chooseText', () => {
  const letter = { de: 'Absichtserklärung', ro: 'Scrisoare de intenție', en: 'Letter of Intent' };

  it("shows the reader's language when the record has it, marking whether that is the original", () => {
    expect(chooseText(letter, 'de', 'ro')).toEqual({ text: 'Scrisoare de intenție', lang: 'ro', fallback: false, original: false });
    expect(chooseText(letter, 'de', 'de')).toEqual({ text: 'Absichtserklärung', lang: 'de', fallback: false, original: true });
  });

  it("falls back to the original, saying so, when the reader's language has no text", () => {
    expect(chooseText(letter, 'de', 'hu')).toEqual({ text: 'Absichtserklärung', lang: 'de', fallback: true, original: true });
  });

  it('falls back to another language in interface order when the original has no text (an office left untranslated)', () => {
    expect(chooseText({ hu: 'Polgármester', en: 'Mayor' }, 'de', 'ro')).toEqual({ text: 'Mayor', lang: 'en', fallback: true, original: false });
  });

  it('shows nothing for an empty text, and ignores a reader language the record cannot have', () => {
    expect(chooseText({}, 'de', 'de')).toBeUndefined();
    expect(chooseText(undefined, 'de', 'de')).toBeUndefined();
    expect(chooseText({ en: 'Visit' }, 'en', 'fr')).toEqual({ text: 'Visit', lang: 'en', fallback: true, original: true });
  });
});
