import { useEffect, useRef } from 'react';

/** How long after the panel closes its opener may take the focus back (the drawer's exit motion is shorter). */
const RETURN_WITHIN_MS = 1000;
const POLL_MS = 50;

/**
 * Gives the focus back to what opened the panel when the panel closes and the focus is lost (on the page's body), if
 * that element is still there. Fluent's restorer does this when it saw the opener take the focus; it is set up by the
 * panel's drawer, so it can miss an opener pressed before the panel's code arrived: this covers that case (and leaves
 * the focus alone wherever the restorer or the app put it).
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<Element | null>(null);
  const wasOpen = useRef(false);
  // Read when the panel opens, before the drawer moves the focus in (its effects run before this component's).
  if (open && !wasOpen.current && typeof document !== 'undefined') opener.current = document.activeElement;
  wasOpen.current = open;
  useEffect(() => {
    const element = opener.current;
    if (open || !(element instanceof HTMLElement)) return undefined;
    opener.current = null;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const active = element.ownerDocument.activeElement;
      const lost = !active || active === element.ownerDocument.body;
      if (lost && element.isConnected) element.focus();
      else if (active?.closest('[role="dialog"]') && Date.now() - started < RETURN_WITHIN_MS)
        timer = setTimeout(check, POLL_MS);
    };
    timer = setTimeout(check, POLL_MS);
    return () => clearTimeout(timer);
  }, [open]);
}
