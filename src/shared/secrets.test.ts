import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('correct');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('Correct horse battery staple', stored)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});

describe('secrets', () => {
  it('stores only a hash and generates unguessable values', () => {
    const a = newSecret('pt_');
    expect(a.startsWith('pt_')).toBe(true);
    expect(a.length).toBeGreaterThan(40);
    expect(hashSecret(a)).toHaveLength(64);
    expect(newSecret()).not.toBe(newSecret());
    expect(generatePassword()).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/);
  });
});
