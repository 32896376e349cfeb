import { describe, expect, it } from 'vitest';
import { dialInFromTeams, dialInLink, normalizeDialIn } from './dialIn.js';

describe('normalizeDialIn (the app’s details, Graph’s onlineMeeting.audioConferencing)', () => {
  it('keeps digits for dialling and the number as given for reading, toll numbers first', () => {
    const { info } = normalizeDialIn({
      conferenceId: '123 456 789',
      tollNumbers: ['+1 206 555 0100'],
      tollFreeNumbers: ['+1 (800) 555-0199'],
      dialinUrl: 'https://dialin.teams.microsoft.com/abc',
    });
    expect(info).toEqual({
      conferenceId: '123456789',
      numbers: [
        { display: '+1 206 555 0100', dial: '+12065550100', tollFree: false },
        { display: '+1 (800) 555-0199', dial: '+18005550199', tollFree: true },
      ],
      dialinUrl: 'https://dialin.teams.microsoft.com/abc',
      source: 'app',
    });
  });

  it.each([
    [undefined, 'dialIn must be an object with a conferenceId'],
    ['123', 'dialIn must be an object with a conferenceId'],
    [{ tollNumbers: ['+1 206 555 0100'] }, 'dialIn.conferenceId is missing or has no digit'],
    [{ conferenceId: 'abc', tollNumbers: ['+1 206 555 0100'] }, 'dialIn.conferenceId is missing or has no digit'],
    [{ conferenceId: '1' }, 'dialIn has no toll or toll-free number with a digit'],
    [
      { conferenceId: '1', tollNumbers: ['call us', ''], tollFreeNumbers: 'x' },
      'dialIn has no toll or toll-free number with a digit',
    ],
  ])('%j → a problem, no link', (input, problem) => {
    expect(normalizeDialIn(input)).toEqual({ problem });
  });

  it('a number without a digit is left out; a dialinUrl that is not https is dropped', () => {
    const { info } = normalizeDialIn({
      conferenceId: '9',
      tollNumbers: ['n/a', '020 7946 0000'],
      dialinUrl: 'javascript:alert(1)',
    });
    expect(info?.numbers).toEqual([{ display: '020 7946 0000', dial: '02079460000', tollFree: false }]);
    expect(info).not.toHaveProperty('dialinUrl');
  });
});

describe('dialInFromTeams (TeamsMeetingAudioConferencingDetails)', () => {
  it('reads the conference ID and every toll and toll-free number with its place', () => {
    expect(
      dialInFromTeams({
        phoneConferenceId: '987654321',
        phoneNumbers: [
          {
            tollFreePhoneNumber: { phoneNumber: '+1 800 555 0100' },
            tollPhoneNumber: { phoneNumber: '+1 206 555 0100' },
            countryName: 'United States',
            cityName: 'Seattle',
          },
          { tollPhoneNumber: { phoneNumber: '+44 20 7946 0000' }, countryName: 'United Kingdom' },
        ],
      }),
    ).toEqual({
      conferenceId: '987654321',
      numbers: [
        {
          display: '+1 206 555 0100',
          dial: '+12065550100',
          tollFree: false,
          country: 'United States',
          city: 'Seattle',
        },
        { display: '+44 20 7946 0000', dial: '+442079460000', tollFree: false, country: 'United Kingdom' },
        { display: '+1 800 555 0100', dial: '+18005550100', tollFree: true, country: 'United States', city: 'Seattle' },
      ],
      source: 'teams',
    });
  });

  it.each([
    undefined,
    null,
    {},
    { phoneConferenceId: '1' },
    { phoneConferenceId: '1', phoneNumbers: [{}] },
    { phoneNumbers: [] },
  ])('%j → nothing', (details) => {
    expect(dialInFromTeams(details)).toBeUndefined();
  });
});

describe('dialInLink', () => {
  it('dials the number, pauses twice, then enters the conference ID and #', () => {
    const link = dialInLink({ dial: '+12065550100' }, '123456789');
    expect(link).toBe('tel:+12065550100,,123456789%23');
    expect(decodeURIComponent(link)).toBe('tel:+12065550100,,123456789#');
  });
});
