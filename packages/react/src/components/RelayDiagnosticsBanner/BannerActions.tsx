import { mergeClasses, useMessageBarContext } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useActionsClassName } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * @internal The actions row of the banner and the muted notice, in a multiline Fluent `MessageBar`: where and as
 * `MessageBarActions` lays its actions out, and registered with the `MessageBar` (its `actionsRef`), which announces the
 * actions' text with the message. Fluent's `MessageBarActions` would add about 1 kB gzip (its styles and a button
 * context for Fluent `Button`s, which the kit's link-styled actions do not use) to the chunk every call screen loads.
 */
export function BannerActions(props: { readonly children: ReactNode }): ReactElement {
  const { actionsRef } = useMessageBarContext();
  return (
    <div ref={actionsRef} className={mergeClasses('fui-MessageBarActions', useActionsClassName())}>
      {props.children}
    </div>
  );
}
