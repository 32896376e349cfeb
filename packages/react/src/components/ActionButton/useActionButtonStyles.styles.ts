import {
  createCustomFocusIndicatorStyle,
  makeResetStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';

/** Class name of the kit's action buttons, for app CSS that needs a stable hook. */
const actionButtonClassNames = { root: 'cdk-ActionButton' } as const;

// A Fluent v9 Button's look (its secondary appearance, medium size) on a native <button>: the same tokens, hover and
// pressed colours and the focus ring Fluent draws for keyboard focus (in forced colours the browser's own button colours
// apply). Fluent's Button (its logic and about 27 kB of pre-compiled styles for every appearance, size and shape) cost
// the panel's chunk 3.6 kB gzip more.
const useBase = makeResetStyles({
  alignItems: 'center',
  boxSizing: 'border-box',
  display: 'inline-flex',
  justifyContent: 'center',
  verticalAlign: 'middle',
  margin: 0,
  overflow: 'hidden',
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  // 5px and 3px block padding, as Fluent's (a 32px and a 24px tall button with the 1px border); widths in rem.
  padding: `calc(${tokens.spacingVerticalXS} + 1px) ${tokens.spacingHorizontalM}`,
  minWidth: '6rem',
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  outlineStyle: 'none',
  transitionDuration: tokens.durationFaster,
  transitionProperty: 'background, border, color',
  transitionTimingFunction: tokens.curveEasyEase,
  ':hover': {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    borderColor: tokens.colorNeutralStroke1Hover,
    color: tokens.colorNeutralForeground1Hover,
    cursor: 'pointer',
  },
  ':hover:active': {
    backgroundColor: tokens.colorNeutralBackground1Pressed,
    borderColor: tokens.colorNeutralStroke1Pressed,
    color: tokens.colorNeutralForeground1Pressed,
  },
  '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  ...createCustomFocusIndicatorStyle({
    borderColor: tokens.colorStrokeFocus2,
    borderRadius: tokens.borderRadiusMedium,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  }),
});

const useStyles = makeStyles({
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':hover:active': {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2Hover,
    },
    ':hover:active': {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2Pressed,
    },
  },
  small: {
    ...shorthands.padding(`calc(${tokens.spacingVerticalXXS} + 1px)`, tokens.spacingHorizontalS),
    minWidth: '4rem',
    ...shorthands.borderRadius(tokens.borderRadiusSmall),
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** The button's classes: the stable name, the base look, the appearance and size, then the caller's `className`. */
export function useActionButtonClassName(
  appearance: 'secondary' | 'primary' | 'subtle',
  size: 'small' | 'medium',
  className: string | undefined,
): string {
  const s = useStyles();
  return mergeClasses(
    actionButtonClassNames.root,
    useBase(),
    appearance !== 'secondary' && s[appearance],
    size === 'small' && s.small,
    className,
  );
}
