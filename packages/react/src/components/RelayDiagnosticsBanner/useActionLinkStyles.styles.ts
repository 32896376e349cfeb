import { createCustomFocusIndicatorStyle, makeResetStyles, tokens } from '@fluentui/react-components';

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
