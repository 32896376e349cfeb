import type { ReactElement } from 'react';
import type { FallbackAdvisor } from '../../families/fallback/fallbackSurfaces.js';
import type { FallbackNoticeProps } from './FallbackNotice.types.js';
import { renderFallbackNotice_unstable } from './renderFallbackNotice.js';
import { useFallbackNoticeWith } from './useFallbackNotice.js';

/** The notice's words and actions, in the panel's chunk (fetched when the advisor first makes an offer). */
export function FallbackNoticeView({
  advisor,
  ...props
}: FallbackNoticeProps & { readonly advisor: FallbackAdvisor }): ReactElement | null {
  return renderFallbackNotice_unstable(useFallbackNoticeWith(props, advisor));
}
