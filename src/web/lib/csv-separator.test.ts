import { describe, expect, it } from 'vitest';
import { csvSeparator } from './csv-separator.ts';

describe('csvSeparator', () => {
  it('uses a comma for English, with or without a region, and a semicolon for the others', () => {
    expect(['en', 'en-GB', 'de', 'de-DE', 'ro', 'hu'].map(csvSeparator)).toEqual(['comma', 'comma', 'semicolon', 'semicolon', 'semicolon', 'semicolon']);
  });
});
