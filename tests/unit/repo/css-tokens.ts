import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** A raw value found in a stylesheet, where the design tokens should have been used. */
export interface RawValue {
  line: number;
  value: string;
  kind: 'colour' | 'px';
}

// CSS's named colours. transparent and currentColor name no colour of their own, so they stay allowed.
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
  burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan
  darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid
  darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet
  deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro
  ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
  lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow
  lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine
  mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen
  mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace
  olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred
  papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey
  snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
  yellowgreen`.split(/\s+/),
);

/** Comments and quoted strings blanked out, keeping every newline, so indexes still give lines. */
function blankCommentsAndStrings(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, (match) => match.replace(/[^\n]/g, ' '));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Every raw colour (hex, a colour function such as rgb() or hsl(), a named colour) and every
 * non-zero px length in a stylesheet, with its line. px is looked for everywhere, media queries
 * too; colours only in declaration values, where `#fade` cannot be an id selector.
 */
export function rawValues(css: string): RawValue[] {
  const text = blankCommentsAndStrings(css);
  const found: { index: number; value: string; kind: RawValue['kind'] }[] = [];

  // Not a name's tail (.w-10px), but a negative length (-4px) counts.
  for (const match of text.matchAll(/(?<![\w.#])(?<!\w-)(\d*\.?\d+)px\b/gi)) {
    if (Number(match[1]) !== 0) found.push({ index: match.index, value: match[0], kind: 'px' });
  }

  // A declaration: a property, a colon, and a value ended by ; or } (a selector's :hover is
  // followed by {, so it is not taken for one).
  for (const declaration of text.matchAll(/([-\w]+)\s*:([^;{}]*)(?=[;}])/g)) {
    const value = declaration[2] ?? '';
    const valueStart = declaration.index + declaration[0].length - value.length;
    const colours = [
      ...value.matchAll(/#[0-9a-f]{3,8}\b/gi),
      ...value.matchAll(/(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi),
      ...[...value.matchAll(/(?<![\w-])[a-z][\w-]*/gi)].filter((word) => NAMED_COLOURS.has(word[0].toLowerCase())),
    ];
    for (const colour of colours) {
      found.push({ index: valueStart + colour.index, value: colour[0].replace(/\($/, '()'), kind: 'colour' });
    }
  }

  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, value, kind }) => ({ line: lineAt(text, index), value, kind }));
}

/** The custom properties a stylesheet declares (`--name: …`). */
export function declaredProperties(css: string): Set<string> {
  const text = blankCommentsAndStrings(css);
  return new Set([...text.matchAll(/(?<![\w-])(--[\w-]+)\s*:/g)].map((match) => match[1] ?? ''));
}

/** The custom properties a stylesheet reads with var(). */
export function usedProperties(css: string): Set<string> {
  const text = blankCommentsAndStrings(css);
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? ''));
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.output', '.wxt', '.git']);

/** Every .css file under `root`, as paths relative to it, leaving out installed and built files. */
export async function stylesheets(root: string, folder = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) files.push(...(await stylesheets(root, relative)));
    else if (entry.isFile() && entry.name.endsWith('.css')) files.push(relative);
  }
  return files;
}

/** The light and dark hex colours of a `--name: light-dark(#light, #dark)` token, if it has them. */
export function lightDarkPair(css: string, name: string): [string, string] | undefined {
  const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  return match?.[1] && match[2] ? [match[1], match[2]] : undefined;
}

function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}
