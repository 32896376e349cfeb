import { describe, expect, it } from 'vitest';
import { dialInFromConferencePhones, dialInFromTeams, dialInLink, normalizeDialIn } from './dialIn.js';

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

  it('trims what it keeps: the number shown, the conference ID and the dialinUrl', () => {
    expect(
      normalizeDialIn({
        conferenceId: '  123 456  ',
        tollNumbers: ['  +1 206 555 0100  ', '   '],
        tollFreeNumbers: [' 0800 555 0199 '],
        dialinUrl: '  https://dialin.example/x  ',
      }),
    ).toEqual({
      info: {
        conferenceId: '123456',
        numbers: [
          { display: '+1 206 555 0100', dial: '+12065550100', tollFree: false },
          { display: '0800 555 0199', dial: '08005550199', tollFree: true },
        ],
        dialinUrl: 'https://dialin.example/x',
        source: 'app',
      },
    });
  });

  it('a number of a lone "+" or with no digit, and a number that is not a string, are left out', () => {
    const { info } = normalizeDialIn({
      conferenceId: '9',
      tollNumbers: ['+', '+ ext', 12065550100, null],
      tollFreeNumbers: ['+1 800 555 0199'],
    });
    expect(info?.numbers).toEqual([{ display: '+1 800 555 0199', dial: '+18005550199', tollFree: true }]);
  });

  it('tollNumbers or tollFreeNumbers that are not a list count as none', () => {
    expect(normalizeDialIn({ conferenceId: '9', tollNumbers: 'x', tollFreeNumbers: ['+1 800 555 0199'] })).toEqual({
      info: {
        conferenceId: '9',
        numbers: [{ display: '+1 800 555 0199', dial: '+18005550199', tollFree: true }],
        source: 'app',
      },
    });
  });

  it.each([
    'http://dialin.example/x',
    'javascript:alert(1)//https://dialin.example',
    'see https://dialin.example/x',
    'https://dialin.example/a b',
    'https://',
    42,
  ])('dialinUrl %j is dropped (https only, the whole value one URL)', (dialinUrl) => {
    const { info } = normalizeDialIn({ conferenceId: '9', tollNumbers: ['+1 206 555 0100'], dialinUrl });
    expect(info).toEqual({
      conferenceId: '9',
      numbers: [{ display: '+1 206 555 0100', dial: '+12065550100', tollFree: false }],
      source: 'app',
    });
  });

  it('an https dialinUrl is kept whatever the case of its scheme', () => {
    const dialinUrl = 'HTTPS://dialin.example/x';
    expect(normalizeDialIn({ conferenceId: '9', tollNumbers: ['1'], dialinUrl }).info?.dialinUrl).toBe(dialinUrl);
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

  it('keeps only the digits of the conference ID, skips empty entries, and leaves out a blank country or city', () => {
    expect(
      dialInFromTeams({
        phoneConferenceId: ' 987 654-321 ',
        phoneNumbers: [
          null,
          { tollFreePhoneNumber: { phoneNumber: '0800 555 0100' }, countryName: '  ', cityName: ' Leeds ' },
          { tollPhoneNumber: { phoneNumber: 'ask reception' }, countryName: 'Nowhere' },
          { tollPhoneNumber: { phoneNumber: '020 7946 0000' }, countryName: ' United Kingdom ', cityName: '' },
        ],
      }),
    ).toEqual({
      conferenceId: '987654321',
      numbers: [
        { display: '020 7946 0000', dial: '02079460000', tollFree: false, country: 'United Kingdom' },
        { display: '0800 555 0100', dial: '08005550100', tollFree: true, city: 'Leeds' },
      ],
      source: 'teams',
    });
  });

  it.each([
    undefined,
    null,
    '123456789',
    42,
    {},
    { phoneConferenceId: '1' },
    { phoneConferenceId: 'abc', phoneNumbers: [{ tollPhoneNumber: { phoneNumber: '+1 206 555 0100' } }] },
    { phoneConferenceId: '1', phoneNumbers: 'x' },
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

  it('keeps only the digits of the conference ID', () => {
    expect(dialInLink({ dial: '02079460000' }, ' 123 456-789 ')).toBe('tel:02079460000,,123456789%23');
  });
});

describe('dialInFromConferencePhones (the UI library’s ConferencePhoneInfo[])', () => {
  it('reads every number of the conference, toll numbers first, with its country and city', () => {
    expect(
      dialInFromConferencePhones([
        { phoneNumber: '+1 800 555 0199', conferenceId: '123 456 789', isTollFree: true, country: 'United States' },
        { phoneNumber: ' +1 206 555 0100 ', conferenceId: '123456789', isTollFree: false, city: 'Seattle' },
        { phoneNumber: '+44 20 7946 0000', conferenceId: '123456789', country: 'United Kingdom', city: 'London' },
      ]),
    ).toEqual({
      conferenceId: '123456789',
      numbers: [
        { display: '+1 206 555 0100', dial: '+12065550100', tollFree: false, city: 'Seattle' },
        {
          display: '+44 20 7946 0000',
          dial: '+442079460000',
          tollFree: false,
          country: 'United Kingdom',
          city: 'London',
        },
        { display: '+1 800 555 0199', dial: '+18005550199', tollFree: true, country: 'United States' },
      ],
      source: 'teams',
    });
  });

  it('skips entries without a conference ID or a number with a digit; the first usable entry’s conference wins', () => {
    expect(
      dialInFromConferencePhones([
        null,
        { phoneNumber: '+1 206 555 0100' },
        { phoneNumber: '+1 206 555 0100', conferenceId: 'none' },
        { conferenceId: '111' },
        { phoneNumber: 'call us', conferenceId: '111' },
        { phoneNumber: '+44 20 7946 0000', conferenceId: '222' },
        { phoneNumber: '+1 206 555 0100', conferenceId: '111' },
        { phoneNumber: '+1 800 555 0199', conferenceId: '2-2-2', isTollFree: true },
      ]),
    ).toEqual({
      conferenceId: '222',
      numbers: [
        { display: '+44 20 7946 0000', dial: '+442079460000', tollFree: false },
        { display: '+1 800 555 0199', dial: '+18005550199', tollFree: true },
      ],
      source: 'teams',
    });
  });

  it.each([
    undefined,
    null,
    {},
    '+1 206 555 0100',
    [],
    [null, { conferenceId: '1' }, { phoneNumber: '+1 206 555 0100' }],
  ])('%j → nothing', (phones) => {
    expect(dialInFromConferencePhones(phones)).toBeUndefined();
  });
});
