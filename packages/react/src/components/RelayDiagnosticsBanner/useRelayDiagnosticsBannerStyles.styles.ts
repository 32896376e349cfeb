import {
  createCustomFocusIndicatorStyle,
  makeResetStyles,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { RelayDiagnosticsBannerClasses, RelayDiagnosticsBannerState } from './RelayDiagnosticsBanner.types.js';

/** Class names of the banner's parts, for app CSS that needs a stable hook. */
export const relayDiagnosticsBannerClassNames = {
  root: 'cdk-RelayDiagnosticsBanner',
  body: 'cdk-RelayDiagnosticsBanner__body',
  title: 'cdk-RelayDiagnosticsBanner__title',
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
  // The title (a Fluent MessageBarTitle's weight: the body sets the rest of its type and stacks it above the
  // sentences) and the action to press first are set in semibold (the actions are links).
  strong: { fontWeight: tokens.fontWeightSemibold },
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
    title: mergeClasses(c.title, s.strong),
    meta: mergeClasses(c.meta, useMetaClassName()),
    primaryAction: mergeClasses(c.primaryAction, s.strong),
    secondaryAction: mergeClasses(c.secondaryAction),
    action: useActionLinkClassName(),
  };
  return { ...state, classes };
}

/**
 * The look of a Fluent `Link` rendered as a button (its default appearance, as in a `MessageBarActions`), for the
 * actions of the banner and the muted notice: native `<button>`s with this class rather than Fluent's `Link`, whose
 * code and styles would add about 2 kB gzip to the chunk every call screen loads. Same tokens, hover and pressed
 * colours, underline, and the focus indicator Fluent draws for keyboard focus; one reset class (no atomic classes).
 */
export const useActionLinkClassName = makeResetStyles({
  backgroundColor: 'transparent',
  border: 'none',
  margin: '0',
  padding: '0',
  color: tokens.colorBrandForegroundLink,
  cursor: 'pointer',
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  textDecorationLine: 'none',
  textDecorationThickness: tokens.strokeWidthThin,
  ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
  ':active': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkPressed },
  ':focus-visible': { outlineStyle: 'none' },
  ...createCustomFocusIndicatorStyle({
    textDecorationColor: tokens.colorStrokeFocus2,
    textDecorationLine: 'underline',
    textDecorationStyle: 'double',
    outlineStyle: 'none',
  }),
});

// The layout of Fluent's `MessageBarActions` in a multiline `MessageBar` (the row below the body, at the end).
/** @internal The actions row's layout (`BannerActions`). */
export const useActionsClassName = makeResetStyles({
  gridArea: 'secondaryActions',
  display: 'flex',
  justifyContent: 'end',
  columnGap: tokens.spacingHorizontalM,
  marginTop: tokens.spacingVerticalMNudge,
  marginBottom: tokens.spacingVerticalS,
  paddingRight: tokens.spacingVerticalM,
});
