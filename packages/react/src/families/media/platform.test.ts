import { describe, expect, it } from 'vitest';
import { detectPlatform } from './platform.js';

const UA = {
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  winEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

describe('detectPlatform', () => {
  it.each([
    [UA.macChrome, { os: 'macos', browser: 'chromium' }],
    [UA.macSafari, { os: 'macos', browser: 'safari' }],
    [UA.winEdge, { os: 'other', browser: 'chromium' }],
    [UA.linuxFirefox, { os: 'other', browser: 'firefox' }],
  ])('%s', (userAgent, expected) => {
    expect(detectPlatform({ userAgent })).toEqual(expected);
  });

  it('prefers userAgentData.platform, and defaults outside a browser', () => {
    expect(detectPlatform({ userAgent: UA.winEdge, userAgentData: { platform: 'macOS' } }).os).toBe('macos');
    expect(detectPlatform({})).toEqual({ os: 'other', browser: 'chromium' });
  });
});
