import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, declaredProperties, lightDarkPair, rawValues, stylesheets, usedProperties } from './css-tokens';

// Whole-repo invariant over the look: raw colours and pixel sizes are written once, in the
// design tokens (public/tokens.css); every other stylesheet uses the tokens only.

const ROOT = path.resolve('.');
const TOKENS_FILE = path.join('public', 'tokens.css');
const files = await stylesheets(ROOT);
const sources = new Map(
  await Promise.all(files.map(async (file) => [file, await readFile(path.join(ROOT, file), 'utf8')] as const)),
);
const tokens = sources.get(TOKENS_FILE) ?? '';
const defined = declaredProperties(tokens);

describe('the raw-value checker', () => {
  it('reports a raw colour and a px value in a stylesheet, each with its line', () => {
    const fixture = ['.card {', '  color: #1f5fbf;', '  padding: 12px var(--space-2);', '}'].join('\n');
    expect(rawValues(fixture)).toEqual([
      { line: 2, value: '#1f5fbf', kind: 'colour' },
      { line: 3, value: '12px', kind: 'px' },
    ]);
  });

  it.each([
    ['a short hex colour', 'a { color: #fff; }', '#fff'],
    ['an rgb() colour', 'a { background: rgb(0 0 0 / 30%); }', 'rgb()'],
    ['an hsl() colour', 'a { border-color: hsl(210 50% 40%); }', 'hsl()'],
    ['a named colour', 'a { outline-color: Red; }', 'Red'],
    ['a named colour on a pseudo-class', 'a:hover{color:white}', 'white'],
    ['a hairline border', 'a { border: 1px solid var(--border); }', '1px'],
    ['a negative length', 'a { margin-top: -4px; }', '4px'],
    ['a fraction of a pixel', 'a { letter-spacing: 0.5px; }', '0.5px'],
    ['a px media query', '@media (max-width: 640px) { a { display: none; } }', '640px'],
  ])('finds %s', (_, css, value) => {
    expect(rawValues(css).map((raw) => raw.value)).toEqual([value]);
  });

  it.each([
    ['tokens', 'a { color: var(--text); padding: var(--space-2) 0; }'],
    ['zero', 'a { margin: 0; padding: 0px; }'],
    ['keywords that are not colours', 'a { color: currentColor; background: transparent; border-color: inherit; }'],
    ['relative units', 'a { min-width: 10em; font-size: 0.9rem; max-width: 70ch; }'],
    ['unitless SVG widths', '.line { stroke-width: 1; stroke-dasharray: 2 3; }'],
    ['an id selector that reads as hex', '#fade { display: block; }'],
    ['a class name ending in px', '.w-10px { display: block; }'],
    ['words that are not colour names', 'a { white-space: nowrap; justify-content: space-between; }'],
    ['comments and strings', "/* 12px #fff red */ a::before { content: '4px white'; }"],
    ['a colour mixed from tokens', 'a { background: color-mix(in srgb, var(--accent) 20%, transparent); }'],
  ])('lets %s pass', (_, css) => {
    expect(rawValues(css)).toEqual([]);
  });
});

describe('the design tokens', () => {
  it('are in one file, among the stylesheets found', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        TOKENS_FILE,
        path.join('public', 'theme.css'),
        path.join('entrypoints', 'sidepanel', 'sidepanel.css'),
        path.join('entrypoints', 'popup', 'popup.css'),
      ]),
    );
  });

  it.each([
    ['a spacing scale', /^--space-\d+$/, 6],
    ['a type scale', /^--text-(sm|md|lg|xl)$/, 4],
    ['radii', /^--radius-/, 3],
    ['elevation', /^--shadow-\d+$/, 2],
    ['a colour per stage', /^--stage-(denial|resistance|acceptance)$/, 3],
    ['a shape per stage', /^--stage-(denial|resistance|acceptance)-shape$/, 3],
  ])('define %s', (_, name, atLeast) => {
    expect([...defined].filter((property) => name.test(property)).length).toBeGreaterThanOrEqual(atLeast);
  });

  it('give the type scale in rem, so the text-size setting scales it', () => {
    for (const step of ['sm', 'md', 'lg', 'xl']) {
      expect(tokens, `--text-${step}`).toMatch(new RegExp(`--text-${step}:\\s*[\\d.]+rem;`));
    }
  });

  it('give each colour role and stage colour for light and dark', () => {
    for (const role of ['bg', 'surface', 'text', 'muted', 'border', 'accent', 'danger', 'ok', 'focus']) {
      expect(tokens, `--${role}`).toMatch(new RegExp(`--${role}:\\s*light-dark\\(`));
    }
    for (const stage of ['denial', 'resistance', 'acceptance']) {
      expect(tokens, `--stage-${stage}`).toMatch(new RegExp(`--stage-${stage}:\\s*light-dark\\(`));
    }
  });
});

describe('the stage colours', () => {
  it('measure contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(['--stage-denial', '--stage-resistance', '--stage-acceptance', '--on-stage'])(
    '%s passes AA (4.5:1) on what it is drawn on (page and surface; --on-stage: each stage colour), light and dark',
    (stage) => {
      const colour = lightDarkPair(tokens, stage);
      const against =
        stage === '--on-stage' ? ['--stage-denial', '--stage-resistance', '--stage-acceptance'] : ['--bg', '--surface'];
      expect(colour, `${stage} as light-dark(#rrggbb, #rrggbb)`).toBeDefined();
      for (const background of against) {
        const pair = lightDarkPair(tokens, background);
        expect(pair, background).toBeDefined();
        if (!colour || !pair) continue;
        expect(contrastRatio(colour[0], pair[0]), `${stage} on ${background}, light`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(colour[1], pair[1]), `${stage} on ${background}, dark`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});

describe.each(files.filter((file) => file !== TOKENS_FILE))('%s', (file) => {
  const css = sources.get(file) ?? '';

  it('uses no raw colour or px value outside the tokens', () => {
    const found = rawValues(css).map(({ line, value }) => `${file}:${line} ${value}`);
    expect(found, `use a token from ${TOKENS_FILE} instead`).toEqual([]);
  });

  it('reads only custom properties that are defined', () => {
    const own = declaredProperties(css);
    const undefinedOnes = [...usedProperties(css)].filter((name) => !defined.has(name) && !own.has(name));
    expect(undefinedOnes).toEqual([]);
  });
});
