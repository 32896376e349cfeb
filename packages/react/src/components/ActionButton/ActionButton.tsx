import type { ButtonHTMLAttributes, ReactElement } from 'react';
import { useActionButtonClassName } from './useActionButtonStyles.styles.js';

/** Props of {@link ActionButton}: a native button's, with a Fluent Button's appearance and size. */
export interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  /** Fluent's appearances the kit uses: `secondary` (the default), `primary`, `subtle`. */
  readonly appearance?: 'secondary' | 'primary' | 'subtle' | undefined;
  /** `medium` (the default) or `small`. */
  readonly size?: 'small' | 'medium' | undefined;
}

/**
 * The kit's action button: a native `<button type="button">` with a Fluent v9 Button's look (tokens only), used by the
 * guidance panel, the support report's actions and Join by phone. Keyboard, focus and the accessible name are the
 * browser's own; the focus ring is Fluent's.
 */
export function ActionButton({
  appearance = 'secondary',
  size = 'medium',
  className,
  ...props
}: ActionButtonProps): ReactElement {
  return <button {...props} type="button" className={useActionButtonClassName(appearance, size, className)} />;
}
