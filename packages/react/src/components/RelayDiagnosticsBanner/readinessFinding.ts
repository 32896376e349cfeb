// The banner's line about the readiness check run before the call. A chunk of its own, fetched only when the
// provider was given a `readiness` result and the banner shows a relay problem: the readiness strings stay out of
// the provider's first load and out of the banner's chunk.
import type { ReadinessCheckResult, ReadinessReason, ReadinessResult } from '@call-diagnostics/core';
import type { BannerStrings } from '../../localization/bannerStrings.js';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';
import { type ReadinessStrings, readinessEnUS } from '../../localization/readiness/en-US.js';
import { readinessStrings } from '../../localization/readiness/tree.js';
import { formatString } from '../../localization/strings.js';
import { formatReadinessReason } from '../CallReadinessCheck/formatReadiness.js';

/** Reasons that say nothing on their own about which check they belong to ("This check took too long"). */
const GENERIC_REASONS: ReadonlySet<ReadinessReason> = new Set(['not-in-browser', 'timed-out', 'sdk-error', 'aborted']);

/**
 * The check whose finding the in-call banner repeats during a relay problem: the relays check when it did not pass
 * (failed, warned, or not tested: an untested relay path is never reported as fine), otherwise the first check that
 * failed, then the first that warned. Undefined when nothing failed or warned and the relays passed.
 */
function pickReadinessFinding(result: ReadinessResult): ReadinessCheckResult | undefined {
  const relays = result.checks.find((check) => check.id === 'relays');
  if (relays && relays.status !== 'pass') return relays;
  return (
    result.checks.find((check) => check.status === 'fail') ?? result.checks.find((check) => check.status === 'warn')
  );
}

/**
 * The banner's line for a readiness result, in the given readiness strings (`main`: the banner's strings, for the
 * transport names).
 */
function formatReadinessFinding(result: ReadinessResult, strings: ReadinessStrings, main: BannerStrings): string {
  const check = pickReadinessFinding(result);
  if (!check) return strings.inCall.passed;
  const finding = GENERIC_REASONS.has(check.reason)
    ? formatString(strings.untested, { checks: strings.checks[check.id] })
    : // Only `probe.transports` is read, which the banner's strings have.
      formatReadinessReason(check, strings, main as unknown as Pick<CallDiagnosticsStrings, 'probe'>);
  return formatString(strings.inCall.found, { finding });
}

/**
 * The banner's line in the banner's language (`main.locale`: `de-DE`, `zh-TW`…): that locale's readiness strings are
 * fetched (en-US when the kit has none for it, or when the fetch fails: the line in English rather than none).
 */
export async function loadReadinessFinding(result: ReadinessResult, main: BannerStrings): Promise<string> {
  // The readiness tree has no React (a React import would move React into a chunk of its own and cost the first load);
  // a locale chunk that cannot be fetched leaves the line in English rather than none.
  const strings = await readinessStrings.loadTag(main.locale).catch(() => readinessEnUS);
  return formatReadinessFinding(result, strings, main);
}
