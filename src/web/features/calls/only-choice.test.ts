import { describe, expect, it } from 'vitest';
import { onlyChoice } from './only-choice.ts';

describe('onlyChoice', () => {
  it('chooses the only option', () => {
    expect(onlyChoice(['dortmund-cluj-napoca'])).toBe('dortmund-cluj-napoca');
  });

  it('leaves the choice open with several options, none, or while they load', () => {
    expect(onlyChoice(['dortmund-cluj-napoca', 'dortmund-lyon'])).toBeNull();
    expect(onlyChoice([])).toBeNull();
    expect(onlyChoice(undefined)).toBeNull();
  });
});
