/** How long after the panel closes its opener may take the focus back (the dialog gives it back at once). */
const RETURN_WITHIN_MS = 1000;
const POLL_MS = 50;

/**
 * Gives the focus back to `opener` (what opened the panel) once the closing panel has let it go (the focus is on the
 * page's body), if `opener` is still there; leaves it wherever the dialog or the app put it. Returns a cancel.
 */
export function returnFocusWhenLost(opener: HTMLElement): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const active = opener.ownerDocument.activeElement;
    if ((!active || active === opener.ownerDocument.body) && opener.isConnected) opener.focus();
    else if (active?.closest('[role="dialog"]') && Date.now() - started < RETURN_WITHIN_MS)
      timer = setTimeout(check, POLL_MS);
  };
  timer = setTimeout(check, POLL_MS);
  return () => clearTimeout(timer);
}
