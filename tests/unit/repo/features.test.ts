import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { installFakeExtensionApis } from '../background/fake-extension-apis';
import { listenedEvents } from '../background/listened-events';
import { featureFolders, readmeProblems, setUpName, wiringProblems } from './feature-wiring';

// Whole-repo invariants over the background features: one folder each under features/, every
// one set up by the background, documented in the README, and gone once its signal aborts.

const FEATURES_ROOT = path.resolve('features');
const folders = await featureFolders(FEATURES_ROOT);
const background = await readFile(path.resolve('entrypoints/background/index.ts'), 'utf8');
const readme = await readFile(path.resolve('README.md'), 'utf8');

it('finds the feature folders', () => {
  expect(folders).toEqual(expect.arrayContaining(['call-hints', 'capture', 'commands']));
});

describe('every feature', () => {
  it('is set up by the background', () => {
    expect(wiringProblems(folders, background)).toEqual([]);
  });

  it('has an entry in the README', () => {
    expect(readmeProblems(folders, readme)).toEqual([]);
  });
});

describe.each(folders)('features/%s', (folder) => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeExtensionApis();
  });

  it(`adds its listeners as ${setUpName(folder)} runs, and removes them all when its signal aborts`, async () => {
    const feature: Record<string, unknown> = await import(path.join(FEATURES_ROOT, folder, 'index.ts'));
    const setUp = feature[setUpName(folder)];
    expect(setUp, `features/${folder}/index.ts exports ${setUpName(folder)}`).toBeTypeOf('function');
    const controller = new AbortController();
    (setUp as (signal: AbortSignal) => void)(controller.signal);
    // No await since the call: the events that wake the worker reach listeners added at once.
    expect(listenedEvents()).not.toEqual([]);
    controller.abort();
    expect(listenedEvents()).toEqual([]);
  });

  it('adds nothing when its signal has already aborted', async () => {
    const feature: Record<string, unknown> = await import(path.join(FEATURES_ROOT, folder, 'index.ts'));
    (feature[setUpName(folder)] as (signal: AbortSignal) => void)(AbortSignal.abort());
    expect(listenedEvents()).toEqual([]);
  });
});

describe('the checks', () => {
  const FOLDERS = ['call-hints', 'capture'];
  const WIRED = `import { defineBackground } from 'wxt/utils/define-background';
import { setUpCallHints } from '../../features/call-hints';
import { setUpCapture } from '../../features/capture';

export default defineBackground(() => {
  const { signal } = new AbortController();
  setUpCapture(signal);
  setUpCallHints(signal);
});
`;
  const DOCUMENTED = `# App

## Background features

- **Call hints** (\`features/call-hints/\`): hints on call pages.

### Capture (\`features/capture/\`)

Saves selections.

## Layout

- \`features/commands/\` is not a feature entry: it is in another section.
`;

  it('pass a background that sets up every feature, and a README with an entry for each', () => {
    expect(wiringProblems(FOLDERS, WIRED)).toEqual([]);
    expect(readmeProblems(FOLDERS, DOCUMENTED)).toEqual([]);
  });

  it.each([
    [
      'a feature never imported',
      WIRED.replace("import { setUpCapture } from '../../features/capture';\n", ''),
      ["features/capture: the background does not import setUpCapture from '../../features/capture'."],
    ],
    [
      'a set-up imported but never called',
      WIRED.replace('  setUpCallHints(signal);\n', ''),
      ['features/call-hints: the background does not call setUpCallHints(signal) in defineBackground.'],
    ],
    [
      'a set-up called without its signal',
      WIRED.replace('setUpCallHints(signal)', 'setUpCallHints()'),
      ['features/call-hints: the background does not call setUpCallHints(signal) in defineBackground.'],
    ],
    [
      'a set-up taken from inside the feature folder',
      WIRED.replace("'../../features/capture'", "'../../features/capture/context-menu'"),
      [
        "features/capture: the background does not import setUpCapture from '../../features/capture'.",
        "The background imports features/capture/context-menu: it takes each feature's set-up from its index only.",
      ],
    ],
    [
      'no defineBackground',
      WIRED.replace(/export default[^]*/, ''),
      ['The background has no defineBackground(…) to set the features up in.'],
    ],
  ])('catch %s', (_what, source, problems) => {
    expect(wiringProblems(FOLDERS, source)).toEqual(problems);
  });

  it.each([
    [
      'a feature with no entry',
      DOCUMENTED.replace(/- \*\*Call hints\*\*.*\n/, ''),
      ['features/call-hints has no entry under "Background features" in README.md.'],
    ],
    [
      'a feature named only in passing, not as an entry',
      DOCUMENTED.replace('### Capture (`features/capture/`)', 'Capture (`features/capture/`)'),
      ['features/capture has no entry under "Background features" in README.md.'],
    ],
    [
      'an entry for a folder that is not there',
      DOCUMENTED.replace('features/call-hints/', 'features/call-hint/'),
      [
        'features/call-hints has no entry under "Background features" in README.md.',
        'README.md\'s "Background features" names features/call-hint/, which does not exist.',
      ],
    ],
    [
      'no section',
      DOCUMENTED.replace('## Background features', '## Features'),
      ['README.md has no "## Background features" section.'],
    ],
  ])('catch %s', (_what, markdown, problems) => {
    expect(readmeProblems(FOLDERS, markdown)).toEqual(problems);
  });

  it.each([
    ['capture', 'setUpCapture'],
    ['call-hints', 'setUpCallHints'],
    ['page-capture-v2', 'setUpPageCaptureV2'],
  ])('name the set-up of features/%s %s', (folder, name) => {
    expect(setUpName(folder)).toBe(name);
  });
});
