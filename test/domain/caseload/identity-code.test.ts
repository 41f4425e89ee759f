import { describe, expect, it } from 'vitest';
import { containsIdentityCode, findIdentityCode, isIdentityCode } from '../../../src/domain';
import { IDENTITY_CODE_VARIANTS } from '../../fixtures/identity-codes';

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

  it('finds a code inside a text, also in lower case, but not inside longer numbers', () => {
    expect(findIdentityCode('Asiakas 131052-308T aloitti')).toBe('131052-308T');
    expect(containsIdentityCode('hetu: 131052-308t.')).toBe(true);
    expect(containsIdentityCode('1131052-308T')).toBe(false);
    expect(containsIdentityCode('131052-308T9')).toBe(false);
    expect(containsIdentityCode('KÄT-014')).toBe(false);
    expect(containsIdentityCode('Puhelu 12.3. klo 10, tavoite 20 h/vko')).toBe(false);
    expect(containsIdentityCode('')).toBe(false);
  });
});

describe('issue 14 #3: the identity-code guard finds every variant', () => {
  it.each(IDENTITY_CODE_VARIANTS)('finds %j alone and inside a sentence', (variant) => {
    // "hetu131052-308T" holds a code but is not one.
    expect(isIdentityCode(variant)).toBe(!variant.startsWith('hetu'));
    expect(containsIdentityCode(variant)).toBe(true);
    expect(containsIdentityCode(`Asiakkaan tunnus on ${variant}, soita huomenna.`)).toBe(true);
    expect(findIdentityCode(`Note: ${variant}`)).not.toBeNull();
  });

  it('does not take ordinary texts for codes', () => {
    const ordinary = [
      'Puhelu 040 123 4567 klo 10',
      'Soitto 0401234568',
      '+358 40 1234567',
      'Tapaaminen 12.10.2023 klo 9.30',
      'Asiakas KÄT-014 aloitti',
      'KÄT-2023-014',
      'Laskun numero 123456',
      'Työaika 37,5 h/vko, palkka 2300 €',
      'Y-tunnus 1234567-8',
      '131052-308U', // wrong check character
      '131052308U',
      '310252-308T', // 31 February
      '1234567890',
      '20231012 tapaaminen',
      '2023-10-12',
    ];
    for (const text of ordinary) expect(containsIdentityCode(text), text).toBe(false);
  });

  it('accepts a sign-less code only when its date exists in some century', () => {
    // 29.2.1900 does not exist but 29.2.2000 does: without a sign either century counts.
    const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[290200123 % 31];
    expect(containsIdentityCode(`290200123${check}`)).toBe(true);
    expect(containsIdentityCode('310252308T')).toBe(false);
  });

  it('answers a long text without six digits at once', () => {
    const text = 'Asiakas kävi työkokeilussa 3 kertaa viikossa. '.repeat(400);
    const started = performance.now();
    for (let i = 0; i < 200; i += 1) containsIdentityCode(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(containsIdentityCode(`${text}131052\u2013308T`)).toBe(true);
  });
});
