import { useCallback, useEffect, useRef, useState } from 'react';

/** `idle` → `copied` or `failed` after a copy; back to `idle` after `resetMs`. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Writes text to the clipboard; returns false when it is absent or denied (never throws). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy with a status for the UI; the reset timer is cleared on unmount. */
export function useCopyToClipboard(resetMs = 4000): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);
  const copy = useCallback(
    async (text: string) => {
      const ok = await copyText(text);
      if (!mounted.current) return;
      setStatus(ok ? 'copied' : 'failed');
      clearTimeout(timer.current);
      // A failure stays visible (the text is shown for manual copying); success fades back.
      if (ok) timer.current = setTimeout(() => mounted.current && setStatus('idle'), resetMs);
    },
    [resetMs],
  );
  return [status, copy];
}
