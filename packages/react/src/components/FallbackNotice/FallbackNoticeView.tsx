import type { ReactElement } from 'react';
import type { FallbackNoticeState } from './FallbackNotice.types.js';
import { renderFallbackNotice_unstable } from './renderFallbackNotice.js';

/** The notice's view: a chunk of its own, fetched when an offer is first made. */
export function FallbackNoticeView({ state }: { readonly state: FallbackNoticeState }): ReactElement | null {
  return renderFallbackNotice_unstable(state);
}
