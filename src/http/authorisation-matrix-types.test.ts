import { describe, expect, it } from 'vitest';
import { ADMIN_ONLY, parseExpectation } from './authorisation-matrix-types.ts';

describe('a row of the authorisation matrix', () => {
  it('names the outcome of each principal in column order', () => {
    expect(parseExpectation('401 404 ok 403 ok ok ok')).toEqual({
      anonymous: 401,
      memberElsewhere: 404,
      partnerMember: 'ok',
      otherCoordinator: 403,
      editorWithoutRight: 'ok',
      owner: 'ok',
      admin: 'ok',
    });
    expect(parseExpectation(ADMIN_ONLY).admin).toBe('ok');
  });

  it('refuses a row with a missing column or an unknown outcome, so a typo cannot pass', () => {
    expect(() => parseExpectation('401 403 ok ok ok ok')).toThrow(/6 columns, not 7/);
    expect(() => parseExpectation('401 403 ok ok ok ok 500')).toThrow(/"500" is not ok, 401, 403 or 404/);
    expect(() => parseExpectation('401 403 ok ok ok ok allow')).toThrow(/"allow"/);
  });
});
