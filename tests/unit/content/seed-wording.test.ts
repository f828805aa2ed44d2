// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIPS } from '../../../content/library';
import { SEED_POINTS } from '../../../content/seed-points';
import { SITUATIONS } from '../../../content/situations';
import { STAGE_SIGNS } from '../../../content/stage-signs';
import { findSharedRuns, normalisedWords } from '../../../content/validate-library';

/** The seed article sits beside the repository (../shared/seed), never inside it; tests run from the root. */
const SEED_PATH = resolve(process.cwd(), '../shared/seed/reverse-mentoring-article.txt');

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
  it('has the seed article to compare with', () => {
    expect(existsSync(SEED_PATH), `expected the seed article at ${SEED_PATH}`).toBe(true);
  });

  it('shares no run of eight words with the seed article', () => {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const copied = PRODUCT_TEXTS.flatMap(([where, text]) =>
      findSharedRuns(text, seed).map((run) => `${where}: "${run}"`),
    );
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
