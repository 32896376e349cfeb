import { type ReactElement, useEffect, useRef } from 'react';
import { FirewallGuidancePanel } from './FirewallGuidancePanel.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { returnFocusWhenLost } from './returnFocus.js';

/**
 * The provider's panel once its chunk is there (`LazyFirewallGuidancePanel` renders it, closed until opened): when it
 * closes, focus goes back to what had it when it opened ("Check your network", also when that was pressed before the
 * code arrived: nothing moves the focus meanwhile), if the dialog has not given it back already.
 */
export function ProviderPanel({
  isOpen,
  ...props
}: FirewallGuidancePanelProps & { readonly isOpen: boolean }): ReactElement {
  const wasOpen = useRef(false);
  const opener = useRef<Element | null>(null);
  // What had the focus when the panel opened, read before the dialog moves it in (its effects run before ours).
  if (isOpen && !wasOpen.current && typeof document !== 'undefined') opener.current = document.activeElement;
  wasOpen.current = isOpen;
  useEffect(() => {
    const element = opener.current;
    if (isOpen || !(element instanceof HTMLElement)) return undefined;
    opener.current = null;
    return returnFocusWhenLost(element);
  }, [isOpen]);
  return <FirewallGuidancePanel {...props} />;
}
