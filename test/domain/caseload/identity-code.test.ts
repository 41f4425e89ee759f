import { describe, expect, it } from 'vitest';
import { containsIdentityCode, findIdentityCode, isIdentityCode } from '../../../src/domain';

describe('Finnish personal identity codes', () => {
  it('recognises a valid code with each century sign', () => {
    expect(isIdentityCode('131052-308T')).toBe(true);
    // Same birth date and number, other signs of the same century: the check character is unchanged.
    for (const sign of ['U', 'V', 'W', 'X', 'Y']) expect(isIdentityCode(`131052${sign}308T`)).toBe(true);
    expect(isIdentityCode('010101A123N')).toBe(true);
    for (const sign of ['B', 'C', 'D', 'E', 'F']) expect(isIdentityCode(`010101${sign}123N`)).toBe(true);
    expect(isIdentityCode('131052+308T')).toBe(true); // born 1852
  });

  it('rejects a wrong check character, an impossible date and an unknown sign', () => {
    expect(isIdentityCode('131052-308U')).toBe(false);
    expect(isIdentityCode('310252-308T')).toBe(false); // 31 February
    expect(isIdentityCode('131052G308T')).toBe(false);
    expect(isIdentityCode('131052Z308T')).toBe(false);
  });

  it('checks the 29th of February against the century', () => {
    // 29.2.2000 is a date, 29.2.1900 is not; the check character is the same for both.
    const remainder = 290200123 % 31;
    const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[remainder];
    expect(isIdentityCode(`290200A123${check}`)).toBe(true);
    expect(isIdentityCode(`290200-123${check}`)).toBe(false);
  });

  it('finds a code inside a text, also in lower case, but not inside longer tokens', () => {
    expect(findIdentityCode('Asiakas 131052-308T aloitti')).toBe('131052-308T');
    expect(containsIdentityCode('hetu: 131052-308t.')).toBe(true);
    expect(containsIdentityCode('X131052-308T')).toBe(false);
    expect(containsIdentityCode('131052-308T9')).toBe(false);
    expect(containsIdentityCode('KÄT-014')).toBe(false);
    expect(containsIdentityCode('Puhelu 12.3. klo 10, tavoite 20 h/vko')).toBe(false);
    expect(containsIdentityCode('')).toBe(false);
  });
});
