import { describe, expect, it } from 'vitest';
import { checkContactInput, splitClientCodes, type ContactFormInput } from '../../../src/domain/employers/contact-draft';

const input = (overrides: Partial<ContactFormInput> = {}): ContactFormInput => ({
  date: '2025-03-12',
  staffId: 's1',
  employerId: 'e1',
  followUpDate: '',
  clientCodes: '',
  outcome: '',
  nextStep: '',
  notes: '',
  ...overrides,
});
const choices = { mode: 'face-to-face' as const, purpose: 'learn-needs' as const, contactPersonId: null };
const codes = new Map([
  ['kät-001', 'k1'],
  ['kät-002', 'k2'],
]);
const check = (overrides: Partial<ContactFormInput>) => {
  const { problems, rules } = checkContactInput(input(overrides), choices, '2025-03-12', codes);
  return { problems, rules };
};

describe('checking a contact before it is saved, with the schema that guards its write (issue 18)', () => {
  it('accepts today, a follow-up on the same day and known codes in any case', () => {
    const result = checkContactInput(
      input({ followUpDate: '2025-03-12', clientCodes: 'KÄT-001, kät-002  KÄT-001' }),
      choices,
      '2025-03-12',
      codes,
    );
    expect(result.problems).toEqual({});
    expect(result.rules).toEqual({});
    expect(result.draft).toMatchObject({ clientIds: ['k1', 'k2'], followUpDate: '2025-03-12', mode: 'face-to-face' });
    expect(splitClientCodes(' a;b  c,')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a date after today, a follow-up before the contact, unknown codes and missing choices', () => {
    const result = checkContactInput(
      input({ date: '2025-03-13', staffId: '', employerId: '', clientCodes: 'KÄT-001 X-9' }),
      choices,
      '2025-03-12',
      codes,
    );
    expect(result.problems).toEqual({ staffId: { reason: 'too-short', min: 1 }, employerId: { reason: 'too-short', min: 1 } });
    expect(result.rules).toEqual({ date: 'date-in-future', clientCodes: 'unknown-client' });
    expect(result.unknownCodes).toEqual(['X-9']);
    expect(check({ followUpDate: '2025-03-11' })).toEqual({ problems: { followUpDate: { reason: 'days-reversed' } }, rules: {} });
    expect(check({ date: '' })).toEqual({ problems: { date: { reason: 'invalid-date' } }, rules: {} });
    expect(check({ notes: 'hetu 131052-308T' }).problems).toEqual({ notes: { reason: 'identity-code' } });
    expect(check({ outcome: 'x'.repeat(2001) }).problems).toEqual({ outcome: { reason: 'too-long', max: 2000 } });
  });
});
