import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelDialog } from './PanelDialog.js';

afterEach(() => cleanup());

/** An opener, another button, and the dialog while `open`; `onDismiss` closes it. */
function Page({ onDismiss = () => {} }: { readonly onDismiss?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Elsewhere</button>
      {open && (
        <PanelDialog
          className="panel"
          labelledBy="title"
          onDismiss={() => {
            onDismiss();
            setOpen(false);
          }}
        >
          <h2 id="title">Panel</h2>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </PanelDialog>
      )}
    </>
  );
}

// jsdom has no showModal(): the dialog opens with its `open` attribute, and the browser's own focus restoration on
// close() does not happen, so what the kit does itself is what these tests see (Chromium: PanelDialog.browser.test).
describe('PanelDialog without showModal (jsdom)', () => {
  it('opens named by its title, and closing from inside gives the focus back to the opener', () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    expect(screen.getByRole('dialog', { name: 'Panel' })).toHaveAttribute('open');
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus where the app put it outside the dialog', () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(elsewhere);
  });

  it('Escape asks to close once and stops the browser’s own close; other keys do nothing', () => {
    const onDismiss = vi.fn();
    render(<Page onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Panel' });
    fireEvent.keyDown(dialog, { key: 'Enter' });
    expect(onDismiss).not.toHaveBeenCalled();
    const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      dialog.dispatchEvent(escapeKey);
    });
    expect(escapeKey.defaultPrevented).toBe(true);
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a cancel (Android back, another close request) asks to close and is prevented', () => {
    const onDismiss = vi.fn();
    render(<Page onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const cancel = new Event('cancel', { cancelable: true });
    const dialog = screen.getByRole('dialog', { name: 'Panel' });
    act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
