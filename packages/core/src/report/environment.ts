import type { SupportReport } from './types.js';

/** Browser and OS, for a support report (its `environment`). */
export type EnvironmentInfo = SupportReport['environment'];

interface NavigatorLike {
  readonly userAgent?: string;
  readonly platform?: string;
  readonly language?: string;
  readonly onLine?: boolean;
  readonly userAgentData?: {
    readonly platform?: string;
    readonly mobile?: boolean;
    readonly brands?: ReadonlyArray<{ readonly brand: string; readonly version: string }>;
  };
}

/** Reads browser and OS from `navigator` (and `navigator.userAgentData` where the browser has it). Never throws. */
export function readEnvironment(nav?: NavigatorLike): EnvironmentInfo {
  try {
    const n: NavigatorLike = Object(nav ?? (globalThis as { navigator?: NavigatorLike }).navigator);
    const data = n.userAgentData;
    const out: {
      userAgent?: string;
      platform?: string;
      brands?: string[];
      mobile?: boolean;
      language?: string;
      online?: boolean;
    } = {};
    if (typeof n.userAgent === 'string') out.userAgent = n.userAgent;
    const platform = data?.platform || n.platform;
    if (typeof platform === 'string' && platform) out.platform = platform;
    if (Array.isArray(data?.brands)) out.brands = data.brands.map((b) => `${b.brand} ${b.version}`);
    if (typeof data?.mobile === 'boolean') out.mobile = data.mobile;
    if (typeof n.language === 'string') out.language = n.language;
    if (typeof n.onLine === 'boolean') out.online = n.onLine;
    return out;
  } catch {
    return {};
  }
}
