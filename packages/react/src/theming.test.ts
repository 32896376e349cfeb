import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Theming rule: the kit's styles use Fluent tokens only, so they follow `webLightTheme`, `webDarkTheme`,
 * `teamsHighContrastTheme`, a custom brand and the v8 bridge without a single override.
 *
 * In every style file (`*.styles.ts`, or any source that calls `makeStyles` / `makeResetStyles` / `makeStaticStyles`)
 * a string literal must not hold:
 * - a literal colour: `#rgb`/`#rrggbb(aa)`, `rgb()`/`rgba()`/`hsl()`/`hsla()`/`hwb()`/`lab()`/`lch()`/`oklch()`/`color()`,
 *   or a named CSS colour (`red`, `white`, `black`…). Use `tokens.color*` (`transparent`, `currentColor`, `inherit`
 *   are fine: they carry no colour of their own);
 * - a pixel size other than `0`/`0px` and `1px`: spacing, font sizes, radii and stroke widths come from
 *   `tokens.spacing*`, `tokens.fontSize*`/`lineHeight*`, `tokens.borderRadius*` and `tokens.strokeWidth*`; layout sizes
 *   use units that follow the person's font size and zoom (`em`, `rem`, `%`, `vw`/`vh`, `ch`), which keeps 200% zoom
 *   and 320 px reflow working. `1px` stays allowed for hairline borders and the visually-hidden pattern.
 */
const SRC = dirname(fileURLToPath(import.meta.url));

const NAMED_COLOURS = [
  'aqua',
  'azure',
  'beige',
  'black',
  'blue',
  'brown',
  'coral',
  'crimson',
  'cyan',
  'darkblue',
  'darkgray',
  'darkgreen',
  'darkgrey',
  'darkred',
  'fuchsia',
  'gold',
  'gray',
  'green',
  'grey',
  'indigo',
  'ivory',
  'khaki',
  'lavender',
  'lightblue',
  'lightgray',
  'lightgreen',
  'lightgrey',
  'lime',
  'magenta',
  'maroon',
  'navy',
  'olive',
  'orange',
  'orchid',
  'pink',
  'plum',
  'purple',
  'red',
  'salmon',
  'silver',
  'tan',
  'teal',
  'tomato',
  'turquoise',
  'violet',
  'wheat',
  'white',
  'whitesmoke',
  'yellow',
  'yellowgreen',
  'rebeccapurple',
  'canvas',
  'canvastext',
  'buttonface',
  'buttontext',
];

const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX_COLOUR = /#[0-9a-f]{3,8}\b/i;
const NAMED_COLOUR = new RegExp(`(?<![\\w-])(?:${NAMED_COLOURS.join('|')})(?![\\w-])`, 'i');
const PIXELS = /(?<![\w.])(\d*\.?\d+)px\b/g;

/** Problems in one piece of style source: string literals only, comments removed. */
export function styleViolations(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const literals = [...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const problems: string[] = [];
  for (const literal of literals) {
    // Class names (`cdk-…`, `fui-…`) are identifiers, not values.
    if (/^(?:cdk|fui)-[\w-]*$/.test(literal)) continue;
    if (HEX_COLOUR.test(literal)) problems.push(`hex colour in '${literal}'`);
    if (COLOUR_FUNCTION.test(literal)) problems.push(`colour function in '${literal}'`);
    if (NAMED_COLOUR.test(literal)) problems.push(`named colour in '${literal}'`);
    for (const match of literal.matchAll(PIXELS)) {
      const value = Number(match[1]);
      if (value !== 0 && value !== 1) problems.push(`pixel size ${match[0]} in '${literal}'`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const styleFiles = sourceFiles(SRC).filter(
  (path) =>
    path.endsWith('.styles.ts') || /\bmake(?:Styles|ResetStyles|StaticStyles)\s*\(/.test(readFileSync(path, 'utf8')),
);

describe('styles use Fluent tokens only', () => {
  it('finds the style files', () => {
    expect(styleFiles.length).toBeGreaterThan(0);
  });

  it.each(styleFiles.map((path) => [relative(SRC, path), path]))(
    '%s has no literal colours or pixel sizes',
    (_, path) => {
      expect(styleViolations(readFileSync(path, 'utf8'))).toEqual([]);
    },
  );

  it('the scanner catches what the rule forbids and lets tokens through', () => {
    expect(
      styleViolations(`const a = { color: '#fff', b: 'rgb(0, 0, 0)', c: 'red', d: '12px', e: '1px solid white' };`),
    ).toHaveLength(5);
    expect(
      styleViolations(
        `const a = { color: tokens.colorNeutralForeground1, border: \`\${tokens.strokeWidthThin} solid \${tokens.colorNeutralStroke1}\`, width: '1px', margin: 0, minHeight: '14em', maxWidth: '100vw', c: 'transparent', d: 'cdk-Red' }; // 12px in a comment`,
      ),
    ).toEqual([]);
  });
});
