import type { DiagnosticEvent, SourceIssueReason } from '../events.js';
import type { ListenerBag } from './listenerBag.js';
import type { CallLike } from './types.js';

/** What following a call's UFD feature needs from the call's attachment (`attachCall`). */
export interface UfdAttachment {
  readonly call: CallLike;
  readonly now: () => number;
  /** Where the emitters' subscriptions go (released on detach). */
  readonly listeners: ListenerBag;
  /** Sends an event to the sink, unless detached. */
  emit(event: DiagnosticEvent): void;
  /** Sends a `sourceIssue`. */
  issue(reason: SourceIssueReason, detail: string): void;
  /** True once detached: a late SDK load must not touch the call any more. */
  isDetached(): boolean;
}
