/**
 * Where the support report finds a diagnostics object's quality log: the quality sessions register it here (a tiny
 * module both chunks share, so the report's chunk does not carry the session's code).
 */
import type { QualitySession } from '@call-diagnostics/core';

const logs = new WeakMap<object, () => ReturnType<QualitySession['getLog']>>();

/** Registers the log of `diagnostics`' quality session (the latest one wins). */
export function registerQualityLog(diagnostics: object, getLog: () => ReturnType<QualitySession['getLog']>): void {
  logs.set(diagnostics, getLog);
}

/** The quality log of `diagnostics`, when a quality session ran for it. */
export function qualityLogOf(diagnostics: object): ReturnType<QualitySession['getLog']> | undefined {
  return logs.get(diagnostics)?.();
}
