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
const codes = new Map([
  ['kät-001', 'k1'],
  ['kät-002', 'k2'],
]);

describe('checking a contact before it is saved', () => {
  it('accepts today, a follow-up on the same day and known codes in any case', () => {
    const result = checkContactInput(input({ followUpDate: '2025-03-12', clientCodes: 'KÄT-001, kät-002  KÄT-001' }), '2025-03-12', codes);
    expect(result.problems).toEqual({});
    expect(result.clientIds).toEqual(['k1', 'k2']);
    expect(splitClientCodes(' a;b  c,')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a date after today, a follow-up before the contact, unknown codes and missing choices', () => {
    const { problems } = checkContactInput(
      input({ date: '2025-03-13', staffId: '', employerId: '', clientCodes: 'KÄT-001 X-9' }),
      '2025-03-12',
      codes,
    );
    expect(problems).toEqual({
      date: 'date-in-future',
      staffId: 'required',
      employerId: 'required',
      clientCodes: 'unknown-client',
      unknownCodes: ['X-9'],
    });
    expect(checkContactInput(input({ followUpDate: '2025-03-11' }), '2025-03-12', codes).problems).toEqual({
      followUpDate: 'follow-up-before-contact',
    });
    expect(checkContactInput(input({ date: '' }), '2025-03-12', codes).problems).toEqual({ date: 'required' });
    expect(checkContactInput(input({ notes: 'hetu 131052-308T' }), '2025-03-12', codes).problems).toEqual({ notes: 'identity-code' });
  });
});
