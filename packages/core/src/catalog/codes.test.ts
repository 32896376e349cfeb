import { describe, expect, it } from 'vitest';
import { CALL_END_CODES, formatCallEndCode, isRelayFailure, lookupCallEnd } from './codes.js';
import { ACS_FIREWALL_PUBLIC, describeFirewallRules } from './firewall.js';
import { callEndMeaning } from './meanings.js';

describe('call end catalog', () => {
  it.each([
    [410, 3112, 'relaysNotReachable', 'fix-network'],
    [410, 3100, 'setupNetworkUnexpected', 'retry'],
    [410, 3101, 'droppedNetworkUnexpected', 'retry'],
    [410, 3111, 'mediaOfferFailed', 'retry'],
    [410, 301004, 'noMediaConnectivitySetup', 'fix-network'],
    [410, 301005, 'mediaConnectivityLost', 'update-environment'],
    [490, 4502, 'httpRequestFailed', 'retry'],
    [496, 7, 'networkLostNoReconnect', 'retry'],
    [408, 40114, 'infrastructureUnreachable', 'fix-network'],
    [410, 9999, 'mediaStackError', 'update-environment'],
    [491, 1, 'localNetworkIssue', 'fix-network'],
    [503, undefined, 'serviceError', 'contact-support'],
  ])('%i/%s → %s', (code, subCode, key, action) => {
    expect(lookupCallEnd(code, subCode)).toMatchObject({ key, action });
  });
  it('has no entry for normal or unrelated ends and bad input', () => {
    expect(lookupCallEnd(0, 0)).toBeUndefined();
    expect(lookupCallEnd(603, 0)).toBeUndefined();
    expect(lookupCallEnd('410', 3112)).toBeUndefined();
    expect(lookupCallEnd(Number.NaN)).toBeUndefined();
  });
  it('every row names a category, action and severity', () => {
    for (const row of CALL_END_CODES) {
      expect(row.category).toBeTruthy();
      expect(row.action).toBeTruthy();
      expect(callEndMeaning(row)?.length).toBeGreaterThan(10);
    }
  });
  it('formats codes the ACS way', () => {
    expect(formatCallEndCode(410, 3112)).toBe('410/3112');
    expect(formatCallEndCode(503)).toBe('503');
    expect(isRelayFailure(410, 3112)).toBe(true);
    expect(isRelayFailure(410, 3111)).toBe(false);
  });
});

describe('firewall requirements', () => {
  it('holds the documented media and signalling rules', () => {
    const lines = describeFirewallRules(ACS_FIREWALL_PUBLIC);
    expect(lines).toContain('UDP 3478–3481 → 20.202.0.0/16 (media)');
    expect(lines).toContain('TCP 443 → 20.202.0.0/16 (media)');
    expect(lines.join('\n')).toContain('*.skype.com');
  });
});
