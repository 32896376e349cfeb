/**
 * Which operating system and browser family the person uses, for the steps to allow a device: macOS has its own
 * privacy settings; Chromium browsers (Edge, Chrome), Safari and Firefox each keep site permissions in another place.
 */
export interface ClientPlatform {
  /** `macos` when the operating system is macOS. */
  readonly os: 'macos' | 'other';
  /** The browser family. */
  readonly browser: 'chromium' | 'safari' | 'firefox';
}

interface NavigatorLike {
  readonly userAgent?: string;
  readonly platform?: string;
  readonly userAgentData?: { readonly platform?: string };
}

/** Reads the platform from `navigator` (Chromium and the other defaults outside a browser). */
export function detectPlatform(
  nav: NavigatorLike | undefined = (globalThis as { navigator?: NavigatorLike }).navigator,
): ClientPlatform {
  const ua = nav?.userAgent ?? '';
  const platform = nav?.userAgentData?.platform ?? nav?.platform ?? '';
  const os = /mac/i.test(platform) || /Macintosh|Mac OS X/.test(ua) ? 'macos' : 'other';
  const browser = /Firefox\//.test(ua)
    ? 'firefox'
    : /Safari\//.test(ua) && !/Chrome\/|Chromium\/|Edg\//.test(ua)
      ? 'safari'
      : 'chromium';
  return { os, browser };
}
