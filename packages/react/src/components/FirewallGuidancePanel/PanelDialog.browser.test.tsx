import { createDiagnosticsStore } from '@call-diagnostics/core';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { FirewallGuidancePanel } from './FirewallGuidancePanel.js';

// Wider than the panel (37rem), so its side shows.
beforeAll(() => page.viewport(1280, 800));
afterEach(() => cleanup());

const store = createDiagnosticsStore();

/** A page with an opener and the panel, controlled, in `dir`. */
function Page({ dir = 'ltr', position }: { readonly dir?: 'ltr' | 'rtl'; readonly position?: 'start' | 'end' }) {
  const [open, setOpen] = useState(false);
  return (
    <FluentProvider theme={webLightTheme} dir={dir}>
      <button type="button" onClick={() => setOpen(true)}>
        Open the panel
      </button>
      <button type="button">Behind the panel</button>
      <FirewallGuidancePanel
        diagnostics={store}
        open={open}
        onOpenChange={setOpen}
        {...(position ? { position } : {})}
      />
    </FluentProvider>
  );
}

const dialog = () => screen.getByRole('dialog', { name: 'Check your firewall and network' }) as HTMLDialogElement;

// The panel is a native modal <dialog>: what Fluent's drawer and tabster did (a modal layer, a focus trap, Escape, the
// backdrop, focus return, the side in RTL), the browser and the kit's dialog do now. Checked in real Chromium.
describe('the guidance panel’s dialog in real Chromium', () => {
  it('is modal: the page behind is inert, focus is inside, Escape closes and gives focus back', async () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open the panel' });
    await userEvent.click(opener);
    await waitFor(() => expect(dialog()).toBeVisible());
    expect(dialog().matches(':modal')).toBe(true);
    expect(dialog().contains(document.activeElement)).toBe(true);
    // The page behind is inert: it cannot take the focus, even from script.
    const behind = screen.getByRole('button', { name: 'Behind the panel' });
    behind.focus();
    expect(document.activeElement).not.toBe(behind);
    expect(dialog().contains(document.activeElement)).toBe(true);
    for (let i = 0; i < 25; i++) await userEvent.keyboard('{Tab}');
    expect(document.activeElement === document.body || dialog().contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(screen.getByRole('button', { name: 'Behind the panel' })).toBeVisible();
  });

  it('a click on the backdrop closes it; a press in the panel released on the backdrop does not', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Open the panel' }));
    await waitFor(() => expect(dialog()).toBeVisible());
    const panel = dialog();
    const rect = panel.getBoundingClientRect();
    const onBackdrop = { clientX: rect.left - 40, clientY: rect.top + 40, bubbles: true };
    // What the browser hits at a point left of the panel is the dialog itself (its backdrop).
    expect(document.elementFromPoint(onBackdrop.clientX, onBackdrop.clientY)).toBe(panel);
    const title = screen.getByRole('heading', { name: 'Check your firewall and network' });
    title.dispatchEvent(new PointerEvent('pointerdown', onBackdrop));
    panel.dispatchEvent(new MouseEvent('click', onBackdrop));
    expect(dialog()).toBeVisible();
    panel.dispatchEvent(new PointerEvent('pointerdown', onBackdrop));
    panel.dispatchEvent(new MouseEvent('click', onBackdrop));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('sits at the inline end by default and at the start with position="start", mirrored in RTL', async () => {
    const width = document.documentElement.clientWidth;
    const side = async (dir: 'ltr' | 'rtl', position?: 'start' | 'end') => {
      const view = render(<Page dir={dir} {...(position ? { position } : {})} />);
      await userEvent.click(screen.getByRole('button', { name: 'Open the panel' }));
      await waitFor(() => expect(dialog()).toBeVisible());
      const rect = dialog().getBoundingClientRect();
      view.unmount();
      expect(rect.height).toBeGreaterThan(0);
      expect(rect.width).toBeLessThan(width);
      if (Math.round(rect.right) === width) return 'right';
      return Math.round(rect.left) === 0 ? 'left' : 'neither';
    };
    expect(await side('ltr')).toBe('right');
    expect(await side('rtl')).toBe('left');
    expect(await side('ltr', 'start')).toBe('left');
    expect(await side('rtl', 'start')).toBe('right');
  });
});
