/**
 * The E-model (ITU-T G.107) in the simplified form Twilio and others use for a live call: an R factor from the delay
 * and the loss, mapped to a mean opinion score.
 */

/**
 * The estimated MOS of a call path with these figures: effective latency = RTT + 2 × jitter + 10 ms;
 * R = 94.768 − latency / 40 below 160 ms, else 94.768 − (latency − 120) / 10 (the two lines meet at 160 ms, so R is
 * 94.768 minus the larger of the two); R −= 2.5 per 1 % of loss, and no less than 0; MOS = 1 + 0.035 R +
 * 7·10⁻⁶ R (R − 60) (100 − R), no less than 1. R is at most 94.518 (10 ms of latency), so the MOS is at most 4.43.
 */
export function estimateMos(rttMs: number, jitterMs: number, lossPercent: number): number {
  const latency = rttMs + 2 * jitterMs + 10;
  const r = Math.max(0, 94.768 - Math.max(latency / 40, (latency - 120) / 10) - 2.5 * lossPercent);
  // The polynomial dips just under 1 for R below about 6.5.
  return Math.max(1, 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r));
}
