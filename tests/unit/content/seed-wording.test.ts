// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIPS } from '../../../content/library';
import { SEED_POINTS } from '../../../content/seed-points';
import { SITUATIONS } from '../../../content/situations';
import { STAGE_SIGNS } from '../../../content/stage-signs';
import { findSharedRuns, normalisedWords } from '../../../content/validate-library';

/** The seed article sits beside the repository (../shared/seed), never inside it; tests run from the root. */
const SEED_PATH = resolve(process.cwd(), '../shared/seed/reverse-mentoring-article.txt');

/**
 * The article's eight-word runs as short hashes, so the check runs where the article is not
 * (a clean clone in CI) without its sentences being copied into the repository.
 */
const SEED_RUNS_PATH = resolve(process.cwd(), 'tests/fixtures/seed-runs.json');
const RUN_LENGTH = 8;

const runHash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);

function runsOf(text: string): string[] {
  const words = normalisedWords(text);
  const runs: string[] = [];
  for (let index = 0; index + RUN_LENGTH <= words.length; index += 1) {
    runs.push(words.slice(index, index + RUN_LENGTH).join(' '));
  }
  return runs;
}

const seedRunHashes = (article: string) => [...new Set(runsOf(article).map(runHash))].sort();

/** Every piece of text the product shows from content/, labelled by where it lives. */
const PRODUCT_TEXTS: readonly (readonly [string, string])[] = [
  ...TIPS.flatMap((tip) =>
    [
      ['title', tip.title],
      ['body', tip.body],
      ['say', tip.say],
      ['check', tip.check],
    ]
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([field, text]) => [`tip "${tip.id}" ${field}`, text] as const),
  ),
  ...SEED_POINTS.flatMap((point) => [
    [`seed point "${point.id}" label`, point.label] as const,
    [`seed point "${point.id}" summary`, point.summary] as const,
  ]),
  ...SITUATIONS.map((situation) => [`situation "${situation.id}"`, situation.label] as const),
  ...Object.entries(STAGE_SIGNS).flatMap(([stage, signs]) => signs.map((sign) => [`sign of ${stage}`, sign] as const)),
];

describe('wording of our own', () => {
  it('shares no run of eight words with the seed article', () => {
    const stored = new Set(JSON.parse(readFileSync(SEED_RUNS_PATH, 'utf8')) as string[]);
    expect(stored.size).toBeGreaterThan(500);
    const copied = PRODUCT_TEXTS.flatMap(([where, text]) =>
      runsOf(text)
        .filter((run) => stored.has(runHash(run)))
        .map((run) => `${where}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });

  // Where the article is at hand, the stored runs must be its runs; UPDATE_SEED_RUNS=1 rewrites them.
  it.runIf(existsSync(SEED_PATH))('keeps the stored runs true to the seed article', () => {
    const article = readFileSync(SEED_PATH, 'utf8');
    const fresh = seedRunHashes(article);
    if (process.env.UPDATE_SEED_RUNS === '1') writeFileSync(SEED_RUNS_PATH, `${JSON.stringify(fresh, null, 0)}\n`);
    expect(JSON.parse(readFileSync(SEED_RUNS_PATH, 'utf8'))).toEqual(fresh);
    // The hashed check finds what the plain one finds.
    const copied = PRODUCT_TEXTS.flatMap(([, text]) => findSharedRuns(text, article));
    expect(copied).toEqual([]);
  });
});

describe('findSharedRuns', () => {
  const source = 'Seniors should clarify their skill and knowledge gaps before anything else happens.';

  it.each<[string, string, readonly string[]]>([
    [
      'an eight-word copy',
      'First, seniors should clarify their skill and knowledge gaps.',
      ['seniors should clarify their skill and knowledge gaps'],
    ],
    ['a near copy with one word replaced', 'SENIORS, should clarify — their skill & knowledge... gaps!', []],
    [
      'a copy with only case and commas changed',
      'Seniors, should Clarify their skill, and knowledge gaps',
      ['seniors should clarify their skill and knowledge gaps'],
    ],
    ['seven words in a row', 'Seniors should clarify their skill and knowledge, then we talk.', []],
    ['the same words in another order', 'Their knowledge and skill gaps should clarify seniors.', []],
  ])('handles %s', (_case, text, expected) => {
    expect(findSharedRuns(text, source)).toEqual(expected);
  });

  it('ignores apostrophe styles', () => {
    expect(normalisedWords("They’re here; they're there")).toEqual(['theyre', 'here', 'theyre', 'there']);
  });
});
