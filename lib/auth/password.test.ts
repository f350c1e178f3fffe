import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { checkPasswordPolicy, PASSWORD_MIN_LENGTH } from './password-policy';

describe('password hashing', () => {
  it('hashes with argon2id, salted, and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain('correct horse');
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('treats a malformed hash as a wrong password instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever password')).toBe(false);
    expect(await verifyPassword('', 'whatever password')).toBe(false);
  });

  it('always fails against the dummy hash', async () => {
    expect(await verifyAgainstDummy('any password at all')).toBe(false);
  });
});

describe('password policy', () => {
  it.each([
    ['', /at least 12/],
    ['elevenchars', /at least 12/],
    ['            ', /only spaces/],
    ['aaaaaaaaaaaaaaaa', /different characters/],
    ['x'.repeat(257), /at most 256/],
  ])('refuses %j', (password, message) => {
    expect(checkPasswordPolicy(password)).toMatch(message);
  });

  it('refuses the email address as the password', () => {
    expect(checkPasswordPolicy('Someone@Example.org', { email: 'someone@example.org' })).toMatch(
      /email/,
    );
  });

  it('accepts 12 characters and long passphrases', () => {
    expect(checkPasswordPolicy('twelve-chars')).toBeNull();
    expect(checkPasswordPolicy('a long passphrase with spaces in it')).toBeNull();
  });

  it('generates passwords that pass the policy and differ each time', () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(checkPasswordPolicy(a)).toBeNull();
  });
});
