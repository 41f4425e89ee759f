import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REFERRAL_SOURCES,
  RETIRED_REFERRAL_SOURCES,
  defaultSourceOf,
  defaultSourceRef,
  offeredDefaultSources,
} from '../../../src/domain/caseload/referral-sources';
import fiCaseload from '../../../src/i18n/fi/caseload.json';
import enCaseload from '../../../src/i18n/en/caseload.json';

// Issue 16: new clients get today's structure (TE24, 1 January 2025); clients recorded with a
// source of the old structure keep it, and it keeps its name.
describe('referral sources after TE24', () => {
  it('offers the employment area and Kela, and no longer the TE services or the municipal trial', () => {
    expect(DEFAULT_REFERRAL_SOURCES).toContain('employment-area');
    expect(DEFAULT_REFERRAL_SOURCES).toContain('kela-rehabilitation');
    for (const retired of RETIRED_REFERRAL_SOURCES) expect(DEFAULT_REFERRAL_SOURCES).not.toContain(retired);
    expect(offeredDefaultSources(defaultSourceRef('typ'))).toEqual(DEFAULT_REFERRAL_SOURCES);
    expect(offeredDefaultSources('own-source-id')).toEqual(DEFAULT_REFERRAL_SOURCES);
  });

  it('a client stored with an old source keeps it: it resolves, is offered while editing, and has a name', () => {
    expect(defaultSourceOf('default:employment-trial')).toBe('employment-trial');
    expect(defaultSourceOf('default:employment-services')).toBe('employment-services');
    expect(offeredDefaultSources('default:employment-trial')).toEqual([...DEFAULT_REFERRAL_SOURCES, 'employment-trial']);
    for (const messages of [fiCaseload, enCaseload]) {
      const names = messages.referralSources as Record<string, string>;
      for (const key of [...DEFAULT_REFERRAL_SOURCES, ...RETIRED_REFERRAL_SOURCES]) expect(names[key], key).toBeTruthy();
    }
    expect(fiCaseload.referralSources['employment-trial']).toMatch(/^Kuntakokeilu/);
    expect(fiCaseload.referralSources['employment-area']).toBe('Työllisyysalueen työllisyyspalvelut');
  });

  it('names no current source after the TE offices or the municipal trials', () => {
    for (const key of DEFAULT_REFERRAL_SOURCES) expect(fiCaseload.referralSources[key]).not.toMatch(/TE-|kuntakokeilu/i);
  });
});
