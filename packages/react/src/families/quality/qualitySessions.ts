/**
 * The quality sessions of the provider's diagnostics objects, shared by every reader (the indicator, `useCallQuality`,
 * the fallbacks) and counted: the first reader starts one (a media statistics collector on the call), the last one
 * to leave stops it. A chunk of its own: a call screen that never reads quality never downloads it.
 */
import {
  type DiagnosticsSource,
  type FeaturesLike,
  type QualitySession,
  startQualitySession,
} from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { registerQualityLog } from './qualityLogs.js';

interface Entry {
  readonly source: DiagnosticsSource | undefined;
  readonly session: QualitySession;
  readers: number;
}

const sessions = new WeakMap<object, Entry>();

/** A reader's hold on the session of `diagnostics` following `source`; `release()` once, when it stops reading. */
export function acquireQualitySession(
  diagnostics: DiagnosticsSourceLike,
  source: DiagnosticsSource | undefined,
  features: FeaturesLike | undefined,
): { readonly session: QualitySession; readonly release: () => void } {
  let entry = sessions.get(diagnostics);
  if (entry && entry.source !== source) {
    entry.session.stop();
    entry = undefined;
  }
  if (!entry) {
    const session = startQualitySession(diagnostics as Parameters<typeof startQualitySession>[0], source, { features });
    entry = { source, session, readers: 0 };
    sessions.set(diagnostics, entry);
    registerQualityLog(diagnostics, session.getLog);
  }
  const held = entry;
  held.readers += 1;
  let released = false;
  return {
    session: held.session,
    release() {
      if (released) return;
      released = true;
      held.readers -= 1;
      if (held.readers === 0 && sessions.get(diagnostics) === held) {
        held.session.stop();
        sessions.delete(diagnostics);
      }
    },
  };
}
