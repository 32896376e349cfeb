import { Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { CallQualityIndicatorState } from './CallQualityIndicator.types.js';

/**
 * Draws the indicator (Fluent's render half): three bars, filled and coloured by the level with tokens, named in words
 * for assistive technology (an image with its label, focusable so the tooltip with the figures opens from the
 * keyboard too), and a polite live region that says each level change once. Nothing until its strings have arrived.
 */
export function renderCallQualityIndicator_unstable(
  state: CallQualityIndicatorState,
  classes: { readonly root: string; readonly bars: readonly string[]; readonly announcement: string },
): ReactElement | null {
  if (!state.label) return null;
  return (
    <>
      <Tooltip
        relationship="description"
        withArrow
        content={
          <span>
            {state.figures.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines are positional and repeat between directions ("Round trip: 40 ms" sent and received): keyed by place too
              <span key={`${index}:${line}`} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </span>
        }
      >
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users reach the tooltip's figures */}
        <span role="img" aria-label={state.label} tabIndex={0} className={classes.root} data-level={state.level}>
          {classes.bars.map((bar) => (
            <span key={bar} className={bar} />
          ))}
        </span>
      </Tooltip>
      <span aria-live="polite" className={classes.announcement}>
        {state.announcement}
      </span>
    </>
  );
}
