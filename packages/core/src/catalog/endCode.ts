/**
 * The small checks of a call end code, apart from the catalog table (`codes.ts`): the reducer and telemetry run on
 * the first load and need only these.
 */

/** True for the end this kit exists for: 410/3112, no relay candidates. */
export function isRelayFailure(code: number | undefined, subCode: number | undefined): boolean {
  return code === 410 && subCode === 3112;
}

/** Formats a code pair the way ACS documents it: `410/3112`, or `410` without a subcode. */
export function formatCallEndCode(code: number | undefined, subCode?: number | undefined): string {
  if (code === undefined) return '';
  return subCode === undefined ? String(code) : `${code}/${subCode}`;
}
