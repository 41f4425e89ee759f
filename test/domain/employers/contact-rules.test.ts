import { describe, expect, it } from 'vitest';
import {
  daysToFirstEmployerContact,
  followUpState,
  visitNumbers,
  weeklyContactRate,
  weeklyFaceToFaceCounts,
  type ContactFacts,
} from '../../../src/domain/employers/contact-rules';
import { duplicateGroups, employerNameKey, findDuplicateEmployers } from '../../../src/domain/employers/employer-names';
import { lastWeeks } from '../../../src/domain/employers/weeks';

let seq = 0;
function contact(overrides: Partial<ContactFacts>): ContactFacts {
  seq += 1;
  return {
    id: `c${seq}`,
    date: '2025-03-10',
    staffId: 'a',
    employerId: 'e1',
    mode: 'face-to-face',
    clientIds: [],
    createdAt: `2025-03-10T09:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    ...overrides,
  };
}

describe('weekly face-to-face counts (services-6, §4.4)', () => {
  it('counts face-to-face only, per ISO week, Sunday in the old week and Monday in the new', () => {
    const weeks = lastWeeks('2025-03-10', 2); // W10 (3–9 Mar), W11 (10–16 Mar)
    const counts = weeklyFaceToFaceCounts(
      [
        contact({ date: '2025-03-09' }),
        contact({ date: '2025-03-10' }),
        contact({ date: '2025-03-10', mode: 'phone' }),
        contact({ date: '2025-03-16', staffId: 'b' }),
        contact({ date: '2025-03-17', staffId: 'b' }),
        contact({ date: '2025-03-02' }),
        contact({ staffId: 'nobody' }),
      ],
      ['a', 'b'],
      weeks,
    );
    expect(counts.get('a')).toEqual([1, 1]);
    expect(counts.get('b')).toEqual([0, 1]);
  });
});

describe('weeklyContactRate (evidence-rules §3 services-6)', () => {
  it('divides each counted specialist’s face-to-face contacts by the weeks in the period and averages', () => {
    const contacts = [
      ...Array.from({ length: 12 }, () => contact({ staffId: 'a', date: '2025-03-05' })),
      ...Array.from({ length: 6 }, () => contact({ staffId: 'b', date: '2025-03-14' })),
      contact({ staffId: 'b', date: '2025-03-14', mode: 'email' }),
      contact({ staffId: 'b', date: '2025-03-17' }), // after the period
      contact({ staffId: 'c', date: '2025-03-05' }), // fte 0, not counted
    ];
    const rate = weeklyContactRate(
      contacts,
      [
        { id: 'a', fte: 1 },
        { id: 'b', fte: 0.5 },
        { id: 'c', fte: 0 },
      ],
      { from: '2025-03-03', to: '2025-03-16' },
    );
    expect(rate?.perSpecialist.get('a')).toBe(6);
    expect(rate?.perSpecialist.get('b')).toBe(3);
    expect(rate?.value).toBe(4.5);
    expect(rate?.basis).toBe(2);
    expect(rate?.perSpecialist.has('c')).toBe(false);
  });

  it('uses days ÷ 7 for a period that is not whole weeks, and is absent with nobody counted', () => {
    const rate = weeklyContactRate([contact({ date: '2025-03-01' })], [{ id: 'a', fte: 1 }], { from: '2025-03-01', to: '2025-03-14' });
    expect(rate?.value).toBeCloseTo(0.5);
    expect(weeklyContactRate([], [{ id: 'a', fte: 0 }], { from: '2025-03-01', to: '2025-03-07' })).toBeNull();
  });
});

describe('visit numbers (§4.4)', () => {
  it('numbers each employer’s contacts by date, then by when they were recorded', () => {
    const late = contact({ id: 'late', date: '2025-03-12', createdAt: '2025-03-01T00:00:00.000Z' });
    const first = contact({ id: 'first', date: '2025-03-10', createdAt: '2025-03-10T10:00:00.000Z' });
    const second = contact({ id: 'second', date: '2025-03-10', createdAt: '2025-03-10T11:00:00.000Z' });
    const other = contact({ id: 'other', employerId: 'e2', date: '2025-03-20' });
    const numbers = visitNumbers([late, second, other, first]);
    expect(Object.fromEntries(numbers)).toEqual({ first: 1, second: 2, late: 3, other: 1 });
  });
});

describe('duplicate employer names', () => {
  it('ignores case, surrounding and repeated whitespace, and Unicode composition', () => {
    expect(employerNameKey('  Kahvila   Ääni ')).toBe('kahvila ääni');
    expect(employerNameKey('Kahvila A\u0308a\u0308ni')).toBe(employerNameKey('KAHVILA ÄÄNI'));
    const employers = [
      { id: '1', name: 'Kahvila Ääni' },
      { id: '2', name: 'Kahvila Ääni Oy' },
      { id: '3', name: 'kahvila  ääni' },
    ];
    expect(findDuplicateEmployers('KAHVILA A\u0308A\u0308NI', employers).map((e) => e.id)).toEqual(['1', '3']);
    expect(findDuplicateEmployers('Kahvila Ääni', employers, '1').map((e) => e.id)).toEqual(['3']);
    expect(findDuplicateEmployers('   ', employers)).toEqual([]);
    expect(duplicateGroups(employers).map((g) => g.map((e) => e.id))).toEqual([['1', '3']]);
  });
});

describe('days to the first face-to-face employer contact (services-4 rule)', () => {
  const contacts = [
    contact({ date: '2025-01-05', clientIds: ['k1'] }), // before the start
    contact({ date: '2025-01-20', clientIds: ['k1'], mode: 'phone' }), // not face-to-face
    contact({ date: '2025-02-01', clientIds: ['k2', 'k1'] }),
  ];
  it('takes the earliest face-to-face contact or job start on or after the start and by `to`', () => {
    expect(daysToFirstEmployerContact('2025-01-10', contacts, [], 'k1', '2025-12-31')).toEqual({ date: '2025-02-01', days: 22 });
    expect(daysToFirstEmployerContact('2025-01-10', contacts, ['2025-01-25'], 'k1', '2025-12-31')).toEqual({
      date: '2025-01-25',
      days: 15,
    });
    expect(daysToFirstEmployerContact('2025-02-01', contacts, [], 'k1', '2025-12-31')).toEqual({ date: '2025-02-01', days: 0 });
  });
  it('is null without a start, or with no contact yet by `to`', () => {
    expect(daysToFirstEmployerContact(null, contacts, [], 'k1', '2025-12-31')).toBeNull();
    expect(daysToFirstEmployerContact('2025-01-10', contacts, [], 'k1', '2025-01-31')).toBeNull();
    expect(daysToFirstEmployerContact('2025-01-10', contacts, [], 'k3', '2025-12-31')).toBeNull();
  });
});

describe('follow-up state', () => {
  it('is overdue before today, due today and to the end of the week, later after', () => {
    expect(followUpState('2025-03-11', '2025-03-12', '2025-03-16')).toBe('overdue');
    expect(followUpState('2025-03-12', '2025-03-12', '2025-03-16')).toBe('due');
    expect(followUpState('2025-03-16', '2025-03-12', '2025-03-16')).toBe('due');
    expect(followUpState('2025-03-17', '2025-03-12', '2025-03-16')).toBe('later');
  });
});
