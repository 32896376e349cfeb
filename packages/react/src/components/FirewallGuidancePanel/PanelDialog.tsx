import { useIsomorphicLayoutEffect } from '@fluentui/react-components';
import { type ReactElement, type ReactNode, useRef } from 'react';

export interface PanelDialogProps {
  /** The dialog's classes (its side, size and look). */
  readonly className: string;
  /** The id of the element that names the dialog (its title). */
  readonly labelledBy: string;
  /** Asked to close: Escape, another close request of the browser (Android's back), a click on the backdrop. */
  readonly onDismiss: () => void;
  readonly children: ReactNode;
}

/** Gives the focus back to `opener` when the closing dialog left it nowhere (on the page's body, or inside itself). */
function giveFocusBack(opener: Element | null, dialog: HTMLDialogElement): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
  const active = dialog.ownerDocument.activeElement;
  if (!active || active === dialog.ownerDocument.body || dialog.contains(active)) opener.focus();
}

/**
 * The guidance panel's modal surface, a native `<dialog>` shown with `showModal()`: the browser makes the page behind
 * inert (focus stays inside; assistive technology sees only the dialog), puts it in the top layer above the app's own
 * stacking, and names it by its title. Escape, the browser's other close requests and a click on the backdrop ask
 * `onDismiss`; focus goes back to what had it when the dialog opened. Rendered only while open; on the server, a
 * closed `<dialog>` (shown once hydrated). Where `showModal` is missing (jsdom) it is opened with the `open` attribute. No Fluent Drawer, Dialog or
 * focus-trap library: they were 15 kB gzip of the panel's 30 kB chunk.
 */
export function PanelDialog({ className, labelledBy, onDismiss, children }: PanelDialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  /** Whether the pointer went down on the backdrop (so a text selection dragged out of the panel closes nothing). */
  const downOnBackdrop = useRef(false);
  // Before paint (no frame of a dialog that is not modal yet); nothing, and no React warning, on the server.
  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = dialog.ownerDocument.activeElement;
    if (typeof dialog.showModal !== 'function') dialog.setAttribute('open', '');
    else if (!dialog.open) dialog.showModal();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      giveFocusBack(opener, dialog);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      onKeyDown={(event) => {
        // Before the browser's own close request (which would close the dialog under React's feet): the app decides.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onDismiss();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      onPointerDown={(event) => {
        downOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // The content fills the dialog, so only the backdrop is the dialog itself.
        if (event.target === event.currentTarget && downOnBackdrop.current) onDismiss();
        downOnBackdrop.current = false;
      }}
    >
      {children}
    </dialog>
  );
}
