import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { RelayDiagnosticsBannerClasses, RelayDiagnosticsBannerState } from './RelayDiagnosticsBanner.types.js';
import { useActionLinkClassName } from './useActionLinkStyles.styles.js';

/** Class names of the banner's parts, for app CSS that needs a stable hook. */
export const relayDiagnosticsBannerClassNames = {
  root: 'cdk-RelayDiagnosticsBanner',
  body: 'cdk-RelayDiagnosticsBanner__body',
  meta: 'cdk-RelayDiagnosticsBanner__meta',
  primaryAction: 'cdk-RelayDiagnosticsBanner__primaryAction',
  secondaryAction: 'cdk-RelayDiagnosticsBanner__secondaryAction',
} as const;

/** @internal The static class names, before styling (the state hook's `classes`). */
export const relayDiagnosticsBannerBaseClasses: RelayDiagnosticsBannerClasses = { ...relayDiagnosticsBannerClassNames };

// Atomic classes on the Fluent parts (a Fluent component has a reset class of its own: Griffel allows one per element)
// and on the primary action (which has the link's reset class); a reset class (compact CSS) on the kit's own meta line.
const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalS },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  // The banner's actions are links; the one to press first is set in semibold.
  primaryAction: { fontWeight: tokens.fontWeightSemibold },
});
const useMetaClassName = makeResetStyles({
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: tokens.spacingHorizontalM,
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground2,
});

/** Adds the banner's styles to the state's classes; `className` is merged last over the root. */
export function useRelayDiagnosticsBannerStyles_unstable(
  state: RelayDiagnosticsBannerState,
  className?: string,
): RelayDiagnosticsBannerState {
  const s = useStyles();
  const c = state.classes;
  const classes: RelayDiagnosticsBannerClasses = {
    root: mergeClasses(c.root, s.root, className),
    body: mergeClasses(c.body, s.body),
    meta: mergeClasses(c.meta, useMetaClassName()),
    primaryAction: mergeClasses(c.primaryAction, s.primaryAction),
    secondaryAction: mergeClasses(c.secondaryAction),
    action: useActionLinkClassName(),
  };
  return { ...state, classes };
}
